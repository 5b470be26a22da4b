/**
 * The default question library: our own wording of the ideas in the seed articles, one
 * file per category under `./catalogue/`. Ids are stable and never reused: stored "asked"
 * logs point at them.
 */
import type { QuestionContent } from '../schema/question';
import { askManagerQuestions } from './catalogue/ask-manager';
import { careerQuestions } from './catalogue/career';
import { deeperQuestions } from './catalogue/deeper';
import { directionQuestions } from './catalogue/direction';
import { feedbackDownwardQuestions } from './catalogue/feedback-downward';
import { feedbackUpwardQuestions } from './catalogue/feedback-upward';
import { firstMeetingQuestions } from './catalogue/first-meeting';
import { growQuestionsAll } from './catalogue/grow';
import { growthQuestions } from './catalogue/growth';
import { operativeQuestions } from './catalogue/operative';
import { rapportQuestions } from './catalogue/rapport';
import { supportQuestions } from './catalogue/support';
import { teamQuestions } from './catalogue/team';
import { wellbeingQuestions } from './catalogue/wellbeing';
import { openingQuestions } from './catalogue/opening';
import { recognitionQuestions } from './catalogue/recognition';
import { mentoringQuestions } from './catalogue/mentoring';
import { teachingQuestions } from './catalogue/teaching';
import { skipLevelDownQuestions } from './catalogue/skip-level-down';
import { askSkipLevelQuestions } from './catalogue/ask-skip-level';
import { acrossQuestions } from './catalogue/across';

export type Question = QuestionContent;

export const defaultQuestions: QuestionContent[] = [
  ...wellbeingQuestions,
  ...rapportQuestions,
  ...deeperQuestions,
  ...operativeQuestions,
  ...supportQuestions,
  ...growthQuestions,
  ...careerQuestions,
  ...feedbackUpwardQuestions,
  ...feedbackDownwardQuestions,
  ...teamQuestions,
  ...directionQuestions,
  ...growQuestionsAll,
  ...firstMeetingQuestions,
  ...askManagerQuestions,
  ...openingQuestions,
  ...recognitionQuestions,
  ...mentoringQuestions,
  ...teachingQuestions,
  ...skipLevelDownQuestions,
  ...askSkipLevelQuestions,
  ...acrossQuestions,
];

export { mergedQuestionIds } from './merged';
