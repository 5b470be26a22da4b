/**
 * Parses the aria-label of an Outlook on the web calendar tile (grade C: localized, composed by OWA as
 * when+subject, location, organizer, status, recurrence — docs/CALENDAR-MARKUP.md §2.3, format "verified Feb 2026" [O5][O11]):
 *
 *   "Budget, Q1 planning, 10:00 AM to 10:30 AM, Monday, November 23, 2026, Room 4, By Lopez, Maria, Busy, Recurring event"
 *
 * Subjects and organizer names contain commas, so the parser anchors on the time range and the date, never on
 * a comma count. Unknown shapes yield null (the caller skips the tile) rather than a wrong event.
 */
import type { DateParts } from '../time';

export interface TileLabel {
  subject: string;
  allDay: boolean;
  /** Minutes since midnight (absent for all-day tiles). */
  startMinutes?: number;
  endMinutes?: number;
  date?: DateParts;
  location?: string;
  /** The organizer's display name as shown ("Lopez, Maria"); absent for your own meetings. */
  organizer?: string;
  status?: string;
  recurring: boolean;
  teams: boolean;
}

const CLOCK = String.raw`\d{1,2}(?:[:.]\d{2})?(?:\s?[AaPp]\.?\s?[Mm]\.?|\s?Uhr)?`;
// "to" (en), "bis" (de), "à" (fr), "a" (es/it), "tot" (nl), "até" (pt), or a dash.
const RANGE = new RegExp(
  `, (${CLOCK})(?:\\s+(?:to|bis|à|a|tot|até)\\s+|\\s*[–—-]\\s*)(${CLOCK}), `,
  'g',
);
const ALL_DAY =
  /, (all[- ]day(?: event)?|ganztägig(?:es Ereignis)?|toute la journée|todo el día|tutto il giorno|hele dag), /gi;

const MONTHS: Record<string, number> = {
  january: 1, jan: 1, januar: 1, janvier: 1, enero: 1, february: 2, feb: 2, februar: 2, février: 2, febrero: 2,
  march: 3, mar: 3, märz: 3, mars: 3, marzo: 3, april: 4, apr: 4, avril: 4, abril: 4, may: 5, mai: 5, mayo: 5,
  june: 6, jun: 6, juni: 6, juin: 6, junio: 6, july: 7, jul: 7, juli: 7, juillet: 7, julio: 7,
  august: 8, aug: 8, août: 8, agosto: 8, september: 9, sep: 9, sept: 9, septembre: 9, septiembre: 9,
  october: 10, oct: 10, oktober: 10, okt: 10, octobre: 10, octubre: 10, november: 11, nov: 11, novembre: 11,
  noviembre: 11, december: 12, dec: 12, dezember: 12, dez: 12, décembre: 12, diciembre: 12,
}; // prettier-ignore

// After the range: ", <weekday>, <date>". en "November 23, 2026"; de "23. November 2026"; fr/es "23 novembre 2026";
// numeric "11/23/2026", "23.11.2026", "2026-11-23".
const DATE =
  /^, (?:[^\d,]+, )?(?:([^\d\s,]+)\.? (\d{1,2}), (\d{4})|(\d{1,2})\.? (?:de )?([^\d\s,]+)\.? (?:de )?(\d{4})|(\d{1,2})([./])(\d{1,2})\8(\d{4})|(\d{4})-(\d{2})-(\d{2}))/;

const RECURRING =
  /, (recurring event|serientermin|terminserie|événement périodique|evento periódico|evento ricorrente)$/i;
const STATUS =
  /, (busy|tentative|free|out of office|away|working elsewhere|gebucht|beschäftigt|mit vorbehalt|frei|abwesend|an anderem ort tätig|occupé|provisoire|libre|absent)$/i;
const TEAMS =
  /, (microsoft teams (?:meeting|besprechung)|microsoft teams-besprechung|réunion microsoft teams)(?=,|$)/i;
