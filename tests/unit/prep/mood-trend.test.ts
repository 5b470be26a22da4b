import { describe, expect, it } from 'vitest';
import {
  MOOD_TREND_MEETINGS,
  moodTrend,
  sparklineCoordinates,
  type MeetingMood,
} from '@/lib/prep/mood-trend';
import type { Mood } from '@/lib/schema/records';

/** Weekly meetings from 2026-09-07, each with the given mood (undefined: none noted). */
function weekly(moods: (Mood | undefined)[]): MeetingMood[] {
  return moods.map((mood, i) => ({
    start: new Date(Date.parse('2026-09-07T10:00:00.000Z') + i * 7 * 86_400_000).toISOString(),
    ...(mood !== undefined && { mood }),
  }));
}

describe('moodTrend', () => {
  it('gives the moods of the last 12 meetings oldest first, whatever order they come in', () => {
    const meetings = weekly([1, 2, 3, 4, 5, 4, 3, 2, 1, 2, 3, 4, 5, 5]);
    const trend = moodTrend([...meetings].reverse());
    expect(trend).toHaveLength(MOOD_TREND_MEETINGS);
    expect(trend.map((p) => p.mood)).toEqual([3, 4, 5, 4, 3, 2, 1, 2, 3, 4, 5, 5]);
    expect(trend[0]!.start).toBe(meetings[2]!.start);
    expect(trend[11]!.start).toBe(meetings[13]!.start);
  });

  it('leaves meetings without a mood out without reaching back past the 12', () => {
    // 13 meetings: the oldest (mood 1) is outside the window; two inside have no mood.
    const trend = moodTrend(weekly([1, 4, undefined, 4, 3, 3, undefined, 2, 2, 3, 4, 4, 5]));
    expect(trend.map((p) => p.mood)).toEqual([4, 4, 3, 3, 2, 2, 3, 4, 4, 5]);
  });

  it('is empty with fewer than two moods: one point is no trend', () => {
    expect(moodTrend([])).toEqual([]);
    expect(moodTrend(weekly([undefined, 3, undefined]))).toEqual([]);
    expect(moodTrend(weekly([2, 3]))).toHaveLength(2);
  });
});

describe('sparklineCoordinates', () => {
  it('spreads points evenly, 5 at the top and 1 at the bottom, inside the padding', () => {
    const points = moodTrend(weekly([1, 5, 3]));
    expect(sparklineCoordinates(points, 100, 20, 2)).toEqual([
      { x: 2, y: 18 },
      { x: 50, y: 2 },
      { x: 98, y: 10 },
    ]);
  });
});
