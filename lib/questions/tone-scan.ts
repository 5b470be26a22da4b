/**
 * What the English and the German tone lint share: the hint they return, the text they match
 * against, where a second question starts, and how overlapping hints are thinned. Each language
 * keeps its own rules (lib/questions/tone-rules.ts, lib/questions/de/tone-rules.ts).
 */
import type { ToneKind, ToneRule } from './tone-rules';

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
const QUESTION_MARKS = /\?+/g;

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

/** What a hint says: a rule without its pattern (the two-questions hint has none). */
export type HintSource = Pick<ToneRule, 'kind' | 'message' | 'suggestion'>;

/** How one language's lint differs: its rules, its praise exception, its hint for two questions. */
export interface ToneScan {
  rules: readonly ToneRule[];
  doubleQuestion: HintSource;
  /** True when the matched always/never phrase opens a clause of praise, not of blame. */
  isPraise: (normalised: string, index: number, phrase: string) => boolean;
  /** The hint for a span of the original text (a language may add a rewrite). */
  hintAt: (text: string, index: number, length: number, rule: HintSource) => ToneHint;
}

/**
 * The loop both lints share: every rule over the straightened text (a rule's `phrase` or `phrase2`
 * group narrows what is shown), praise dropped, a second question marked, overlaps thinned.
 */
export function scanTone(text: string, scan: ToneScan): ToneHint[] {
  if (!text.trim()) return [];
  const normalised = straightened(text);
  const found: ToneHint[] = [];
  for (const rule of scan.rules) {
    for (const match of normalised.matchAll(rule.pattern)) {
      const shown = match.groups?.phrase ?? match.groups?.phrase2 ?? match[0];
      const index = match.index + match[0].lastIndexOf(shown);
      if (scan.isPraise(normalised, index, shown)) continue;
      found.push(scan.hintAt(text, index, shown.length, rule));
    }
  }
  // Two question marks: the second question is the one to move to a follow-up.
  const second = secondQuestion(text, normalised);
  if (second) found.push(scan.hintAt(text, second.index, second.length, scan.doubleQuestion));
  return withoutOverlaps(found);
}
