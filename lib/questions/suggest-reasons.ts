/**
 * The plain words suggestions give as their reason ("career hasn't come up in 7 weeks"), in the
 * active UI language (lib/i18n): German suggestions give German reasons.
 */
import { t, tn, type MessageKey } from '../i18n/catalog';
import type { Category, GrowStep } from '../schema/common';
import type { QuestionContent } from '../schema/question';

/** Short names for reasons such as "career hasn't come up in 7 weeks". */
const TOPIC_KEYS: Record<Category, MessageKey> = {
  wellbeing: 'topicWellbeing',
  rapport: 'topicRapport',
  deeper: 'topicDeeper',
  operative: 'topicOperative',
  support: 'topicSupport',
  growth: 'topicGrowth',
  career: 'topicCareer',
  'feedback-upward': 'topicFeedbackUpward',
  'feedback-downward': 'topicFeedbackDownward',
  team: 'topicTeam',
  direction: 'topicDirection',
  grow: 'topicGrow',
  'first-meeting': 'topicFirstMeeting',
  'ask-manager': 'topicAskManager',
};

const STEP_KEYS: Record<GrowStep, { name: MessageKey; hint: MessageKey }> = {
  goal: { name: 'reasonStepGoal', hint: 'reasonStepGoalHint' },
  reality: { name: 'reasonStepReality', hint: 'reasonStepRealityHint' },
  options: { name: 'reasonStepOptions', hint: 'reasonStepOptionsHint' },
  will: { name: 'reasonStepWill', hint: 'reasonStepWillHint' },
};

const topic = (category: Category) => t(TOPIC_KEYS[category]);

export function plainReason(question: QuestionContent): string {
  const name = topic(question.category);
  if (question.depth === 1) return t('reasonLight', { topic: name });
  if (question.depth === 3) return t('reasonDeeper', { topic: name });
  return t('reasonCheckIn', { topic: name });
}

export function describeDays(days: number): string {
  return days < 21 ? tn('reasonDays', days) : tn('reasonWeeks', Math.round(days / 7));
}

export const reasons = {
  firstMeeting: (name: string) =>
    name ? t('reasonFirstWith', { name }) : t('reasonFirstTogether'),
  lowMood: (mood: number) => t('reasonLowMood', { mood }),
  longGap: (days: number) => t('reasonLongGap', { gap: describeDays(days) }),
  neverUp: (category: Category) => t('reasonNeverUp', { topic: topic(category) }),
  quiet: (category: Category, weeks: number) =>
    tn('reasonQuiet', weeks, { topic: topic(category) }),
  sameStep: (step: GrowStep) => t('reasonAnotherStep', { step: t(STEP_KEYS[step].name) }),
  moreOn: (category: Category) => t('reasonMoreOn', { topic: topic(category) }),
  growStep: (index: number, step: GrowStep) =>
    t('reasonGrow', { n: index + 1, step: t(STEP_KEYS[step].name), hint: t(STEP_KEYS[step].hint) }),
};
