/**
 * A gentler rewrite of the whole question, for the kinds where one can be made mechanically
 * without guessing what the asker meant: keep the first of two questions, drop a "per my last
 * message" preamble, open a yes/no question about how something went. Otherwise undefined,
 * and the hint's suggestion carries an example instead.
 */
import type { ToneKind } from './tone-rules';

export function rewriteFor(
  text: string,
  kind: ToneKind,
  index: number,
  length: number,
): string | undefined {
  const trimmed = text.trim();
  switch (kind) {
    case 'double-barrelled':
      return firstQuestion(text, index);
    case 'passive-aggressive':
      return withoutPreamble(text, index, length);
    case 'closed':
      return opened(trimmed);
    default:
      return undefined;
  }
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Everything before the second question, as one question. */
function firstQuestion(text: string, index: number): string | undefined {
  const head = text.slice(0, index).replace(/[\s,;:—–-]*(?:\b(?:and|or|but)\s*)?$/i, '');
  const question = head.replace(/\?+$/, '').trim();
  return question.length >= 8 ? `${question}?` : undefined;
}

/** "As I said before, what's the plan?" → "What's the plan?" */
function withoutPreamble(text: string, index: number, length: number): string | undefined {
  if (text.slice(0, index).trim()) return undefined;
  const after = text.slice(index + length);
  const cut = after.search(/[,:;—–.]\s+\S/);
  if (cut < 0 || cut > 40) return undefined;
  const rest = after
    .slice(cut + 1)
    .replace(/^[\s,:;—–-]*again[\s,:;—–-]+/i, '')
    .replace(/^[\s—–-]+/, '')
    .replace(/,?\s*again\s*\?$/i, '?');
  return /\?$/.test(rest) && rest.length >= 8 ? capitalise(rest) : undefined;
}

const SUBJECT =
  '(you|things|everything|it|that|this|the [\\w-]+(?: [\\w-]+)?|your [\\w-]+(?: [\\w-]+)?)';

/** A yes/no question about how something feels or went, opened with "how" or "what". */
function opened(text: string): string | undefined {
  const t = text.replace(/\?\s*$/, '');
  let m = /^(?:did) (.+?) go well(.*)$/i.exec(t);
  if (m) return `How did ${m[1]} go${m[2]}?`;
  m = /^did you (?:like|enjoy|love) (.+)$/i.exec(t);
  if (m) return `How was ${m[1]} for you?`;
  m = /^do you feel (supported|heard|valued|comfortable)(.*)$/i.exec(t);
  if (m) return `What would help you feel more ${m[1]}${m[2]}?`;
  m = /^do you get along with (.+)$/i.exec(t);
  if (m) return `How is it working with ${m[1]}?`;
  m = /^are you (?:enjoying|liking) (.+)$/i.exec(t);
  if (m) return `How are you finding ${m[1]}?`;
  m = /^are you (?:happy|satisfied|comfortable|okay|ok|alright|content) (?:with|about) (.+)$/i.exec(
    t,
  );
  if (m) return `How do you feel about ${m[1]}?`;
  m = /^are you happy(.*)$/i.exec(t);
  if (m) return `What would make you happier${m[1]}?`;
  m = new RegExp(`^(is|was|are|were) ${SUBJECT} (useful|fair|clear|helpful)(.*)$`, 'i').exec(t);
  if (m) return `How ${m[3]!.toLowerCase()} ${m[1]!.toLowerCase()} ${m[2]}${m[4]}?`;
  m = new RegExp(`^(is|was|are|were) ${SUBJECT} (working|going)(.*)$`, 'i').exec(t);
  if (m) return `How ${m[1]!.toLowerCase()} ${m[2]} ${m[3]}${m[4]}?`;
  m = new RegExp(
    `^(is|was|are|were) ${SUBJECT} (?:doing )?(?:fine|good|great|okay|ok|alright|all right)(.*)$`,
    'i',
  ).exec(t);
  if (m) return `How ${m[1]!.toLowerCase()} ${m[2]}${m[3]}?`;
  return undefined;
}
