/**
 * Finds the topics written in a calendar event's description: a block under a heading such as
 * "Agenda", "Topics", "Talking points", "To discuss" (German: "Themen", "Tagesordnung",
 * "Zu besprechen") whose lines are bullets, dashes, numbers or checkboxes, or the block
 * Tandem's "Copy agenda for the invite" writes (see handover.ts), which also names each
 * topic's owner. Pure: plain text in (the adapters turn the page's markup into lines with
 * lib/sites/description-text.ts), plain strings out; nothing here ever becomes markup.
 *
 * Linear in the text: one pass over the lines, every pattern anchored and bounded, so a 50 kB
 * description costs well under a millisecond.
 */

export interface EventTopic {
  text: string;
  /** The owner's name as the block states it (Tandem blocks only); absent = the other person. */
  by?: string;
}

/** The heading of the block handover.ts writes; recognised case-insensitively. */
export const TANDEM_HEADING = 'Agenda (Tandem)';
/** Between a topic and its owner's name in a Tandem block. */
export const OWNER_SEPARATOR = ' — ';

export const MAX_TOPICS = 50;
export const MAX_TOPIC_LENGTH = 500;
/** Longer descriptions are read up to here (the adapters cut at the same length). */
export const MAX_DESCRIPTION = 50_000;

const HEADINGS = new Set([
  'agenda',
  'topics',
  'talking points',
  'to discuss',
  'discussion points',
  'themen',
  'tagesordnung',
  'zu besprechen',
  'gesprächspunkte',
  'punkte',
]);

/** Markdown heading marks, bold/italic wrappers and a trailing colon around a heading word. */
const HEADING_DECOR = /^(?:#{1,6}\s*)?[*_]{0,3}\s*(.{1,40}?)\s*[*_]{0,3}\s*:?\s*[*_]{0,3}$/;
/**
 * A list line: dash, bullet (Word's Symbol-font bullet U+F0B7 included), number, letter or a
 * checkbox, in Markdown or as plain characters.
 */
const LIST_ITEM =
  /^(?:[-*+•·◦▪‣⁃–—\uf0b7\uf0a7]|\d{1,3}[.)]|[a-z][.)]|[☐☑☒✓✔□■])\s+(?:\[[ xX]?\]\s+)?(.*)$/;
const BARE_CHECKBOX = /^\[[ xX]?\]\s+(.*)$/;

/** Lower case, no diacritics, punctuation and runs of space folded: "Q1 Budget!" ≈ "q1 budget". */
export function topicKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .slice(0, 600);
}

function headingOf(line: string): 'tandem' | 'plain' | null {
  if (line.length > 60) return null;
  const word = HEADING_DECOR.exec(line)?.[1]?.toLowerCase().replace(/\s+/g, ' ');
  if (!word) return null;
  if (word === TANDEM_HEADING.toLowerCase()) return 'tandem';
  return HEADINGS.has(word) ? 'plain' : null;
}

/** Markdown links keep their text; emphasis and code marks go; whitespace folds. */
function cleanText(raw: string): string {
  return raw
    .slice(0, MAX_TOPIC_LENGTH * 4)
    .replace(/\[([^[\]\n]{0,500})\]\([^()[\]\s]{0,1000}\)/g, '$1')
    .replace(/(\*\*|__|`)/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_TOPIC_LENGTH);
}

function itemOf(line: string): string | null {
  const m = LIST_ITEM.exec(line) ?? BARE_CHECKBOX.exec(line);
  return m ? (m[1] ?? '') : null;
}

function topicOf(raw: string, tandem: boolean): EventTopic | null {
  let text = raw;
  let by: string | undefined;
  if (tandem) {
    const at = raw.lastIndexOf(OWNER_SEPARATOR.trim());
    if (at > 0 && /\s/.test(raw[at - 1] ?? '')) {
      by = cleanText(raw.slice(at + 1));
      text = raw.slice(0, at);
    }
  }
  const clean = cleanText(text);
  if (!clean) return null;
  return by ? { text: clean, by } : { text: clean };
}

/** Every topic listed under a known heading, in order, each normalised text once. */
export function parseEventTopics(description: string): EventTopic[] {
  const lines = description.slice(0, MAX_DESCRIPTION).split(/\r\n|\r|\n|\u2028/);
  const out: EventTopic[] = [];
  const seen = new Set<string>();
  let block: 'tandem' | 'plain' | null = null;
  let inList = false;
  for (const rawLine of lines) {
    const line = rawLine.replace(/\u00a0/g, ' ').trim();
    if (!line) {
      // A blank line may sit between a heading and its list, not inside one.
      if (inList) block = null;
      continue;
    }
    const heading = headingOf(line);
    if (heading) {
      block = heading;
      inList = false;
      continue;
    }
    if (!block) continue;
    const item = itemOf(line);
    if (item === null) {
      block = null;
      continue;
    }
    inList = true;
    const topic = topicOf(item, block === 'tandem');
    const key = topic && topicKey(topic.text);
    if (!topic || !key || seen.has(key)) continue;
    seen.add(key);
    out.push(topic);
    if (out.length >= MAX_TOPICS) break;
  }
  return out;
}
