/**
 * A question's tags, read with defaults: shipped questions carry them all; the user's own
 * questions (and records stored before the tags existed) get them from their relationships
 * and category. Pure; no zod (the sidebar bundle imports it).
 */
import { addressedMessage, inAddress, type AddressChoice } from '../i18n/address';
import type { MessageKey } from '../i18n/catalog';
import type { QuestionContent } from '../schema/question';
import type { Category, Direction, Idea, QuestionMode, Relationship } from '../schema/vocabulary';
import { DIRECTIONS } from '../schema/vocabulary';

/** Which way a question to this person travels, read from my side. */
export const DIRECTION_OF: Record<Relationship, Direction> = {
  report: 'down',
  'skip-level': 'down',
  mentee: 'down',
  manager: 'up',
  'skip-level-up': 'up',
  mentor: 'up',
  peer: 'across',
  other: 'across',
};

/** The stance a category serves when a question names none. */
const MODE_OF_CATEGORY: Partial<Record<Category, QuestionMode>> = {
  grow: 'coach',
  mentoring: 'mentor',
  teaching: 'teacher',
};

/** The idea a category serves when a question names none. */
export const IDEA_OF_CATEGORY: Record<Category, Idea> = {
  wellbeing: 'how-they-are',
  rapport: 'chit-chat',
  deeper: 'values-and-stories',
  operative: 'daily-work',
  support: 'offer-support',
  growth: 'learning-without-pressure',
  career: 'career-path',
  'feedback-upward': 'feedback-for-me',
  'feedback-downward': 'feedback-for-them',
  team: 'teamwork',
  direction: 'share-direction',
  grow: 'coach-grow',
  'first-meeting': 'build-trust',
  'ask-manager': 'learn-from-above',
  opening: 'their-agenda',
  recognition: 'recognise-work',
  mentoring: 'mentor-story',
  teaching: 'teach-show',
  'skip-level-down': 'carry-needs-up',
  'ask-skip-level': 'learn-from-above',
  across: 'teamwork',
};

/** The directions its relationships point in, in a fixed order. */
export function directionsOfRelationships(relationships: readonly Relationship[]): Direction[] {
  const found = new Set(relationships.map((r) => DIRECTION_OF[r]));
  return DIRECTIONS.filter((d) => found.has(d));
}

export function directionsOf(q: QuestionContent): Direction[] {
  return q.directions ?? directionsOfRelationships(q.relationships);
}

export function modeOf(q: QuestionContent): QuestionMode {
  return q.mode ?? MODE_OF_CATEGORY[q.category] ?? 'plain';
}

export function ideaOf(q: QuestionContent): Idea {
  return q.idea ?? IDEA_OF_CATEGORY[q.category];
}

/** Whether a question may be put to this person: their direction is one it travels in. */
export function travelsTo(q: QuestionContent, relationship: Relationship): boolean {
  return directionsOf(q).includes(DIRECTION_OF[relationship]);
}

/**
 * The text to show: the formal form when the user chose "Sie" and the question has one (German
 * questions that address the other person carry both; see lib/i18n/address.ts).
 */
export function questionText(
  q: Pick<QuestionContent, 'text' | 'textFormal'>,
  address: AddressChoice,
): string {
  return address === 'sie' && q.textFormal ? q.textFormal : q.text;
}

/**
 * Follow-ups in the chosen address. A question that carries none (the user's own) gets a
 * probe and a close that suit any open question, in the UI language.
 */
export function followUpsOf(q: QuestionContent, address: AddressChoice = 'du'): string[] {
  if (address === 'sie' && q.followUpsFormal && q.followUpsFormal.length > 0)
    return [...q.followUpsFormal];
  if (q.followUps && q.followUps.length > 0) return [...q.followUps];
  return GENERIC_FOLLOW_UPS.map((key) => inAddress(addressedMessage(key), address));
}

const GENERIC_FOLLOW_UPS: readonly MessageKey[] = ['followUpGenericProbe', 'followUpGenericClose'];
