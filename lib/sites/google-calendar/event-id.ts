/**
 * Google Calendar event ids as the page carries them (`data-eventid`, the `eid` of `/r/eventedit/<eid>`).
 * The value is unpadded base64 of "<eventId> <calendarId>" (verified by decoding real samples, see
 * docs/CALENDAR-MARKUP.md §1.4). Recurring occurrences carry `_YYYYMMDDTHHMMSSZ` (timed) or
 * `_YYYYMMDD` (all-day) after the series id.
 */

export interface DecodedEventId {
  /** The event id, with the occurrence suffix when there is one. */
  eventId: string;
  /** The calendar id, shorthands expanded ("@g" → "@group.calendar.google.com"); '' when absent. */
  calendarId: string;
  /** The series id (the event id before `_YYYYMMDD…`), only for occurrences of a recurring series. */
  seriesId?: string;
  /** The occurrence's original start, ISO 8601: a UTC instant for timed events, a date for all-day ones. */
  occurrenceStart?: string;
  /** Google Tasks (`tasks_…` legacy, `ttb_…` since 2023): not calendar events. */
  isTask: boolean;
}

// Shorthands Google uses inside ids (docs/CALENDAR-MARKUP.md §1.4, seen 2019–2026): '@g' and '@v' verified, '@m' inferred.
const CALENDAR_SHORTHANDS: Record<string, string> = {
  m: 'gmail.com',
  g: 'group.calendar.google.com',
  v: 'group.v.calendar.google.com',
};

const OCCURRENCE = /^(.+)_(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})Z)?$/;

/** base64 or base64url, with or without padding, to UTF-8 text; null when it is not base64. */
export function decodeBase64Text(raw: string): string | null {
  const b64 = raw.trim().replace(/-/g, '+').replace(/_/g, '/');
  if (!b64 || !/^[A-Za-z0-9+/]+={0,2}$/.test(b64) || b64.length % 4 === 1) return null;
  const unpadded = b64.replace(/=+$/, '');
  try {
    const binary = atob(unpadded + '='.repeat((4 - (unpadded.length % 4)) % 4));
    const bytes = Uint8Array.from(binary, (ch) => ch.charCodeAt(0));
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function expandCalendarId(id: string): string {
  const at = id.lastIndexOf('@');
  const domain = at >= 0 ? CALENDAR_SHORTHANDS[id.slice(at + 1)] : undefined;
  return domain ? `${id.slice(0, at + 1)}${domain}` : id;
}

function occurrenceOf(eventId: string): Pick<DecodedEventId, 'seriesId' | 'occurrenceStart'> {
  const m = OCCURRENCE.exec(eventId);
  if (!m) return {};
  const [, seriesId, y, mo, d, h, mi, s] = m;
  const occurrenceStart = h ? `${y}-${mo}-${d}T${h}:${mi}:${s}.000Z` : `${y}-${mo}-${d}`;
  return { seriesId, occurrenceStart };
}

/** Decodes a `data-eventid`/`eid`; null when it is not one (never throws). */
export function decodeEventId(raw: string | null | undefined): DecodedEventId | null {
  if (!raw) return null;
  const value = raw.trim();
  if (value.startsWith('tasks_')) {
    return { eventId: value, calendarId: '', isTask: true };
  }
  const isTask = value.startsWith('ttb_');
  const text = decodeBase64Text(isTask ? value.slice(4) : value);
  // Real ids decode to printable text with no control characters; anything else is not an id.
  if (!text || /\p{Cc}/u.test(text)) return null;
  const space = text.indexOf(' ');
  const eventId = space < 0 ? text : text.slice(0, space);
  if (!eventId) return null;
  const calendarId = space < 0 ? '' : expandCalendarId(text.slice(space + 1).trim());
  return { eventId, calendarId, isTask, ...(isTask ? {} : occurrenceOf(eventId)) };
}

/** The key of one occurrence: "<eventId> <calendarId>" (types.ts `CalendarEvent.eventKey`). */
export function eventKeyOf(id: DecodedEventId): string {
  return id.calendarId ? `${id.eventId} ${id.calendarId}` : id.eventId;
}

/** The key of the series an occurrence belongs to, if it is one. */
export function seriesKeyOf(id: DecodedEventId): string | undefined {
  if (!id.seriesId) return undefined;
  return id.calendarId ? `${id.seriesId} ${id.calendarId}` : id.seriesId;
}

/** Fallback when `data-eventid` is missing: `jslog="… 2:["<eventId>","<calendarId>" …"` (docs/CALENDAR-MARKUP.md §1.4). */
export function idFromJslog(jslog: string | null | undefined): DecodedEventId | null {
  const m = jslog ? /2:\["([^"]+)",(?:"([^"]*)"|null)/.exec(jslog) : null;
  if (!m?.[1]) return null;
  const eventId = m[1];
  return {
    eventId,
    calendarId: m[2] ? expandCalendarId(m[2]) : '',
    isTask: false,
    ...occurrenceOf(eventId),
  };
}
