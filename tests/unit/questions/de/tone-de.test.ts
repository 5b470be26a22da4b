import { afterAll, describe, expect, it } from 'vitest';
import { toneHintsDe } from '../../../../lib/questions/de/tone';
import { lintQuestion, ownQuestionHints } from '../../../../lib/questions/tone';
import { problematicCasesDe, supportiveCasesDe } from './tone-cases-de';
import { heldAsideProblemsDe, heldAsideSupportiveDe } from './tone-cases-de-held-aside';
import { roundTwoProblemsDe, roundTwoSupportiveDe } from './tone-cases-de-round2';
import { scoreToneDe } from './tone-measure-de';

/** Everything the rules were written and tuned on: the first cases and the second round. */
const developmentProblems = [...problematicCasesDe, ...roundTwoProblemsDe];
const developmentSupportive = [...supportiveCasesDe, ...roundTwoSupportiveDe];

const heldAside = scoreToneDe(heldAsideProblemsDe, heldAsideSupportiveDe);
afterAll(() =>
  console.info(
    `German tone lint, held-aside cases written after the intent rules (${heldAsideProblemsDe.length} ` +
      `problematic, ${heldAsideSupportiveDe.length} supportive): ` +
      `precision ${heldAside.precision.toFixed(2)} (${heldAside.truePositives} of ` +
      `${heldAside.truePositives + heldAside.falseAlarms.length} flagged), recall ` +
      `${heldAside.recall.toFixed(2)} (${heldAside.truePositives} of ${heldAsideProblemsDe.length}), ` +
      `right kind ${heldAside.kindMatches}; missed: ${heldAside.missed.map((m) => m[1]).join(' | ')}; ` +
      `false alarms: ${heldAside.falseAlarms.map((f) => f.text).join(' | ')}`,
  ),
);

describe('German tone lint', () => {
  it('flags every problematic development case, with its labelled kind, and no supportive one', () => {
    const dev = scoreToneDe(developmentProblems, developmentSupportive);
    expect(dev.falseAlarms).toEqual([]);
    expect(dev.missed).toEqual([]);
    expect(dev.kindMatches / developmentProblems.length).toBeGreaterThanOrEqual(0.95);
  });

  it('covers all nine kinds in its development cases', () => {
    const kinds = new Set(developmentProblems.map(([kind]) => kind));
    expect(kinds.size).toBe(9);
  });

  it('keeps its precision and recall on the held-aside cases written after the intent rules', () => {
    expect(heldAsideProblemsDe.length).toBeGreaterThanOrEqual(30);
    expect(heldAsideSupportiveDe.length).toBeGreaterThanOrEqual(30);
    expect(new Set(heldAsideProblemsDe.map(([kind]) => kind)).size).toBe(9);
    // Measured once, not tuned: the first run gave precision 0.90 (9 of 10) and recall 0.25
    // (9 of 36). The floors sit just below it and only catch a rule change that breaks the lint.
    expect(heldAside.precision).toBeGreaterThanOrEqual(0.85);
    expect(heldAside.recall).toBeGreaterThanOrEqual(0.22);
  });

  it('points at the words and says what to do instead, in German', () => {
    const [hint] = toneHintsDe('Warum hast du das nicht früher gesagt?');
    expect(hint).toMatchObject({ kind: 'blaming', index: 0 });
    expect(hint?.phrase).toMatch(/^Warum hast du das nicht/);
    expect(hint?.suggestion).toMatch(/Frag/);
    const [tag] = toneHintsDe('Das lief gut, oder?');
    expect(tag).toMatchObject({ kind: 'leading', phrase: 'oder' });
    expect(toneHintsDe('Wie läuft das Release? Und das Team?').map((h) => h.kind)).toContain(
      'double-barrelled',
    );
    expect(toneHintsDe('')).toEqual([]);
  });

  it('reads words ending in ß and umlauts as whole words', () => {
    expect(toneHintsDe('Was gefällt dir an der Arbeit bloß nicht?')).toEqual([]);
    expect(toneHintsDe('Du musst das ändern.').map((h) => h.phrase)).toEqual(['Du musst']);
    expect(toneHintsDe('Was brauchst du, um das zu können?')).toEqual([]);
  });

  it('lints a question with the rules of its language', () => {
    expect(lintQuestion('Du musst das ändern.', 'de').map((h) => h.kind)).toEqual(['pressuring']);
    expect(lintQuestion('Du musst das ändern.', 'en')).toEqual([]);
    expect(lintQuestion('You must change this.', 'en').map((h) => h.kind)).toEqual(['pressuring']);
    const own = {
      text: 'Warum bist du so langsam?',
      lang: 'de' as const,
      builtIn: false,
      edited: false,
    };
    expect(ownQuestionHints(own).hints?.map((h) => h.kind)).toEqual(['loaded']);
  });
});
