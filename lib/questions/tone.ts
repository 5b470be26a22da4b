/**
 * Tone lint for questions: flags phrasing that assumes, pressures or blames (seed 000), and
 * offers a gentler direction. Pure and fast: every pattern is compiled once in tone-rules.ts.
 */
import { TONE_RULES, type ToneKind } from './tone-rules';

export type { ToneKind } from './tone-rules';

export interface ToneHint {
  /** The offending words, exactly as they appear in the text. */
  phrase: string;
  kind: ToneKind;
  /** What the problem is, in one sentence. */
  message: string;
  /** A gentler direction to take instead. */
  suggestion: string;
  /** Where the phrase starts in the text. */
  index: number;
}

/** Curly and look-alike apostrophes, straightened one for one so positions stay valid. */
const APOSTROPHES = /[\u2018\u2019\u02bc\u0060\u00b4]/g;
const QUESTION_MARKS = /\?+/g;

const DOUBLE_QUESTION = {
  kind: 'double' as const,
  message: 'Two questions in one are hard to answer well.',
  suggestion: 'Ask one question at a time; keep the second for a follow-up.',
};

/** Hints for one question; empty when the question reads as open and supportive. */
export function toneHints(text: string): ToneHint[] {
  if (!text.trim()) return [];
  const normalised = text.replace(APOSTROPHES, "'");
  const found: ToneHint[] = [];

  for (const rule of TONE_RULES) {
    for (const match of normalised.matchAll(rule.pattern)) {
      const shown = match.groups?.phrase ?? match.groups?.phrase2 ?? match[0];
      const index = match.index + match[0].lastIndexOf(shown);
      found.push(hintAt(text, index, shown.length, rule));
    }
  }

  // Two question marks: the second question is the one to move to a follow-up.
  const marks = [...normalised.matchAll(QUESTION_MARKS)];
  const first = marks[0];
  const second = marks[1];
  if (first && second) {
    const start = first.index + first[0].length;
    const end = second.index + second[0].length;
    const lead = text.slice(start, end).search(/\S/);
    found.push(hintAt(text, start + lead, end - start - lead, DOUBLE_QUESTION));
  }

  return withoutOverlaps(found);
}

function hintAt(
  text: string,
  index: number,
  length: number,
  rule: { kind: ToneKind; message: string; suggestion: string },
): ToneHint {
  const raw = text.slice(index, index + length);
  const trimmedStart = raw.length - raw.trimStart().length;
  return {
    phrase: raw.trim(),
    kind: rule.kind,
    message: rule.message,
    suggestion: rule.suggestion,
    index: index + trimmedStart,
  };
}

/** In reading order; of two overlapping hints of the same kind, the first one stays. */
function withoutOverlaps(hints: ToneHint[]): ToneHint[] {
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
