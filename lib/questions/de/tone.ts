/**
 * The tone lint for German questions: the same hints as the English lint (lib/questions/tone.ts),
 * from German rules with German messages — wording in ./tone-rules.ts, intent in
 * ./tone-intent-rules.ts, question shapes in ./tone-structure-rules.ts. Pure and fast.
 */
import { scanTone, type HintSource, type ToneHint } from '../tone-scan';
import { GERMAN_INTENT_RULES } from './tone-intent-rules';
import { GERMAN_STRUCTURE_RULES } from './tone-structure-rules';
import { E, GERMAN_DOUBLE_QUESTION, GERMAN_TONE_RULES, S, type GermanToneRule } from './tone-rules';

const RULES: readonly GermanToneRule[] = [
  ...GERMAN_TONE_RULES,
  ...GERMAN_INTENT_RULES,
  ...GERMAN_STRUCTURE_RULES,
];

/**
 * „Du hast immer so gute Ideen“ is praise, not a verdict: an „immer“/„stets“ hint is dropped when
 * its clause speaks well of them and carries no negation („Du bist immer so unzuverlässig“ and
 * „Sie sind immer nicht erreichbar“ stay flagged).
 */
const PRAISE = new RegExp(
  `${S}(?:gut\\p{L}*|toll\\p{L}*|klar\\p{L}*|hilfreich\\p{L}*|hilfsbereit|hilfst|helfen|unterstützt|freundlich|geduldig|zuverlässig|verlässlich|pünktlich|kreativ\\p{L}*|idee\\p{L}*|angenehm|positiv|souverän|aufmerksam|sorgfältig|gründlich|gern|gerne|schön\\p{L}*|stark\\p{L}*|beeindruck\\p{L}*|großartig\\p{L}*|wunderbar\\p{L}*|ansprechbar|motivier\\p{L}*|inspir\\p{L}*|ruhig|gelassen|humor\\p{L}*|verständlich|präzise|strukturiert|vorbereitet|engagiert|begeistert|freude|dankbar|wertvoll\\p{L}*|offen\\p{L}*)${E}`,
  'iu',
);
const NEGATION = new RegExp(
  `${S}(?:nicht|kein\\p{L}*|nie|niemals|un\\p{L}+|zu\\s+(?:spät|langsam|wenig))${E}`,
  'iu',
);
const POSITIVE_ABSOLUTE = /^(?:immer|stets)$/iu;

/** Hints for one German question; empty when it reads as open and supportive. */
export function toneHintsDe(text: string): ToneHint[] {
  return scanTone(text, GERMAN_SCAN);
}

function isPraise(text: string, index: number, phrase: string): boolean {
  if (!POSITIVE_ABSOLUTE.test(phrase)) return false;
  const clause = text.slice(index + phrase.length).split(/[;.!?:—–]/)[0] ?? '';
  return PRAISE.test(clause) && !NEGATION.test(clause);
}

function hintAt(text: string, index: number, length: number, rule: HintSource): ToneHint {
  const raw = text.slice(index, index + length);
  return {
    phrase: raw.trim(),
    kind: rule.kind,
    message: rule.message,
    suggestion: rule.suggestion,
    index: index + (raw.length - raw.trimStart().length),
  };
}

const GERMAN_SCAN = { rules: RULES, doubleQuestion: GERMAN_DOUBLE_QUESTION, isPraise, hintAt };
