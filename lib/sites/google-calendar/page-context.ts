/** What every Google Calendar read needs: who is signed in, the zone the grid is drawn in, decoded ids. */
import type { Person } from '../../detect';
import { emailOrUndefined, queryFirst, textOf } from '../dom-read';
import { datePartsOf, parseTimeRange, wallTimeToIso, type DateParts } from '../time';
import { decodeEventId, type DecodedEventId } from './event-id';
import { googleSelectors as S } from './selectors';

export interface GooglePageContext {
  self: Person;
  /** IANA zone from #xTimezone; undefined → the browser's zone. */
  timeZone?: string;
}

export function readPageContext(doc: Document): GooglePageContext {
  const email = emailOrUndefined(textOf(queryFirst(doc, S.userEmail)));
  const name = textOf(queryFirst(doc, S.userName)) || undefined;
  const timeZone = textOf(queryFirst(doc, S.timeZone)) || undefined;
  const self: Person = {};
  if (name) self.name = name;
  if (email) self.email = email;
  return timeZone ? { self, timeZone } : { self };
}

// Ids repeat on every pass (300 chips, re-read each frame): decode each string once.
const decoded = new Map<string, DecodedEventId | null>();

export function decodeCached(raw: string): DecodedEventId | null {
  let hit = decoded.get(raw);
  if (hit === undefined) {
    hit = decodeEventId(raw);
    if (decoded.size > 5000) decoded.clear();
    decoded.set(raw, hit);
  }
  return hit;
}

/** `data-datekey` packs a date: ((year-1970) << 9) | (month << 5) | day [E2], checked on three samples. */
export function dateFromDateKey(value: string | null): DateParts | null {
  const key = Number(value);
  if (!value || !Number.isInteger(key) || key <= 0) return null;
  const day = key & 31;
  const month = (key >> 5) & 15;
  const year = (key >> 9) + 1970;
  return day >= 1 && month >= 1 && month <= 12 ? { year, month, day } : null;
}

/**
 * Start/end ISO for a time-range text on a date. The date comes from the grid column when known; else from the
 * id's occurrence suffix (the ORIGINAL start: an occurrence moved in time keeps its suffix, so the text's
 * clock time wins; one moved to another day is only right when its column is known).
 */
export function timesFor(
  rangeText: string,
  date: DateParts | null,
  occurrenceStart: string | undefined,
  timeZone: string | undefined,
): { start?: string; end?: string } {
  const range = parseTimeRange(rangeText);
  if (!range) return {};
  const day = date ?? occurrenceDate(occurrenceStart, timeZone);
  if (!day) return {};
  const start = wallTimeToIso(day, range.start, timeZone);
  if (!start) return {};
  const lengthMin =
    range.end > range.start ? range.end - range.start : range.end + 1440 - range.start;
  return { start, end: new Date(Date.parse(start) + lengthMin * 60_000).toISOString() };
}

/** The local date of an occurrence suffix: "2026-11-23" as is, an instant in the grid's zone. */
export function occurrenceDate(
  occurrenceStart: string | undefined,
  timeZone?: string,
): DateParts | null {
  if (!occurrenceStart) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(occurrenceStart);
  if (m) return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  return datePartsOf(occurrenceStart, timeZone);
}

const MONTHS: Record<string, number> = {
  jan: 1, januar: 1, january: 1, feb: 2, februar: 2, february: 2, mar: 3, märz: 3, march: 3,
  apr: 4, april: 4, may: 5, mai: 5, jun: 6, juni: 6, june: 6, jul: 7, juli: 7, july: 7,
  aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, okt: 10, oktober: 10, october: 10,
  nov: 11, november: 11, dec: 12, dez: 12, dezember: 12, december: 12,
}; // prettier-ignore

/**
 * Last resort for a date printed in text ("Monday, November 23", "Montag, 23. November 2026"): en and de.
 * The year defaults to the one in the URL (/r/week/2026/11/23), else the current one.
 */
export function dateFromText(text: string, url: URL): DateParts | null {
  const m =
    /([A-Za-zäÄ]{3,})\.? (\d{1,2})(?:, (\d{4}))?/.exec(text) ??
    /(\d{1,2})\. ?([A-Za-zäÄ]{3,})(?: (\d{4}))?/.exec(text);
  if (!m) return null;
  const [monthWord, dayText] = /^\d/.test(m[1] ?? '') ? [m[2], m[1]] : [m[1], m[2]];
  const month = MONTHS[(monthWord ?? '').toLowerCase()];
  if (!month) return null;
  const urlYear = /\/(\d{4})\/\d{1,2}\/\d{1,2}/.exec(url.pathname)?.[1];
  const year = Number(m[3] ?? urlYear ?? new Date().getFullYear());
  return { year, month, day: Number(dayText) };
}
