import { toneHintsDe } from '../../../../lib/questions/de/tone';
import type { LabelledProblem } from '../tone-case-types';

export interface GermanToneScore {
  precision: number;
  recall: number;
  truePositives: number;
  /** Problems the lint flagged with the labelled kind among its hints. */
  kindMatches: number;
  missed: LabelledProblem[];
  falseAlarms: { text: string; phrases: string[] }[];
}

/** Precision and recall of "any hint at all" against a labelled German set. */
export function scoreToneDe(
  problems: readonly LabelledProblem[],
  supportive: readonly string[],
): GermanToneScore {
  const missed: LabelledProblem[] = [];
  let kindMatches = 0;
  for (const problem of problems) {
    const hints = toneHintsDe(problem[1]);
    if (hints.length === 0) missed.push(problem);
    if (hints.some((h) => h.kind === problem[0])) kindMatches += 1;
  }
  const falseAlarms = supportive
    .map((text) => ({ text, phrases: toneHintsDe(text).map((h) => `${h.kind}: ${h.phrase}`) }))
    .filter((row) => row.phrases.length > 0);
  const truePositives = problems.length - missed.length;
  return {
    precision: truePositives / (truePositives + falseAlarms.length || 1),
    recall: truePositives / problems.length,
    truePositives,
    kindMatches,
    missed,
    falseAlarms,
  };
}
