// What a title says: a reason it can never be a 1:1 (recruiting, a time block, a reminder), a 1:1 marker, and the
// names it mentions.
import {
  FOCUS_TITLE,
  GROUP_WORD,
  GROUP_WORD_CJK,
  MARKER_CJK,
  NUMERIC_MARKER,
  RECRUITING,
  RECRUITING_CJK,
  REMINDER,
  REMINDER_CJK,
  SCREEN_RECRUITING,
  SOFT_MARKER,
  SOFT_MARKER_CJK,
  TIME_BLOCK,
  TIME_BLOCK_CJK,
  TOPIC_WORD,
  WORD_MARKER,
} from './keywords';
import { findNamePairs, nameAtEdge, namesInTitle, type NamePair } from './names';
import { escapeRegExp, foldText, wholeWords } from './text';

export type MarkerKind = 'numeric' | 'word' | 'user' | 'soft' | 'pair';

export interface TitleMarker {
  kind: MarkerKind;
  /** The words as written, for the reason sentence. */
  text: string;
}

export interface TitleReading {
  /** Why the title rules a 1:1 out, whatever the guests. */
  exclusion?: string;
  marker?: TitleMarker;
  /** "A / B" pairs of names; an outside guest counts only when named in one. */
  pairs: NamePair[];
  /** People the title names around its marker, as written. */
  names: string[];
}

/** A title with one spelling for dashes and composed characters, the same length as what the user sees. */
function displayText(title: string): string {
  return title.normalize('NFC').replace(/[\u2010-\u2015\u2212]/g, '-');
}

/** Folds `display` one character at a time, remembering where each folded character came from. */
function foldWithOrigins(display: string): { folded: string; origins: number[] } {
  let folded = '';
  const origins: number[] = [];
  let at = 0;
  for (const char of display) {
    const piece = foldText(char);
    folded += piece;
    for (let i = 0; i < piece.length; i += 1) origins.push(at);
    at += char.length;
  }
  origins.push(at);
  return { folded, origins };
}

function firstMatch(text: string, patterns: RegExp[]): RegExpExecArray | undefined {
  for (const pattern of patterns) {
    const match = pattern.exec(text);
    if (match) return match;
  }
  return undefined;
}

/** Blanks people's own capitalised names so "Kim Block" is not read as a time block. */
function withoutNames(folded: string, knownNames: string[]): string {
  let text = folded;
  for (const name of knownNames) {
    for (const word of foldText(name).split(/[^\p{L}'’-]+/u)) {
      if (word.length < 3 || !/^\p{Lu}/u.test(word)) continue;
      const pattern = new RegExp(`(?<![\\p{L}])${escapeRegExp(word)}(?![\\p{L}])`, 'gu');
      text = text.replace(pattern, (found) => ' '.repeat(found.length));
    }
  }
  return text;
}

/** The matched words for a reason sentence: "Focus:" → "focus". */
function wordsOf(match: RegExpExecArray): string {
  return match[0].replace(/^[^\p{L}\p{N}\p{So}]+|[^\p{L}\p{N}\p{So}]+$/gu, '').toLowerCase();
}

function exclusionOf(folded: string, knownNames: string[]): string | undefined {
  const text = withoutNames(folded, knownNames);
  const recruiting = firstMatch(text, [RECRUITING, SCREEN_RECRUITING, RECRUITING_CJK]);
  if (recruiting) return `${wordsOf(recruiting)}: recruiting events are never 1:1s`;
  const reminder = firstMatch(text, [REMINDER, REMINDER_CJK]);
  if (reminder) return `${wordsOf(reminder)}: reminders are never 1:1s`;
  const block = firstMatch(text, [TIME_BLOCK, FOCUS_TITLE, TIME_BLOCK_CJK]);
  if (block) return `${wordsOf(block)}: time blocks are never 1:1s`;
  return undefined;
}

/** The user's keywords as one whole-word pattern (built per call: a few words, cheaper than a cache's state). */
function userKeywordPattern(keywords: string[] | undefined): RegExp | undefined {
  const source = (Array.isArray(keywords) ? keywords : [])
    .filter((word): word is string => typeof word === 'string')
    .map((word) => foldText(word).trim())
    .filter((word) => word.length > 0)
    .map((word) => escapeRegExp(word).replace(/\s+/g, '\\s+'))
    .join('|');
  return source ? wholeWords(source) : undefined;
}

/** Splits a title into list items: "Anna, Ben & Carl" → three. */
const LIST_SEPARATOR = /\s*(?:<->|<=>|<>|↔|⇔|\||\/|&|\+|,)\s*|\s+(?:x|×|and|und|et|y|e|en)\s+/u;

/** More than two people named in a row ("Anna / Ben / Carl") is a group, not a pair. */
function namesThreeOrMore(pairs: NamePair[]): boolean {
  const names = new Set(pairs.flatMap((pair) => [pair.left, pair.right]));
  return names.size > 2;
}

function countListedNames(display: string): number {
  const items = display.split(LIST_SEPARATOR);
  return items.filter((item, index) => nameAtEdge(item, index === 0) !== undefined).length;
}

export function readTitle(
  title: string,
  knownNames: string[],
  extraKeywords?: string[],
): TitleReading {
  const display = displayText(title);
  const { folded, origins } = foldWithOrigins(display);
  const exclusion = exclusionOf(folded, knownNames);

  const found = (match: RegExpExecArray, kind: MarkerKind) => {
    const start = origins[match.index] ?? 0;
    const end = origins[match.index + match[0].length] ?? display.length;
    return { kind, text: display.slice(start, end).trim(), start, end };
  };
  const userMatch = userKeywordPattern(extraKeywords)?.exec(folded);
  const isTopic = TOPIC_WORD.test(folded);
  const hasGroup = GROUP_WORD.test(folded) || GROUP_WORD_CJK.test(folded);
  const hardMatch = isTopic
    ? undefined
    : firstMatch(folded, [NUMERIC_MARKER, WORD_MARKER, MARKER_CJK]);
  const softMatch =
    isTopic || hasGroup ? undefined : firstMatch(folded, [SOFT_MARKER, SOFT_MARKER_CJK]);

  const allPairs = findNamePairs(display, 'strict');
  const isList = namesThreeOrMore(allPairs) || countListedNames(display) > 2;
  const pairs = isList ? [] : allPairs;

  let marker: (TitleMarker & { start: number; end: number }) | undefined;
  if (hardMatch) marker = found(hardMatch, hardMatch[0].startsWith('1') ? 'numeric' : 'word');
  else if (userMatch) marker = found(userMatch, 'user');
  else if (softMatch) marker = found(softMatch, 'soft');
  else if (pairs[0] && !isTopic) {
    marker = { kind: 'pair', text: `${pairs[0].left} / ${pairs[0].right}`, start: 0, end: 0 };
  }

  const names = isList ? [] : namesInTitle(display, marker?.kind === 'pair' ? undefined : marker);
  return {
    exclusion,
    marker: marker && { kind: marker.kind, text: marker.text },
    pairs,
    names,
  };
}
