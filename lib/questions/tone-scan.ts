/**
 * What the English and the German tone lint share: the hint they return, the text they match
 * against, where a second question starts, and how overlapping hints are thinned. Each language
 * keeps its own rules (lib/questions/tone-rules.ts, lib/questions/de/tone-rules.ts).
 */
import type { ToneKind } from './tone-rules';

export interface ToneHint {
  /** The offending words, exactly as they appear in the text. */
  phrase: string;
  kind: ToneKind;
  /** What the problem is, in one sentence. */
  message: string;
  /** A gentler direction to take instead. */
  suggestion: string;
  /** The whole question reworded, when that can be done without guessing. */
  rewrite?: string;
  /** Where the phrase starts in the text. */
  index: number;
}

/** Curly and look-alike apostrophes, straightened one for one so positions stay valid. */
const APOSTROPHES = /[\u2018\u2019\u02bc\u0060\u00b4]/g;
export const QUESTION_MARKS = /\?+/g;

/** The text the rules match: apostrophes straightened, every position unchanged. */
export function straightened(text: string): string {
  return text.replace(APOSTROPHES, "'");
}

/**
 * Two question marks: the span of the second question (the one to move to a follow-up), from its
 * first word to its question mark; undefined when there is only one question.
 */
export function secondQuestion(
  text: string,
  normalised: string,
): { index: number; length: number } | undefined {
  const [first, second] = [...normalised.matchAll(QUESTION_MARKS)];
  if (!first || !second) return undefined;
  const start = first.index + first[0].length;
  const end = second.index + second[0].length;
  const lead = text.slice(start, end).search(/\S/);
  return { index: start + lead, length: end - start - lead };
}

/** In reading order; of two overlapping hints of the same kind, the first one stays. */
export function withoutOverlaps(hints: ToneHint[]): ToneHint[] {
  const sorted = [...hints].sort((a, b) => a.index - b.index || b.phrase.length - a.phrase.length);
  const kept: ToneHint[] = [];
  for (const hint of sorted) {
    const overlaps = kept.some(
      (other) =>
        other.kind === hint.kind &&
        hint.index < other.index + other.phrase.length &&
        other.index < hint.index + hint.phrase.length,
    );
    if (!overlaps && hint.phrase) kept.push(hint);
  }
  return kept;
}