const ORGANIZER = /(?:^|, )(?:by|von|par|de|da|door|organizer:|organisator:) (.+)$/i;
// Icon descriptions OWA puts before the subject [O5].
const ICON_PREFIX =
  /^(?:(?:recurring )?meeting icon|appointment icon|private icon|besprechungssymbol), /i;

function clockMinutes(text: string): number | null {
  const m = /^(\d{1,2})(?:[:.](\d{2}))?\s?(?:([AaPp])\.?\s?[Mm]\.?)?/.exec(text.trim());
  if (!m) return null;
  let hour = Number(m[1]);
  const minute = Number(m[2] ?? 0);
  if (hour > 24 || minute > 59) return null;
  if (m[3]) hour = (hour % 12) + (m[3].toLowerCase() === 'p' ? 12 : 0);
  return hour * 60 + minute;
}

function parseDate(rest: string): { date: DateParts; length: number } | null {
  const m = DATE.exec(rest);
  if (!m) return null;
  const g = (i: number) => m[i] ?? '';
  let date: DateParts | null = null;
  if (m[1])
    date = { month: MONTHS[g(1).toLowerCase()] ?? 0, day: Number(m[2]), year: Number(m[3]) };
  else if (m[4])
    date = { month: MONTHS[g(5).toLowerCase()] ?? 0, day: Number(m[4]), year: Number(m[6]) };
  else if (m[7]) {
    // "/" is month-first (en-US), "." day-first (de and most of Europe).
    const [a, b] = [Number(m[7]), Number(m[9])];
    date =
      m[8] === '/'
        ? { month: a, day: b, year: Number(m[10]) }
        : { month: b, day: a, year: Number(m[10]) };
  } else if (m[11]) date = { year: Number(m[11]), month: Number(m[12]), day: Number(m[13]) };
  if (!date || date.month < 1 || date.month > 12 || date.day < 1 || date.day > 31) return null;
  return { date, length: m[0].length };
}

function parseTail(tail: string, into: TileLabel): void {
  let rest = tail;
  const take = (re: RegExp): string | undefined => {
    const m = re.exec(rest);
    if (!m) return undefined;
    rest = rest.slice(0, m.index) + rest.slice(m.index + m[0].length);
    return m[1];
  };
  into.recurring = take(RECURRING) !== undefined;
  const status = take(STATUS);
  if (status) into.status = status;
  into.teams = take(TEAMS) !== undefined;
  const organizer = take(ORGANIZER)?.trim();
  if (organizer) into.organizer = organizer;
  const location = rest.replace(/^, /, '').trim();
  if (location) into.location = location;
}

/** Parses a tile's aria-label; null when it does not have the shape above. Never throws. */
export function parseTileLabel(label: string | null | undefined): TileLabel | null {
  if (!label) return null;
  const text = label.replace(/\s+/g, ' ').trim();
  const anchors: { index: number; end: number; start?: number; stop?: number }[] = [];
  for (const m of text.matchAll(RANGE)) {
    const start = clockMinutes(m[1] ?? '');
    const stop = clockMinutes(m[2] ?? '');
    if (start !== null && stop !== null)
      anchors.push({ index: m.index, end: m.index + m[0].length - 2, start, stop });
  }
  for (const m of text.matchAll(ALL_DAY))
    anchors.push({ index: m.index, end: m.index + m[0].length - 2 });
  anchors.sort((a, b) => a.index - b.index);
  // The first anchor followed by a date is the real one: a subject like "Sync 10:00 - 11:00, prep" is skipped.
  for (const anchor of anchors) {
    const parsed = parseDate(text.slice(anchor.end));
    if (!parsed) continue;
    const subject = text.slice(0, anchor.index).replace(ICON_PREFIX, '').trim();
    const result: TileLabel = {
      subject,
      allDay: anchor.start === undefined,
      recurring: false,
      teams: false,
      date: parsed.date,
    };
    if (anchor.start !== undefined && anchor.stop !== undefined) {
      result.startMinutes = anchor.start;
      result.endMinutes = anchor.stop;
    }
    parseTail(text.slice(anchor.end + parsed.length), result);
    return result;
  }
  return null;
}
