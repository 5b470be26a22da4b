/**
 * The three stances of situational leadership in the seed articles, each as a short sequence:
 * GROW coaching (one question per step: Goal, Reality, Options, Will), mentor (offer a story
 * of your own, then hand the judgement back) and teacher (offer to show how, then check what
 * landed). Pure; the pool is already eligible and never-asked first.
 */
import type { QuestionContent } from '../schema/question';
import { GROW_STEPS } from '../schema/vocabulary';
import { jitter } from './seeded-random';
import { STEP_HINT } from './suggest-reasons';
import type { History } from './suggest-history';
import type { SuggestInput, Suggestion } from './suggest';

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
      const reason = `GROW ${index + 1} of 4, ${step}: ${STEP_HINT[step]}`;
      suggestions.push({ question, reason });
    }
  });
  return suggestions;
}

/** What each stance does, step by step, light first: the offer, the middle, the hand-back. */
const MODE_STEPS = {
  mentor: {
    category: 'mentoring',
    steps: ['offer a story of your own', 'compare it with theirs', 'let them judge what fits'],
  },
  teacher: {
    category: 'teaching',
    steps: ['offer to show how', 'work through it together', 'check what landed'],
  },
} as const;

/** Mentor or teacher mode: one question per step, light to deep (depth 1, 2, 3). */
export function modeSequence(
  mode: 'mentor' | 'teacher',
  input: SuggestInput,
  pool: readonly QuestionContent[],
  history: History,
): Suggestion[] {
  const { category, steps } = MODE_STEPS[mode];
  const inMode = pool.filter((q) => q.category === category);
  const suggestions: Suggestion[] = [];
  steps.forEach((step, index) => {
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
      suggestions.push({ question, reason: `${mode} ${index + 1} of 3: ${step}` });
    }
  });
  return suggestions;
}
