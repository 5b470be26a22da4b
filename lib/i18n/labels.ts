/** Names of the vocabulary's words (categories, relationships, …) in the active language. */
import type { Cadence, Category, Depth, GrowStep, Relationship } from '../schema/common';
import type { ToneKind } from '../questions/tone-rules';
import { translated } from './catalog';

export const CATEGORY_LABELS = translated<Category>({
  wellbeing: 'categoryWellbeing',
  rapport: 'categoryRapport',
  deeper: 'categoryDeeper',
  operative: 'categoryOperative',
  support: 'categorySupport',
  growth: 'categoryGrowth',
  career: 'categoryCareer',
  'feedback-upward': 'categoryFeedbackUpward',
  'feedback-downward': 'categoryFeedbackDownward',
  team: 'categoryTeam',
  direction: 'categoryDirection',
  grow: 'categoryGrow',
  'first-meeting': 'categoryFirstMeeting',
  'ask-manager': 'categoryAskManager',
  opening: 'categoryOpening',
  recognition: 'categoryRecognition',
  mentoring: 'categoryMentoring',
  teaching: 'categoryTeaching',
  'skip-level-down': 'categorySkipLevelDown',
  'ask-skip-level': 'categoryAskSkipLevel',
  across: 'categoryAcross',
});

export const DEPTH_LABELS = translated<Depth>({
  1: 'depthLight',
  2: 'depthMedium',
  3: 'depthDeep',
});

/** The other person, as a noun: "Direct report", "Manager". */
export const RELATIONSHIP_LABELS = translated<Relationship>({
  report: 'relationshipReport',
  manager: 'relationshipManager',
  peer: 'relationshipPeer',
  'skip-level': 'relationshipSkipLevel',
  'skip-level-up': 'relationshipSkipLevelUp',
  mentor: 'relationshipMentor',
  mentee: 'relationshipMentee',
  other: 'relationshipOther',
});

export const CADENCE_LABELS = translated<Cadence>({
  weekly: 'cadenceWeekly',
  biweekly: 'cadenceBiweekly',
  monthly: 'cadenceMonthly',
});

export const GROW_STEP_LABELS = translated<GrowStep>({
  goal: 'growStepGoal',
  reality: 'growStepReality',
  options: 'growStepOptions',
  will: 'growStepWill',
});

/** What each kind of tone hint is called (lib/questions/tone.ts). */
export const TONE_KIND_LABELS: Readonly<Record<ToneKind, string>> = translated({
  leading: 'toneKindLeading',
  loaded: 'toneKindLoaded',
  interrogating: 'toneKindInterrogating',
  blaming: 'toneKindBlaming',
  pressuring: 'toneKindPressuring',
  'performance-hinting': 'toneKindPerformanceHinting',
  'passive-aggressive': 'toneKindPassiveAggressive',
  'double-barrelled': 'toneKindDoubleBarrelled',
  closed: 'toneKindClosed',
});
