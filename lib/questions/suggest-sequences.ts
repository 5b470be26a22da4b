/**
 * The three stances of situational leadership in the seed articles, each as a short sequence:
 * GROW coaching (one question per step: Goal, Reality, Options, Will), mentor (offer a story
 * of your own, then hand the judgement back) and teacher (offer to show how, then check what
 * landed). Pure; the pool is already eligible and never-asked first.
 */
import type { QuestionContent } from '../schema/question';
import { GROW_STEPS } from '../schema/vocabulary';
import { jitter } from './seeded-random';
import { MODE_STEP_COUNT, reasons } from './suggest-reasons';
import type { History } from './suggest-history';
import type { SuggestInput, Suggestion } from './suggest-types';

const SKIPPED_BEFORE = -1.5;

function score(input: SuggestInput, history: History, question: QuestionContent): number {
  return (
    jitter(input.seed, input.meeting.id, question.id) +
    (history.recentlySkipped.has(question.id) ? SKIPPED_BEFORE : 0)
  );
}

function best(
  input: SuggestInput,
  history: History,
  questions: readonly QuestionContent[],
): QuestionContent | undefined {
  return questions
    .map((question) => ({ question, score: score(input, history, question) }))
    .sort((a, b) => b.score - a.score || a.question.id.localeCompare(b.question.id))[0]?.question;
}

export function growSequence(
  input: SuggestInput,
  pool: readonly QuestionContent[],
  history: History,
): Suggestion[] {
  const suggestions: Suggestion[] = [];
  GROW_STEPS.forEach((step, index) => {
    const question = best(
      input,
      history,
      pool.filter((q) => q.category === 'grow' && q.growStep === step),
    );
    if (question) {
      suggestions.push({ question, reason: reasons.growStep(index, step) });
    }
  });
  return suggestions;
}

/** The category each stance draws on; its steps go light to deep (the offer, the middle, the hand-back). */
const MODE_CATEGORY = { mentor: 'mentoring', teacher: 'teaching' } as const;

/** Mentor or teacher mode: one question per step, light to deep (depth 1, 2, 3). */
export function modeSequence(
  mode: 'mentor' | 'teacher',
  input: SuggestInput,
  pool: readonly QuestionContent[],
  history: History,
): Suggestion[] {
  const category = MODE_CATEGORY[mode];
  const inMode = pool.filter((q) => q.category === category);
  const suggestions: Suggestion[] = [];
  for (let index = 0; index < MODE_STEP_COUNT; index++) {
    const depth = index + 1;
    const taken = new Set(suggestions.map((s) => s.question.id));
    const fresh = inMode.filter((q) => !taken.has(q.id));
    const question =
      best(
        input,
        history,
        fresh.filter((q) => q.depth === depth),
      ) ?? best(input, history, fresh);
    if (question) {
      suggestions.push({ question, reason: reasons.modeStep(mode, index) });
    }
  }
  return suggestions;
}
