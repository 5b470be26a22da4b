/** The plain words suggestions give as their reason ("career hasn't come up in 7 weeks"). */
import type { Category, GrowStep } from '../schema/common';
import type { QuestionContent } from '../schema/question';

/** Short names for reasons such as "career hasn't come up in 7 weeks". */
export const TOPIC: Record<Category, string> = {
  wellbeing: 'wellbeing',
  rapport: 'personal chat',
  deeper: 'values and stories',
  operative: 'day-to-day work',
  support: 'support',
  growth: 'growth and learning',
  career: 'career',
  'feedback-upward': 'feedback for you',
  'feedback-downward': 'feedback for them',
  team: 'the team',
  direction: 'company direction',
  grow: 'coaching',
  'first-meeting': 'getting started',
  'ask-manager': 'questions for your manager',
  opening: 'their agenda',
  recognition: 'recognition',
  mentoring: 'mentoring',
  teaching: 'teaching',
  'skip-level-down': 'how the team works',
  'ask-skip-level': 'the wider view',
  across: 'working together',
};

export const STEP_HINT: Record<GrowStep, string> = {
  goal: 'what they want to achieve',
  reality: 'where things stand now',
  options: 'what they could do',
  will: 'what they will do',
};

export function plainReason(question: QuestionContent): string {
  const topic = TOPIC[question.category];
  if (question.depth === 1) return `a light question on ${topic}`;
  if (question.depth === 3) return `goes deeper on ${topic}`;
  return `a check-in on ${topic}`;
}

export function describeDays(days: number): string {
  return days < 21 ? `${days} days` : `${Math.round(days / 7)} weeks`;
}

const MOOD_PREFIX = 'mood was low';
/** The reason a low recent mood gives: it quotes the mood, so screen-share mode masks it. */
export function moodReason(mood: number, ago: string): string {
  return `${MOOD_PREFIX} (${mood} of 5) in the notes of ${ago} ago, so check in gently`;
}
/** The reason shown instead while screen-share safe mode is on. */
export const MASKED_MOOD_REASON = 'check in on how they are';
export function maskPrivateReason(reason: string): string {
  return reason.startsWith(MOOD_PREFIX) ? MASKED_MOOD_REASON : reason;
}
