/**
 * Tone lint for questions: names the way a question assumes, pressures, blames, checks up
 * or closes a door (seed 000), and offers a gentler direction — and, where it can be made
 * without guessing, a rewrite. A quiet hint, never a block. Pure and fast: every pattern is
 * compiled once (tone-rules.ts for wording, tone-intent-rules.ts for intent).
 */
import type { QuestionLanguage } from '../schema/vocabulary';
import { toneHintsDe } from './de/tone';
import { INTENT_RULES } from './tone-intent-rules';
import { rewriteFor } from './tone-rewrite';
import { TONE_RULES, type ToneRule } from './tone-rules';
import { scanTone, type HintSource, type ToneHint } from './tone-scan';

export type { ToneKind } from './tone-rules';

export type { ToneHint } from './tone-scan';

// What each kind is called in the UI is TONE_KIND_LABELS in lib/i18n/labels.ts: the sidebar shows
// hints with those names and loads these rules only after its first paint.

const RULES: readonly ToneRule[] = [...TONE_RULES, ...INTENT_RULES];

/**
 * "You always explain things so clearly" is praise, not a verdict: an always/never hint is
 * dropped when its clause speaks well of them.
 */
const PRAISE =
  /\b(?:clear(?:ly)?|generous|kind|great|well|helpful|help|calm|thoughtful|welcom\w*|support\w*|thank\w*|brilliant|good\s+at|patient|careful|cheerful|miss\s+a\s+chance|fail\s+to\s+(?:impress|help|make)|inspir\w*|creative|positive|reliable|on\s+time)\b/i;
const ABSOLUTE =
  /^(?:you(?:'re|\s+are|'ve|\s+have)?\s+)?(?:always|never|constantly|continually|forever)\b/i;

const DOUBLE_QUESTION: HintSource = {
  kind: 'double-barrelled',
  message: 'Two questions in one are hard to answer well.',
  suggestion: 'Ask one question at a time; keep the second for a follow-up.',
};

/** The lint of the question's language: German questions get the German rules. */
export function lintQuestion(text: string, lang: QuestionLanguage): ToneHint[] {
  return lang === 'de' ? toneHintsDe(text) : toneHints(text);
}

const ENGLISH_SCAN = { rules: RULES, doubleQuestion: DOUBLE_QUESTION, isPraise, hintAt };

/** Hints for one question; empty when the question reads as open and supportive. */
export function toneHints(text: string): ToneHint[] {
  return scanTone(text, ENGLISH_SCAN);
}

function isPraise(text: string, index: number, phrase: string): boolean {
  if (!ABSOLUTE.test(phrase)) return false;
  const clause = text.slice(index).split(/[;.!?—–]/)[0] ?? '';
  return PRAISE.test(clause);
}

function hintAt(text: string, index: number, length: number, rule: HintSource): ToneHint {
  const raw = text.slice(index, index + length);
  const start = index + (raw.length - raw.trimStart().length);
  const rewrite = rewriteFor(text, rule.kind, start, raw.trim().length);
  return {
    phrase: raw.trim(),
    kind: rule.kind,
    message: rule.message,
    suggestion: rule.suggestion,
    ...(rewrite ? { rewrite } : {}),
    index: start,
  };
}

/**
 * Hints for a question the user wrote or edited, for the sidebar's suggestion rows (the
 * shipped library passes the lint, so its rows stay quiet). Empty object when none apply.
 */
export function ownQuestionHints(
  question:
    { text: string; lang?: QuestionLanguage; builtIn: boolean; edited: boolean } | undefined,
): { hints?: ToneHint[] } {
  if (!question || (question.builtIn && !question.edited)) return {};
  const hints = lintQuestion(question.text, question.lang ?? 'en');
  return hints.length > 0 ? { hints } : {};
}
