/**
 * The suggestion engine: picks 3–5 questions for the next 1:1 with one person, each with a
 * short reason. Pure and deterministic: time comes from `meeting.start`, randomness from
 * `seed` (mixed with the meeting id, so each meeting gets its own mix).
 *
 * How it decides, in order:
 * 0. A report session (someone I lead, not a first meeting) opens with a question that hands
 *    the agenda to them (suggest-lead.ts); then come "from last time" questions built from open action items,
 *    agenda topics carried over twice, an untouched note topic (suggest-memory.ts), at most 2.
 * 1. Eligible: enabled, fits the relationship and its direction (up / down / across), not in
 *    `exclude`, not asked with this person in this meeting or their last 4 earlier meetings
 *    (see suggest-history.ts). Never-asked first: while a category still holds questions never
 *    asked with this person, none of its asked ones comes back. A question that refers back
 *    to an earlier conversation waits until its category has come up. Right after a low mood,
 *    no deep career or feedback question.
 *    Relationship "other" also accepts questions written for a peer: an unlabelled colleague
 *    is closest to a peer, and few questions name "other".
 * 2. Scored: a seeded random base in [0, 1) plus the strongest context signal for the
 *    question's category: first meeting → first-meeting and rapport (and one first-meeting
 *    question written for this relationship in particular always leads); long gap → wellbeing and
 *    rapport; low recent mood → wellbeing and support; a category quiet for 6+ weeks → that
 *    category. GROW questions and first-meeting questions are held back outside their mode.
 * 3. Picked greedily with balance: one question per category (two or three for the
 *    categories a first meeting leans on), at most half deep (depth 3), at least one light
 *    (depth 1). Rules relax only when the library cannot fill the count otherwise.
 * 4. Ordered most relevant first: context-driven picks lead, ties broken by id.
 * GROW mode instead returns one question per step: Goal, Reality, Options, Will; mentor and
 * teacher modes a short sequence of their own (suggest-sequences.ts).
 * Templates (questions that state a fact, with a blank) come only from "more like this".
 * Every reason says only what the input shows (tests/unit/questions/suggest-simulation.test.ts).
 */
import type { Category } from '../schema/common';
import type { QuestionContent } from '../schema/question';
import { byScore, jitter } from './seeded-random';
import { firstQuestionForRelationship, OWN_FIRST_BONUS, pickOpener } from './suggest-lead';
import { plainReason, reasons } from './suggest-reasons';
import { parseTime, readHistory } from './suggest-history';
import { MAX_REMEMBERED, rememberedQuestions } from './suggest-memory';
import { growSequence, modeSequence } from './suggest-sequences';
import { eligible, preferUnasked } from './suggest-eligible';
import { contextSignals, OWN_SLOT } from './suggest-signals';
import { pickBalanced, type Candidate } from './suggest-pick';
import type { SuggestInput, Suggestion } from './suggest-types';
import { DIRECTION_OF } from './tags';

export type { OpenAction, OpenAgendaItem } from './suggest-memory';
export type { AskedEntry, SuggestInput, SuggestMode, Suggestion } from './suggest-types';

const DEFAULT_COUNT = 5;
const MIN_COUNT = 3;
const MAX_COUNT = 5;
const HELD_BACK = -6;
const SKIPPED_BEFORE = -1.5;
/** Library picks left beside the opener and "from last time" questions. */
const MIN_LIBRARY_PICKS = 2;

