// Text helpers shared by the title and people rules. Page text is untrusted: only read it, never eval or parse it.

/** Letters and digits in any script: what a "word" is made of. */
const WORD_CHAR = '\\p{L}\\p{N}';

/**
 * A case-insensitive regex that matches `source` as a whole word in any script. JavaScript's `\b` only knows ASCII,
 * so "Urlaub" or "één" need explicit Unicode look-arounds.
 */
export function wholeWords(source: string): RegExp {
  return new RegExp(`(?<![${WORD_CHAR}])(?:${source})(?![${WORD_CHAR}])`, 'iu');
}

/** Same, global, for scanning every occurrence. */
export function wholeWordsGlobal(source: string): RegExp {
  return new RegExp(`(?<![${WORD_CHAR}])(?:${source})(?![${WORD_CHAR}])`, 'giu');
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63]/g;
const LATIN_ACCENTS = /[\u0300-\u036f]/g;

/**
 * One spelling per title: full-width forms become ASCII ("１：１" → "1:1"), every dash becomes "-", and Latin accents
 * go ("tête-à-tête" → "tete-a-tete") so keyword tables need one spelling. NFC at the end puts Hangul and kana back
 * together (only combining marks U+0300–036F are dropped).
 */
export function foldText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(DASHES, '-')
    .replace(/\u2236/g, ':')
    .normalize('NFD')
    .replace(LATIN_ACCENTS, '')
    .normalize('NFC');
}

/** Lower-case, accent-free letter tokens of a person's name: "Baker, Tom (RTH)" → ["baker", "tom"]. */
export function nameTokens(name: string): string[] {
  return foldText(name)
    .toLowerCase()
    .replace(/\([^)]*\)|\[[^\]]*\]/g, ' ')
    .split(/[^\p{L}\p{N}'’]+/u)
    .map((token) => token.replace(/['’]s$|['’]/gu, ''))
    .filter((token) => token.length > 0);
}

/** The given name: "Tom Baker" → "tom", and Outlook's "Baker, Tom" → "tom". */
export function firstNameToken(name: string): string | undefined {
  const commaAt = name.indexOf(',');
  const givenPart =
    commaAt > 0 && name.indexOf(',', commaAt + 1) < 0 ? name.slice(commaAt + 1) : name;
  return nameTokens(givenPart)[0] ?? nameTokens(name)[0];
}

/** "tom.baker+cal@example.com" → ["tom", "baker"]: how a local part names its owner. */
export function emailNameTokens(email: string): string[] {
  const local = email.split('@')[0] ?? '';
  return local
    .replace(/\+.*$/, '')
    .toLowerCase()
    .split(/[._\-\d]+/)
    .filter((token) => token.length > 1);
}
