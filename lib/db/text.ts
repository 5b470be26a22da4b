/** Pure text helpers for the search index: folding and tokenising. */

/** Lower-case and strip diacritics ("Élodie" → "elodie", "Straße" → "strasse"). */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss');
}

/** A bound on what one record can add to the index, so a pasted novel cannot bloat it. */
const MAX_TOKENS_PER_DOC = 400;
const MAX_TOKEN_LENGTH = 40;

/** Distinct folded words of `text`, in order of first appearance. */
export function tokenize(text: string): string[] {
  const seen = new Set<string>();
  for (const match of fold(text).matchAll(/[\p{L}\p{N}]+/gu)) {
    const token = match[0].slice(0, MAX_TOKEN_LENGTH);
    seen.add(token);
    if (seen.size >= MAX_TOKENS_PER_DOC) break;
  }
  return [...seen];
}

/** The pseudo-token that ties a search row to its person (person filter = one more term). */
export function personToken(personId: string): string {
  return `@p:${personId}`;
}

/** The highest string starting with `prefix`: [prefix, prefixEnd(prefix)] is a prefix range. */
export function prefixEnd(prefix: string): string {
  return prefix + '\uffff';
}