export function suggestQuestions(input: SuggestInput): Suggestion[] {
  const now = parseTime(input.meeting.start) ?? 0;
  const history = readHistory(input, now);
  // Templates state a fact the user fills in: offered only through "more like this".
  const pool = preferUnasked(
    eligible(input, history).filter((q) => !q.template),
    history,
  );

  if (input.mode === 'grow') return growSequence(input, pool, history);
  if (input.mode === 'mentor' || input.mode === 'teacher')
    return modeSequence(input.mode, input, pool, history);

  const isFirst = input.meeting.isFirst || input.mode === 'first-meeting';
  const count = clampCount(input.count);
  const lead: Suggestion[] = [];
  if (!isFirst) {
    const opener = pickOpener(input, pool, history);
    if (opener) lead.push(opener);
    const excluded = new Set(input.exclude ?? []);
    for (const memory of rememberedQuestions(input, history, now, excluded)) {
      if (lead.length >= 1 + MAX_REMEMBERED || lead.length >= count - MIN_LIBRARY_PICKS) break;
      lead.push({ question: memory.question, reason: memory.reason, kind: 'from-last-time' });
    }
  }
  const leadIds = new Set(lead.map((s) => s.question.id));

  const signals = contextSignals(input, history, isFirst, now);
  const ownFirst = isFirst ? firstQuestionForRelationship(input, pool) : undefined;
  const candidates = pool
    .filter((q) => !leadIds.has(q.id))
    .map((question): Candidate => {
      const signal = signals.get(question.category);
      let score = jitter(input.seed, input.meeting.id, question.id) + (signal?.weight ?? 0);
      if (OWN_SLOT.has(question.category) && !opensAcross(question, input)) score += HELD_BACK;
      if (question.category === 'first-meeting' && !isFirst) score += HELD_BACK;
      if (isFirst && question.depth === 3) score -= 0.5;
      if (question.id === ownFirst) score += OWN_FIRST_BONUS;
      if (history.recentlySkipped.has(question.id)) score += SKIPPED_BEFORE;
      return {
        question,
        score,
        reason: signal?.reason ?? plainReason(question),
        ...(signal?.quotesMood && { quotesMood: true }),
      };
    })
    .sort(byScore);

  const perCategory = (category: Category): number =>
    isFirst && category === 'first-meeting' ? 3 : isFirst && category === 'rapport' ? 2 : 1;
  const libraryCount = count - lead.length;
  const picked = pickBalanced(
    candidates,
    libraryCount,
    perCategory,
    isFirst ? 1 : Math.floor(libraryCount / 2),
  );
  return [
    ...lead,
    ...picked.sort(byScore).map(({ question, reason, quotesMood }) => ({
      question,
      reason,
      ...(quotesMood && { quotesMood }),
    })),
  ];
}
/** A peer meeting may use an opener like any other question; it has no slot of its own. */
function opensAcross(question: QuestionContent, input: SuggestInput): boolean {
  return question.category === 'opening' && DIRECTION_OF[input.person.relationship] === 'across';
}

/** Questions like the given one: same category (and GROW step), still eligible, not itself. */
export function moreLikeThis(questionId: string, input: SuggestInput): Suggestion[] {
  const source = input.library.find((q) => q.id === questionId);
  if (!source) return [];
  const history = readHistory(input, parseTime(input.meeting.start) ?? 0);
  const sameStep = source.category === 'grow' && source.growStep !== undefined;
  const reason =
    sameStep && source.growStep
      ? reasons.sameStep(source.growStep)
      : reasons.moreOn(source.category);
  const count = Math.min(Math.max(Math.floor(input.count ?? MIN_COUNT), 1), MAX_COUNT);
  return preferUnasked(eligible(input, history), history)
    .filter((q) => q.id !== source.id && q.category === source.category)
    .filter((q) => !sameStep || q.growStep === source.growStep)
    .map((question) => ({
      question,
      reason,
      score:
        jitter(input.seed, `${input.meeting.id}|like|${questionId}`, question.id) -
        0.25 * Math.abs(question.depth - source.depth) +
        (history.recentlySkipped.has(question.id) ? SKIPPED_BEFORE : 0),
    }))
    .sort(byScore)
    .slice(0, count)
    .map(({ question }) => ({
      question,
      reason: question.template ? reasons.fillBlank(reason, question.template.blank) : reason,
    }));
}

function clampCount(count: number | undefined): number {
  if (count === undefined || !Number.isFinite(count)) return DEFAULT_COUNT;
  return Math.min(Math.max(Math.floor(count), MIN_COUNT), MAX_COUNT);
}
