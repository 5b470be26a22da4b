/**
 * Helpers for writing the German library as short data lines. A question that addresses the
 * other person is written once with both forms of address in braces — `{du-Form|Sie-Form}` —
 * e.g. 'Wie {geht es dir|geht es Ihnen} gerade?' gives "Wie geht es dir gerade?" (`text`) and
 * "Wie geht es Ihnen gerade?" (`textFormal`). The braces hold whole phrases, so each form reads
 * as if written on its own; a question without braces addresses no one and has one text.
 */
import type { Category, Depth, GrowStep } from '../../schema/common';
import type { QuestionContent } from '../../schema/question';
import type { Relationships } from '../catalogue/define';

const ALTERNATION = /\{([^{}|]*)\|([^{}|]*)\}/g;

/** Both forms of a text written with `{du|Sie}` alternations. */
export function addressForms(source: string): { text: string; textFormal?: string } {
  const text = source.replace(ALTERNATION, (_all, du: string) => du);
  const formal = source.replace(ALTERNATION, (_all, _du: string, sie: string) => sie);
  return formal === text ? { text } : { text, textFormal: formal };
}

type Builder = (
  id: string,
  depth: Depth,
  relationships: Relationships,
  text: string,
) => QuestionContent;

function build(category: Category, growStep?: GrowStep): Builder {
  return (id, depth, relationships, source) => ({
    id,
    ...addressForms(source),
    lang: 'de',
    category,
    depth,
    relationships: [...relationships],
    ...(growStep && { growStep }),
  });
}

/** A builder that stamps one category (and the German language) on every question it makes. */
export const germanQuestionsIn = (category: Exclude<Category, 'grow'>): Builder => build(category);

/** A builder for one GROW step (Ziel, Realität, Optionen, Wille). */
export const germanGrowQuestions = (step: GrowStep): Builder => build('grow', step);
