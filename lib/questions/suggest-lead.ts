/**
 * What leads the suggestions before the library's balanced picks (lib/questions/suggest.ts):
 * in a report session, the opener that hands them the agenda; in a first meeting, the
 * first-meeting question written for this relationship. Pure, seeded like the rest.
 */
import type { QuestionContent } from '../schema/question';
import { byScore, jitter } from './seeded-random';
import type { SuggestInput, Suggestion } from './suggest-types';
import type { History } from './suggest-history';
import { reasons } from './suggest-reasons';
import { DIRECTION_OF } from './tags';

/** Above any other question's jitter: the relationship's own first-meeting question is picked. */
export const OWN_FIRST_BONUS = 1;

/**
 * A first 1:1 leans on questions written for everyone, so without this the list for "my
 * manager" could be the same as for an unplaced "other" and answering the relationship question
 * would change nothing on screen. One first-meeting question written for this relationship in
 * particular (not for every relationship; for "other", a peer's) is always among the picks: the
 * seeded-highest of them, so which one varies per meeting like the rest.
 */
export function firstQuestionForRelationship(
  input: SuggestInput,
  pool: readonly QuestionContent[],
): string | undefined {
  let best: { id: string; score: number } | undefined;
  for (const question of pool) {
    if (question.category !== 'first-meeting' || question.relationships.includes('other')) continue;
    const score = jitter(input.seed, input.meeting.id, question.id);
    if (!best || score > best.score) best = { id: question.id, score };
  }
  return best?.id;
}

/** In a report session, one question that hands the agenda to them, never asked before if possible. */
export function pickOpener(
  input: SuggestInput,
  pool: readonly QuestionContent[],
  history: History,
): Suggestion | undefined {
  if (DIRECTION_OF[input.person.relationship] !== 'down') return undefined;
  // One opener per meeting: once one was asked, skipped or set aside here, the slot closes.
  const categoryOf = new Map(input.library.map((q) => [q.id, q.category]));
  const handled = [
    ...(input.exclude ?? []),
    ...input.asked.filter((a) => a.meetingId === input.meeting.id).map((a) => a.questionId),
  ];
  if (handled.some((id) => categoryOf.get(id) === 'opening')) return undefined;
  const best = pool
    .filter((q) => q.category === 'opening')
    .map((question) => ({
      question,
      score:
        jitter(input.seed, `${input.meeting.id}|open`, question.id) -
        (history.askedBefore.has(question.id) ? 1 : 0) -
        (question.depth - 1) * 0.3,
    }))
    .sort(byScore)[0];
  if (!best) return undefined;
  const name = input.person.name.trim();
  const reason = reasons.opener(name);
  return { question: best.question, reason, kind: 'opener' };
}
