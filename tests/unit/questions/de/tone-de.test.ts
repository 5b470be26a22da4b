import { describe, expect, it } from 'vitest';
import { toneHintsDe } from '../../../../lib/questions/de/tone';
import { lintQuestion, ownQuestionHints } from '../../../../lib/questions/tone';
import { problematicCasesDe, supportiveCasesDe } from './tone-cases-de';
import { roundTwoProblemsDe, roundTwoSupportiveDe } from './tone-cases-de-round2';
import { roundThreeProblemsDe, roundThreeSupportiveDe } from './tone-cases-de-round3';
import { roundFourProblemsDe, roundFourSupportiveDe } from './tone-cases-de-round4';
import { blindProblemsDe, blindSupportiveDe } from './tone-cases-de-blind';
import { scoreToneDe } from './tone-measure-de';

/**
 * Everything the rules were written and tuned on: the first cases, the second round, the third
 * (held aside for the intent layer, read for the structure layer) and the fourth (written for the
 * structure layer). The blind set (tone-cases-de-blind.ts) is measured, never tuned on.
 */
const developmentProblems = [
  ...problematicCasesDe,
  ...roundTwoProblemsDe,
  ...roundThreeProblemsDe,
  ...roundFourProblemsDe,
];
const developmentSupportive = [
  ...supportiveCasesDe,
  ...roundTwoSupportiveDe,
  ...roundThreeSupportiveDe,
  ...roundFourSupportiveDe,
];

describe('German tone lint', () => {
  it('flags every problematic development case, with its labelled kind, and no supportive one', () => {
    const dev = scoreToneDe(developmentProblems, developmentSupportive);
    expect(dev.falseAlarms).toEqual([]);
    expect(dev.missed).toEqual([]);
    expect(dev.kindMatches / developmentProblems.length).toBeGreaterThanOrEqual(0.95);
  });

  it('keeps its precision and recall on the blind set written by someone who never saw the rules', () => {
    const blind = scoreToneDe(blindProblemsDe, blindSupportiveDe);
    console.info(
      `German tone lint on the blind set (${blindProblemsDe.length} problematic, ` +
        `${blindSupportiveDe.length} supportive): precision ${blind.precision.toFixed(2)}, ` +
        `recall ${blind.recall.toFixed(2)}, right kind ${blind.kindMatches}`,
    );
    // Floors just below the first measurement (docs/QUESTIONS.md): they catch a rule change that
    // breaks the lint, and were not reached by tuning.
    expect(blind.precision).toBeGreaterThanOrEqual(0.8);
    expect(blind.recall).toBeGreaterThanOrEqual(0.7);
  });

  it('covers all nine kinds in its development cases', () => {
    const kinds = new Set(developmentProblems.map(([kind]) => kind));
    expect(kinds.size).toBe(9);
  });

  it('hears each structure in the rounds written for the later layers, near-misses left alone', () => {
    for (const [problems, supportive] of [
      [roundThreeProblemsDe, roundThreeSupportiveDe],
      [roundFourProblemsDe, roundFourSupportiveDe],
    ] as const) {
      expect(new Set(problems.map(([kind]) => kind)).size).toBe(9);
      expect(supportive.length).toBeGreaterThanOrEqual(30);
      const score = scoreToneDe(problems, supportive);
      expect(score.falseAlarms).toEqual([]);
      expect(score.missed).toEqual([]);
    }
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
