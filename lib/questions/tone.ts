/**
 * Tone lint for questions: names the way a question assumes, pressures, blames, checks up
 * or closes a door (seed 000), and offers a gentler direction — and, where it can be made
 * without guessing, a rewrite. A quiet hint, never a block. Pure and fast: every pattern is
 * compiled once (tone-rules.ts for wording, tone-intent-rules.ts for intent).
 */
import { INTENT_RULES } from './tone-intent-rules';
import { rewriteFor } from './tone-rewrite';
import { TONE_RULES, type ToneKind, type ToneRule } from './tone-rules';

export type { ToneKind } from './tone-rules';

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

/** What each kind is called in the UI. */
export const TONE_KIND_LABELS: Record<ToneKind, string> = {
  leading: 'Leading',
  loaded: 'Loaded',
  interrogating: 'Interrogating',
  blaming: 'Blaming',
  pressuring: 'Pressuring',
  'performance-hinting': 'Hints at performance',
  'passive-aggressive': 'Passive-aggressive',
  'double-barrelled': 'Two questions in one',
  closed: 'Closed',
};

const RULES: readonly ToneRule[] = [...TONE_RULES, ...INTENT_RULES];

/** Curly and look-alike apostrophes, straightened one for one so positions stay valid. */
const APOSTROPHES = /[\u2018\u2019\u02bc\u0060\u00b4]/g;
const QUESTION_MARKS = /\?+/g;
/**
 * "You always explain things so clearly" is praise, not a verdict: an always/never hint is
 * dropped when its clause speaks well of them.
 */
const PRAISE =
  /\b(?:clear(?:ly)?|generous|kind|great|well|helpful|help|calm|thoughtful|welcom\w*|support\w*|thank\w*|brilliant|good\s+at|patient|careful|cheerful|miss\s+a\s+chance|fail\s+to\s+(?:impress|help|make)|inspir\w*|creative|positive|reliable|on\s+time)\b/i;
const ABSOLUTE =
  /^(?:you(?:'re|\s+are|'ve|\s+have)?\s+)?(?:always|never|constantly|continually|forever)\b/i;

const DOUBLE_QUESTION: ToneRule = {
  kind: 'double-barrelled',
  pattern: QUESTION_MARKS,
  message: 'Two questions in one are hard to answer well.',
  suggestion: 'Ask one question at a time; keep the second for a follow-up.',
};

/** Hints for one question; empty when the question reads as open and supportive. */
export function toneHints(text: string): ToneHint[] {
  if (!text.trim()) return [];
  const normalised = text.replace(APOSTROPHES, "'");
  const found: ToneHint[] = [];

  for (const rule of RULES) {
    for (const match of normalised.matchAll(rule.pattern)) {
      const shown = match.groups?.phrase ?? match.groups?.phrase2 ?? match[0];
      const index = match.index + match[0].lastIndexOf(shown);
      if (isPraise(normalised, index, shown)) continue;
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

function isPraise(text: string, index: number, phrase: string): boolean {
  if (!ABSOLUTE.test(phrase)) return false;
  const clause = text.slice(index).split(/[;.!?—–]/)[0] ?? '';
  return PRAISE.test(clause);
}

function hintAt(text: string, index: number, length: number, rule: ToneRule): ToneHint {
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

/**
 * Hints for a question the user wrote or edited, for the sidebar's suggestion rows (the
 * shipped library passes the lint, so its rows stay quiet). Empty object when none apply.
 */
export function ownQuestionHints(
  question: { text: string; builtIn: boolean; edited: boolean } | undefined,
): { hints?: ToneHint[] } {
  if (!question || (question.builtIn && !question.edited)) return {};
  const hints = toneHints(question.text);
  return hints.length > 0 ? { hints } : {};
}
