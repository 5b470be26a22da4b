/**
 * Wall-clock times as calendar pages print them, to ISO instants. Shared by the site adapters.
 * No Intl parsing of page text: the formats are few and known (12h "10:30am"/"10:30 AM", 24h "10:30"/"10.30").
 */

export interface Clock {
  hour: number;
  minute: number;
  /** 'am' | 'pm' when the text said so. */
  half?: 'am' | 'pm';
}

const CLOCK = /(\d{1,2})(?:[:.](\d{2}))?\s*(?:([ap])\.?\s?m\b\.?)?/i;
// A clock token, then "to" / "bis" / "à" / "a" / "–" / "-" / "~" / "～", then another clock token.
const RANGE =
  /(\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?\s?m\.?)?)\s*(?:to|bis|à|a|–|—|-|~|～)\s*(\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?\s?m\.?)?)/i;

export function parseClock(text: string): Clock | null {
  const m = CLOCK.exec(text.trim());
  if (!m?.[1]) return null;
  const hour = Number(m[1]);
  const minute = m[2] ? Number(m[2]) : 0;
  if (hour > 24 || minute > 59) return null;
  const half = m[3] ? (m[3].toLowerCase() === 'a' ? 'am' : 'pm') : undefined;
  return half ? { hour, minute, half } : { hour, minute };
}

function to24h(clock: Clock, half: 'am' | 'pm' | undefined): number {
  if (!half) return clock.hour;
  const h = clock.hour % 12;
  return half === 'pm' ? h + 12 : h;
}

/** Minutes since midnight of a "start – end" range; Google writes "10 – 10:30am" (one am/pm for both). */
export function parseTimeRange(text: string): { start: number; end: number } | null {
  const m = RANGE.exec(text);
  if (!m?.[1] || !m[2]) return null;
  const a = parseClock(m[1]);
  const b = parseClock(m[2]);
  if (!a || !b) return null;
  const endHalf = b.half;
  let startHalf = a.half ?? endHalf;
  let start = to24h(a, startHalf) * 60 + a.minute;
  const end = to24h(b, endHalf) * 60 + b.minute;
  // "11 – 12:30pm" means 11am: inheriting "pm" must not put the start after the end.
  if (!a.half && endHalf === 'pm' && start > end) {
    startHalf = 'am';
    start = to24h(a, startHalf) * 60 + a.minute;
  }
  return { start, end };
}

const formatters = new Map<string, Intl.DateTimeFormat | null>();
const offsets = new Map<string, number>();

function formatterFor(timeZone: string): Intl.DateTimeFormat | null {
  let f = formatters.get(timeZone);
  if (f === undefined) {
    try {
      f = new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
      });
    } catch {
      f = null; // unknown zone name: fall back to the browser's zone
    }
    formatters.set(timeZone, f);
  }
  return f;
}

/** The zone's offset from UTC (ms) at an instant; cached per zone and hour, so a 300-chip pass stays cheap. */
function offsetAt(utcMs: number, timeZone: string, f: Intl.DateTimeFormat): number {
  const key = `${timeZone}|${Math.floor(utcMs / 3_600_000)}`;
  const cached = offsets.get(key);
  if (cached !== undefined) return cached;
  const p: Record<string, number> = {};
  for (const part of f.formatToParts(new Date(utcMs))) p[part.type] = Number(part.value);
  const asUtc = Date.UTC(p.year ?? 0, (p.month ?? 1) - 1, p.day ?? 1, p.hour ?? 0, p.minute ?? 0);
  const offset = asUtc - (utcMs - (utcMs % 60_000));
  if (offsets.size > 500) offsets.clear();
  offsets.set(key, offset);
  return offset;
}

/** A wall-clock time in `timeZone` (IANA; default: the browser's) to an ISO 8601 UTC instant. */
export function wallTimeToIso(
  date: { year: number; month: number; day: number },
  minutes: number,
  timeZone?: string,
): string | undefined {
  const { year, month, day } = date;
  const f = timeZone ? formatterFor(timeZone) : null;
  let ms: number;
  if (f) {
    const guess = Date.UTC(year, month - 1, day, 0, minutes);
    const first = offsetAt(guess - offsetAt(guess, timeZone!, f), timeZone!, f);
    ms = guess - first;
  } else {
    ms = new Date(year, month - 1, day, 0, minutes).getTime();
  }
  return Number.isFinite(ms) ? new Date(ms).toISOString() : undefined;
}

export interface DateParts {
  year: number;
  month: number;
  day: number;
}

/** "20261123" → parts. */
export function parseCompactDate(text: string | null | undefined): DateParts | null {
  const m = text ? /^(\d{4})(\d{2})(\d{2})$/.exec(text.trim()) : null;
  return m ? { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) } : null;
}

/** The date an ISO instant falls on in a zone (default: the browser's). */
export function datePartsOf(iso: string, timeZone?: string): DateParts | null {
  const ms = Date.parse(iso);
  if (!Number.isFinite(ms)) return null;
  const f = timeZone ? formatterFor(timeZone) : null;
  const d = new Date(f ? ms + offsetAt(ms, timeZone!, f) : ms);
  return f
    ? { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() }
    : { year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate() };
}
