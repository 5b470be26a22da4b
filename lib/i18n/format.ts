/**
 * Dates and times in the active language. A meeting's time is shown in the calendar's own
 * zone when the page states it (Google Calendar does, in #xTimezone): the calendar and the
 * browser may disagree, and the sidebar sits beside the calendar. Everything else (when a note
 * was written, "today") is in the browser's zone.
 */
import { currentLocale } from './catalog';

const cache = new Map<string, Intl.DateTimeFormat>();

function formatter(options: Intl.DateTimeFormatOptions, timeZone: string | undefined) {
  const key = `${currentLocale()}|${timeZone ?? ''}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) {
    try {
      f = new Intl.DateTimeFormat(currentLocale(), { ...options, ...(timeZone && { timeZone }) });
    } catch {
      // An unknown zone name: the browser's zone rather than nothing.
      f = new Intl.DateTimeFormat(currentLocale(), options);
    }
    cache.set(key, f);
  }
  return f;
}

const WHEN: Intl.DateTimeFormatOptions = {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
};
const DAY: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', year: 'numeric' };

function valid(iso: string): Date | undefined {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** "Mon, 23 Nov 2026, 10:00" / "Mo., 23. Nov. 2026, 10:00"; `timeZone` IANA or the browser's. */
export function formatWhen(iso: string, timeZone?: string): string {
  const date = valid(iso);
  return date ? formatter(WHEN, timeZone).format(date) : '';
}

/** "23 Nov 2026" / "23. Nov. 2026". */
export function formatDay(iso: string, timeZone?: string): string {
  const date = valid(iso);
  return date ? formatter(DAY, timeZone).format(date) : '';
}

/** A calendar date without a time ("2026-03-09", as date inputs give it), in no zone at all. */
export function formatDate(ymd: string): string {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(ymd) ? valid(`${ymd}T00:00:00Z`) : undefined;
  return date ? formatter(DAY, 'UTC').format(date) : ymd;
}
