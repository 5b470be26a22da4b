/**
 * The tone lint for German questions: the same hints as the English lint (lib/questions/tone.ts),
 * from German rules (./tone-rules.ts) with German messages. Pure and fast.
 */
import { secondQuestion, straightened, withoutOverlaps, type ToneHint } from '../tone-scan';
import { GERMAN_DOUBLE_QUESTION, GERMAN_TONE_RULES, type GermanToneRule } from './tone-rules';

type Rule = Pick<GermanToneRule, 'kind' | 'message' | 'suggestion'>;

/** Hints for one German question; empty when it reads as open and supportive. */
export function toneHintsDe(text: string): ToneHint[] {
  if (!text.trim()) return [];
  const normalised = straightened(text);
  const found: ToneHint[] = [];
  for (const rule of GERMAN_TONE_RULES) {
    for (const match of normalised.matchAll(rule.pattern)) {
      const shown = match.groups?.phrase ?? match[0];
      const index = match.index + match[0].lastIndexOf(shown);
      found.push(hintAt(text, index, shown.length, rule));
    }
  }
  const second = secondQuestion(text, normalised);
  if (second) found.push(hintAt(text, second.index, second.length, GERMAN_DOUBLE_QUESTION));
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
