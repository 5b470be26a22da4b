/**
 * Helpers for writing the question library as short, readable data lines.
 *
 * Relationships are read from the asker's side, as in `lib/schema/common.ts`: "report" means
 * the other person reports to me, "manager" means I am preparing to meet my own manager.
 * "skip-level" is a skip-level 1:1 I hold with someone two levels down (asking down), so a
 * question written for asking upward (ask-manager, AHEAD_OF_ME) never lists it; my manager's
 * manager is "skip-level-up" (asking up). "other" is not listed except in EVERYONE: the engine
 * lets it fall back to questions that suit a peer. Directions (up / down / across) follow from
 * the relationships (`lib/questions/tags.ts`).
 */
import type { Category, Depth, GrowStep, Relationship } from '../../schema/common';
import type { QuestionContent } from '../../schema/question';
import type { Idea, QuestionMode } from '../../schema/vocabulary';
import { RELATIONSHIPS } from '../../schema/vocabulary';
import { directionsOfRelationships, IDEA_OF_CATEGORY } from '../tags';

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
export const AHEAD_OF_ME: Relationships = ['manager', 'mentor'];
/** Anyone above me: my manager, their manager, a mentor. */
export const ABOVE_ME: Relationships = ['manager', 'skip-level-up', 'mentor'];

/** What a question may say beyond the defaults of its category. */
export interface QuestionExtras {
  mode?: QuestionMode;
  idea?: Idea;
  /** Refers back to an earlier conversation of its category. */
  refersBack?: true;
}

/** A category's question writer: one call per question (the German library's texts carry `{du|Sie}`). */
export type CategoryBuilder = (
  id: string,
  depth: Depth,
  relationships: Relationships,
  text: string,
  /** The first follow-up: a probe one level deeper into the answer. */
  probe: string,
  extras?: QuestionExtras,
) => QuestionContent;

/**
 * The closing follow-ups of a category, taken in turn: after the probe, a way to land the
 * thread (what to do with it, what to carry into the next meeting).
 */
export type Closes = readonly [string, ...string[]];

function builder(category: Category, closes: Closes, growStep?: GrowStep): CategoryBuilder {
  let made = 0;
  return (id, depth, relationships, text, probe, extras = {}) => {
    const close = closes[made++ % closes.length] ?? closes[0];
    return {
      id,
      text,
      ...tagsOf(category, depth, relationships, extras, growStep),
      followUps: [probe, close],
    };
  };
}

/**
 * What a question's category, depth, relationships and extras say about it, filled in with the
 * category's defaults; both libraries (English here, German in `../de/define.ts`) tag alike.
 */
export function tagsOf(
  category: Category,
  depth: Depth,
  relationships: Relationships,
  extras: QuestionExtras,
  growStep?: GrowStep,
) {
  return {
    category,
    depth,
    relationships: [...relationships],
    ...(growStep !== undefined && { growStep }),
    directions: directionsOfRelationships(relationships),
    mode: extras.mode ?? defaultMode(category),
    idea: extras.idea ?? IDEA_OF_CATEGORY[category],
    ...(extras.refersBack && { refersBack: true as const }),
  };
}

export function defaultMode(category: Category): QuestionMode {
  if (category === 'grow') return 'coach';
  if (category === 'mentoring') return 'mentor';
  if (category === 'teaching') return 'teacher';
  return 'plain';
}

/** A builder that stamps one category (and its closing follow-ups) on every question. */
export function questionsIn(category: Exclude<Category, 'grow'>, closes: Closes): CategoryBuilder {
  return builder(category, closes);
}

/** A builder for one GROW step (Goal, Reality, Options, Will). */
export function growQuestions(step: GrowStep, closes: Closes): CategoryBuilder {
  return builder('grow', closes, step);
}

/**
 * Marks a question that states a fact as a template: its text holds TEMPLATE_BLANK ("___")
 * where the user puts what they know; `blank` names what goes there.
 */
export function asTemplate(question: QuestionContent, blank: string): QuestionContent {
  return { ...question, template: { blank } };
}
