/**
 * The tone lint for German questions: the same hints as the English lint (lib/questions/tone.ts),
 * from German rules (./tone-rules.ts) with German messages. Pure and fast.
 */
import type { ToneHint } from '../tone';
import { GERMAN_DOUBLE_QUESTION, GERMAN_TONE_RULES, type GermanToneRule } from './tone-rules';

/** Curly quotes and apostrophes, straightened one for one so positions stay valid. */
const APOSTROPHES = /[\u2018\u2019\u02bc\u0060\u00b4]/g;
const QUESTION_MARKS = /\?+/g;

type Rule = Pick<GermanToneRule, 'kind' | 'message' | 'suggestion'>;

/** Hints for one German question; empty when it reads as open and supportive. */
export function toneHintsDe(text: string): ToneHint[] {
  if (!text.trim()) return [];
  const normalised = text.replace(APOSTROPHES, "'");
  const found: ToneHint[] = [];
  for (const rule of GERMAN_TONE_RULES) {
    for (const match of normalised.matchAll(rule.pattern)) {
      const shown = match.groups?.phrase ?? match[0];
      const index = match.index + match[0].lastIndexOf(shown);
      found.push(hintAt(text, index, shown.length, rule));
    }
  }
  const marks = [...normalised.matchAll(QUESTION_MARKS)];
  const [first, second] = marks;
  if (first && second) {
    const start = first.index + first[0].length;
    const end = second.index + second[0].length;
    const lead = text.slice(start, end).search(/\S/);
    found.push(hintAt(text, start + lead, end - start - lead, GERMAN_DOUBLE_QUESTION));
  }
  return withoutOverlaps(found);
}

function hintAt(text: string, index: number, length: number, rule: Rule): ToneHint {
  const raw = text.slice(index, index + length);
  return {
    phrase: raw.trim(),
    kind: rule.kind,
    message: rule.message,
    suggestion: rule.suggestion,
    index: index + (raw.length - raw.trimStart().length),
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
