/** Builders for suggestion-engine inputs: a weekly 1:1 with Sam, history added per test. */
import type { Category, Relationship } from '../../../lib/schema/common';
import type { QuestionContent } from '../../../lib/schema/question';
import { defaultQuestions } from '../../../lib/questions/library';
import type { AskedEntry, SuggestInput } from '../../../lib/questions/suggest';

export const DAY = 86_400_000;
export const NOW = Date.parse('2026-03-02T10:00:00.000Z');

export const daysAgo = (days: number): string => new Date(NOW - days * DAY).toISOString();

/** `count` earlier weekly meetings, newest first: m1 a week ago, m2 two weeks ago … */
export function weeklyMeetings(count: number, everyDays = 7): { id: string; start: string }[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `m${i + 1}`,
    start: daysAgo((i + 1) * everyDays),
  }));
}

/** Notes touching every category recently, so no category counts as quiet. */
export function recentNotesOnEverything(daysBack = 3): SuggestInput['notes'] {
  const topics: Category[] = [
    'wellbeing',
    'rapport',
    'deeper',
    'operative',
    'support',
    'growth',
    'career',
    'feedback-upward',
    'feedback-downward',
    'team',
    'direction',
    'ask-manager',
  ];
  return [{ at: daysAgo(daysBack), topics }];
}

export function makeInput(overrides: Partial<SuggestInput> = {}): SuggestInput {
  return {
    person: { name: 'Sam', relationship: 'report' },
    meeting: { id: 'now', start: new Date(NOW).toISOString(), isFirst: false },
    pastMeetings: weeklyMeetings(6),
    asked: [],
    notes: recentNotesOnEverything(),
    library: defaultQuestions,
    mode: 'normal',
    seed: 42,
    ...overrides,
  };
}

export function askedIn(meetingId: string, at: string, ...ids: string[]): AskedEntry[] {
  return ids.map((questionId) => ({ questionId, meetingId, at, outcome: 'asked' as const }));
}

export function question(
  id: string,
  category: Category,
  depth: 1 | 2 | 3,
  relationships: Relationship[] = ['report'],
): QuestionContent {
  return { id, text: `Question ${id}?`, category, depth, relationships };
}
