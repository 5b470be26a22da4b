import { describe, expect, it } from 'vitest';
import { toneHints } from '../../../lib/questions/tone';
import { problematicCases, supportiveCases } from './tone-cases';

describe('toneHints on the labelled set', () => {
  it('has enough varied cases', () => {
    expect(supportiveCases.length).toBeGreaterThanOrEqual(60);
    expect(problematicCases.length).toBeGreaterThanOrEqual(60);
    expect(new Set([...supportiveCases, ...problematicCases]).size).toBe(
      supportiveCases.length + problematicCases.length,
    );
  });

  it('reaches precision and recall of at least 0.95', () => {
    const flaggedProblems = problematicCases.filter((text) => toneHints(text).length > 0);
    const falseAlarms = supportiveCases.filter((text) => toneHints(text).length > 0);
    const truePositives = flaggedProblems.length;
    const precision = truePositives / (truePositives + falseAlarms.length);
    const recall = truePositives / problematicCases.length;
    console.log(
      `tone lint: precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)} ` +
        `(${supportiveCases.length} supportive, ${problematicCases.length} problematic)`,
    );
    const missed = problematicCases.filter((text) => toneHints(text).length === 0);
    if (missed.length) console.log('missed:', missed);
    if (falseAlarms.length)
      console.log(
        'false alarms:',
        falseAlarms.map((t) => [t, toneHints(t).map((h) => h.phrase)]),
      );
    expect(precision).toBeGreaterThanOrEqual(0.95);
    expect(recall).toBeGreaterThanOrEqual(0.95);
  });
});
