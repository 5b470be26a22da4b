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

/** The words of one whitespace-free piece of text, folded; memoised (texts repeat words). */
const pieceCache = new Map<string, readonly string[]>();
const PIECE_CACHE_MAX = 50_000;

function pieceWords(piece: string): readonly string[] {
  let words = pieceCache.get(piece);
  if (words === undefined) {
    words = fold(piece).match(/[\p{L}\p{N}]+/gu) ?? [];
    if (pieceCache.size >= PIECE_CACHE_MAX) pieceCache.clear();
    pieceCache.set(piece, words);
  }
  return words;
}

/**
 * Distinct folded words of `text`, in order of first appearance. Folds piece by piece between
 * whitespace (folding never joins or splits across whitespace, so this equals folding the whole
 * text) with a cache: importing 90k records spends most of its search time here otherwise.
 */
export function tokenize(text: string): string[] {
  const seen = new Set<string>();
  for (const match of text.matchAll(/\S+/g)) {
    for (const word of pieceWords(match[0])) {
      seen.add(word.slice(0, MAX_TOKEN_LENGTH));
      if (seen.size >= MAX_TOKENS_PER_DOC) return [...seen];
    }
  }
  return [...seen];
}

/** The reference definition of `tokenize` (tests compare the two). */
export function tokenizeWhole(text: string): string[] {
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
