/**
 * The German question library: written in German for German-speaking workplaces, not translated
 * from the English one (lib/questions/library.ts) — the same categories, depths, relationships,
 * GROW steps, directions, modes and ideas, so suggestions work the same in both languages. Every
 * text that addresses the other person has a du and a Sie form (see ./define.ts); Settings
 * choose. Ids start with "de-", are stable and never reused.
 */
import type { QuestionContent } from '../../schema/question';
import { acrossQuestionsDe } from './library/across';
import { askManagerQuestionsDe } from './library/ask-manager';
import { askSkipLevelQuestionsDe } from './library/ask-skip-level';
import { careerQuestionsDe } from './library/career';
import { deeperQuestionsDe } from './library/deeper';
import { directionQuestionsDe } from './library/direction';
import { feedbackDownwardQuestionsDe } from './library/feedback-downward';
import { feedbackUpwardQuestionsDe } from './library/feedback-upward';
import { firstMeetingQuestionsDe } from './library/first-meeting';
import { growQuestionsDe } from './library/grow';
import { growthQuestionsDe } from './library/growth';
import { mentoringQuestionsDe } from './library/mentoring';
import { openingQuestionsDe } from './library/opening';
import { operativeQuestionsDe } from './library/operative';
import { rapportQuestionsDe } from './library/rapport';
import { recognitionQuestionsDe } from './library/recognition';
import { skipLevelDownQuestionsDe } from './library/skip-level-down';
import { supportQuestionsDe } from './library/support';
import { teachingQuestionsDe } from './library/teaching';
import { teamQuestionsDe } from './library/team';
import { wellbeingQuestionsDe } from './library/wellbeing';

export const germanQuestions: QuestionContent[] = [
  ...wellbeingQuestionsDe,
  ...rapportQuestionsDe,
  ...deeperQuestionsDe,
  ...operativeQuestionsDe,
  ...supportQuestionsDe,
  ...growthQuestionsDe,
  ...careerQuestionsDe,
  ...feedbackUpwardQuestionsDe,
  ...feedbackDownwardQuestionsDe,
  ...teamQuestionsDe,
  ...directionQuestionsDe,
  ...growQuestionsDe,
  ...firstMeetingQuestionsDe,
  ...askManagerQuestionsDe,
  ...openingQuestionsDe,
  ...recognitionQuestionsDe,
  ...mentoringQuestionsDe,
  ...teachingQuestionsDe,
  ...skipLevelDownQuestionsDe,
  ...askSkipLevelQuestionsDe,
  ...acrossQuestionsDe,
];
