/**
 * The mood trend in the prep header: the 1–5 mood noted in each of the person's last
 * MOOD_TREND_MEETINGS meetings (this one included), as points for a sparkline. Pure.
 */
import type { Mood } from '../schema/records';

/** How many meetings the trend looks back over, this one included. */
export const MOOD_TREND_MEETINGS = 12;

/** A meeting and the mood its note records, if any. */
export interface MeetingMood {
  start: string;
  mood?: Mood;
}

export interface MoodPoint {
  start: string;
  mood: Mood;
}

/**
 * The trend's points, oldest first, from the person's recent meetings in any order. The window is
 * the last MOOD_TREND_MEETINGS meetings, so a meeting without a mood leaves a gap in time rather
 * than pulling an older mood into the window. Fewer than two points make no trend: empty.
 */
export function moodTrend(meetings: readonly MeetingMood[]): MoodPoint[] {
  const points = [...meetings]
    .sort((a, b) => b.start.localeCompare(a.start))
    .slice(0, MOOD_TREND_MEETINGS)
    .flatMap((m) => (m.mood === undefined ? [] : [{ start: m.start, mood: m.mood }]))
    .reverse();
  return points.length >= 2 ? points : [];
}

/**
 * Where each point sits in a `width` × `height` box, for a polyline: evenly spaced left to right
 * in meeting order, 5 at the top and 1 at the bottom, `pad` away from every edge so that dots
 * drawn on the points are not cut off.
 */
export function sparklineCoordinates(
  points: readonly MoodPoint[],
  width: number,
  height: number,
  pad: number,
): { x: number; y: number }[] {
  const step = points.length > 1 ? (width - 2 * pad) / (points.length - 1) : 0;
  return points.map((p, i) => ({
    x: round(pad + i * step),
    y: round(pad + ((5 - p.mood) / 4) * (height - 2 * pad)),
  }));
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
