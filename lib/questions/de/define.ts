/**
 * Helpers for writing the German library as short data lines, the German twin of
 * `../catalogue/define.ts`: the same categories, relationships, directions, modes, ideas and
 * follow-ups (a probe per question, the category's closes in turn).
 *
 * Every text that addresses the other person is written once with both forms of address in
 * braces — `{du-Form|Sie-Form}` (lib/i18n/address.ts) — so "du" and "Sie" are each chosen
 * deliberately, phrase by phrase, not swapped word for word: 'Wie {geht es dir|geht es Ihnen}
 * gerade?' gives `text` "Wie geht es dir gerade?" and `textFormal` "Wie geht es Ihnen gerade?".
 * A text without braces addresses no one and has one form.
 */
import { addressForms } from '../../i18n/address';
import type { Category, GrowStep } from '../../schema/common';
import { tagsOf, type CategoryBuilder, type Closes } from '../catalogue/define';

/** Texts and probes may hold `{du|Sie}` alternations where they address the other person. */
type GermanBuilder = CategoryBuilder;

function build(category: Category, closes: Closes, growStep?: GrowStep): GermanBuilder {
  let made = 0;
  return (id, depth, relationships, source, probeSource, extras = {}) => {
    const close = addressForms(closes[made++ % closes.length] ?? closes[0]);
    const text = addressForms(source);
    const probe = addressForms(probeSource);
    const formal =
      text.formal !== undefined || probe.formal !== undefined || close.formal !== undefined;
    return {
      id,
      text: text.informal,
      ...(text.formal !== undefined && { textFormal: text.formal }),
      lang: 'de',
      ...tagsOf(category, depth, relationships, extras, growStep),
      followUps: [probe.informal, close.informal],
      ...(formal && {
        followUpsFormal: [probe.formal ?? probe.informal, close.formal ?? close.informal],
      }),
    };
  };
}

/** A builder that stamps one category (its closes, German) on every question it makes. */
export function germanQuestionsIn(
  category: Exclude<Category, 'grow'>,
  closes: Closes,
): GermanBuilder {
  return build(category, closes);
}

/** A builder for one GROW step (Ziel, Realität, Optionen, Wille). */
export function germanGrowQuestions(step: GrowStep, closes: Closes): GermanBuilder {
  return build('grow', closes, step);
}
