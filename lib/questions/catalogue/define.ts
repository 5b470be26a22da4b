/**
 * Helpers for writing the question library as short, readable data lines.
 *
 * Relationships are read from the asker's side, as in `lib/schema/common.ts`: "report" means
 * the other person reports to me, "manager" means I am preparing to meet my own manager.
 * "skip-level" is read as a skip-level 1:1 I hold with someone two levels down; questions
 * that also suit an employee meeting their manager's manager list it too. "other" is not
 * listed except in EVERYONE: the engine lets it fall back to questions that suit a peer.
 */
import type { Category, Depth, GrowStep, Relationship } from '../../schema/common';
import type { QuestionContent } from '../../schema/question';

import { RELATIONSHIPS } from '../../schema/vocabulary';

export type Relationships = readonly Relationship[];

/** Questions anyone could ask anyone: small talk, energy, values. */
export const EVERYONE: Relationships = RELATIONSHIPS;
/** People I lead or guide. */
export const I_LEAD: Relationships = ['report', 'skip-level', 'mentee'];
/** People I lead or guide, plus colleagues at my level. */
export const I_LEAD_AND_PEERS: Relationships = ['report', 'skip-level', 'mentee', 'peer'];
/** My direct report and my mentee: the closest coaching relationships. */
export const CLOSE_REPORTS: Relationships = ['report', 'mentee'];
/** People further along than me whom I can learn from. */
export const AHEAD_OF_ME: Relationships = ['manager', 'mentor', 'skip-level'];

type CategoryBuilder = (
  id: string,
  depth: Depth,
  relationships: Relationships,
  text: string,
) => QuestionContent;

/** A builder that stamps one category on every question it makes. */
export function questionsIn(category: Exclude<Category, 'grow'>): CategoryBuilder {
  return (id, depth, relationships, text) => ({
    id,
    text,
    category,
    depth,
    relationships: [...relationships],
  });
}

/** A builder for one GROW step (Goal, Reality, Options, Will). */
export function growQuestions(step: GrowStep): CategoryBuilder {
  return (id, depth, relationships, text) => ({
    id,
    text,
    category: 'grow',
    depth,
    relationships: [...relationships],
    growStep: step,
  });
}
