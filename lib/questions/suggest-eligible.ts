// Which questions may come up at all for this person and meeting (step 1 of suggest.ts).
import type { Category, Relationship } from '../schema/common';
import type { QuestionContent } from '../schema/question';
import type { History } from './suggest-history';
import type { SuggestInput } from './suggest-types';
import { travelsTo } from './tags';

/** Categories that stay away right after a low mood, at depth 3. */
const NOT_AFTER_LOW_MOOD: ReadonlySet<Category> = new Set([
  'career',
  'feedback-upward',
  'feedback-downward',
]);

/**
 * Never-asked first: a category that still holds questions never asked with this person
 * offers only those; one whose questions were all asked before offers them again (outside
 * the 4-meeting window), least recently asked first.
 */
export function preferUnasked(pool: QuestionContent[], history: History): QuestionContent[] {
  const hasFresh = new Set<Category>();
  for (const q of pool) if (!history.askedBefore.has(q.id)) hasFresh.add(q.category);
  return pool.filter((q) => !history.askedBefore.has(q.id) || !hasFresh.has(q.category));
}

export function eligible(input: SuggestInput, history: History): QuestionContent[] {
  const excluded = new Set(input.exclude ?? []);
  const seen = new Set<string>();
  const language = input.language ?? 'en';
  return input.library.filter((q) => {
    if (q.enabled === false || excluded.has(q.id) || history.recentlyAsked.has(q.id)) return false;
    if ((q.lang ?? 'en') !== language) return false;
    if (seen.has(q.id)) return false; // a user's copy of a default: the first one wins
    seen.add(q.id);
    if (!fitsRelationship(q, input.person.relationship)) return false;
    if (!travelsTo(q, input.person.relationship)) return false;
    // "How did the last feedback I gave you land?" needs a last feedback conversation.
    if (q.refersBack && !history.lastTouched.has(q.category)) return false;
    if (history.lowMood !== undefined && q.depth === 3 && NOT_AFTER_LOW_MOOD.has(q.category))
      return false;
    return true;
  });
}

function fitsRelationship(question: QuestionContent, relationship: Relationship): boolean {
  return (
    question.relationships.includes(relationship) ||
    (relationship === 'other' && question.relationships.includes('peer'))
  );
}
