/**
 * The default question library: our own wording of the ideas in the seed articles, one
 * file per category under `./library/`. Ids are stable and never reused: stored "asked"
 * logs point at them.
 */
import type { QuestionContent } from '../schema/question';
import { askManagerQuestions } from './library/ask-manager';
import { careerQuestions } from './library/career';
import { deeperQuestions } from './library/deeper';
import { directionQuestions } from './library/direction';
import { feedbackDownwardQuestions } from './library/feedback-downward';
import { feedbackUpwardQuestions } from './library/feedback-upward';
import { firstMeetingQuestions } from './library/first-meeting';
import { growQuestionsAll } from './library/grow';
import { growthQuestions } from './library/growth';
import { operativeQuestions } from './library/operative';
import { rapportQuestions } from './library/rapport';
import { supportQuestions } from './library/support';
import { teamQuestions } from './library/team';
import { wellbeingQuestions } from './library/wellbeing';

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
];
