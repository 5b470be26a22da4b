/**
 * The plain words suggestions give as their reason ("career hasn't come up in 7 weeks"), in the
 * active UI language (lib/i18n): the sidebar that shows German questions gives German reasons.
 * Every string lives in public/_locales/<lang>/messages.json.
 */
import { t, tn, translated, type MessageKey } from '../i18n/catalog';
import type { Category, GrowStep } from '../schema/common';
import type { QuestionContent } from '../schema/question';

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
  opening: 'topicOpening',
  recognition: 'topicRecognition',
  mentoring: 'topicMentoring',
  teaching: 'topicTeaching',
  'skip-level-down': 'topicSkipLevelDown',
  'ask-skip-level': 'topicAskSkipLevel',
  across: 'topicAcross',
};

/** Short names for reasons such as "career hasn't come up in 7 weeks", in the UI language. */
export const TOPIC: Readonly<Record<Category, string>> = translated(TOPIC_KEYS);

const STEP_KEYS: Record<GrowStep, { name: MessageKey; hint: MessageKey }> = {
  goal: { name: 'reasonStepGoal', hint: 'reasonStepGoalHint' },
  reality: { name: 'reasonStepReality', hint: 'reasonStepRealityHint' },
  options: { name: 'reasonStepOptions', hint: 'reasonStepOptionsHint' },
  will: { name: 'reasonStepWill', hint: 'reasonStepWillHint' },
};

/** What each step of the mentor and teacher sequences does, light first. */
const MODE_STEP_KEYS = {
  mentor: ['reasonMentorOffer', 'reasonMentorCompare', 'reasonMentorHandBack'],
  teacher: ['reasonTeacherOffer', 'reasonTeacherTogether', 'reasonTeacherCheck'],
} as const satisfies Record<'mentor' | 'teacher', readonly MessageKey[]>;

export function plainReason(question: QuestionContent): string {
  const topic = TOPIC[question.category];
  if (question.depth === 1) return t('reasonLight', { topic });
  if (question.depth === 3) return t('reasonDeeper', { topic });
  return t('reasonCheckIn', { topic });
}

export function describeDays(days: number): string {
  return days < 21 ? tn('reasonDays', days) : tn('reasonWeeks', Math.round(days / 7));
}

/** Every other reason the engine gives, one function per kind. */
export const reasons = {
  firstMeeting: (name: string) =>
    name ? t('reasonFirstWith', { name }) : t('reasonFirstTogether'),
  lowMood: (mood: number, daysAgo: number) =>
    t('reasonLowMood', { mood, ago: describeDays(daysAgo) }),
  longGap: (days: number) => t('reasonLongGap', { gap: describeDays(days) }),
  neverUp: (category: Category) => t('reasonNeverUp', { topic: TOPIC[category] }),
  quiet: (category: Category, weeks: number) =>
    tn('reasonQuiet', weeks, { topic: TOPIC[category] }),
  opener: (name: string) => (name ? t('reasonOpenerWith', { name }) : t('reasonOpener')),
  sameStep: (step: GrowStep) => t('reasonAnotherStep', { step: t(STEP_KEYS[step].name) }),
  moreOn: (category: Category) => t('reasonMoreOn', { topic: TOPIC[category] }),
  fillBlank: (reason: string, blank: string) => t('reasonFillBlank', { reason, blank }),
  growStep: (index: number, step: GrowStep) =>
    t('reasonGrow', {
      n: index + 1,
      step: t(STEP_KEYS[step].name),
      hint: t(STEP_KEYS[step].hint),
    }),
  modeStep: (mode: 'mentor' | 'teacher', index: number) =>
    t(mode === 'mentor' ? 'reasonMentorStep' : 'reasonTeacherStep', {
      n: index + 1,
      step: t(MODE_STEP_KEYS[mode][index] ?? MODE_STEP_KEYS[mode][0]),
    }),
  theirAction: (day: string) => t('reasonTheirAction', { day }),
  myAction: (day: string) => t('reasonMyAction', { day }),
  carriedOver: (meetings: number) => tn('reasonCarried', meetings),
  noteUntouched: (day: string) => t('reasonNoteUntouched', { day }),
};

/** The reason as shown: one that quotes a noted mood is masked while private text is hidden. */
export function shownReason(
  suggestion: { reason: string; quotesMood?: true },
  hidePrivate: boolean,
): string {
  return hidePrivate && suggestion.quotesMood ? t('reasonMoodMasked') : suggestion.reason;
}

/** How many steps each stance's sequence has. */
export const MODE_STEP_COUNT = MODE_STEP_KEYS.mentor.length;
