/** The open event: the details bubble (#xDetDlg) or the full-page editor (/r/eventedit/<eid>). */
import type { Person } from '../../detect';
import type { CalendarEvent } from '../types';
import {
  attrOf,
  emailOrUndefined,
  isHidden,
  queryAll,
  queryFirst,
  textOf,
  type SelectorList,
} from '../dom-read';
import { MAX_DESCRIPTION_CHARS, descriptionText } from '../description-text';
import { parseClock, parseCompactDate, wallTimeToIso } from '../time';
import { eventKeyOf, idFromJslog, seriesKeyOf, type DecodedEventId } from './event-id';
import {
  dateFromDateKey,
  dateFromText,
  decodeCached,
  occurrenceDate,
  timesFor,
  type GooglePageContext,
} from './page-context';
import {
  DATE_KEY_ATTR,
  EDIT_URL,
  EVENT_ID_ATTR,
  ORGANIZER_LINE,
  ORGANIZER_WORDS,
  googleSelectors as S,
} from './selectors';

interface Guests {
  attendees: Person[];
  organizer?: Person;
}

function readGuests(root: ParentNode, rowSelectors: SelectorList): Guests {
  const attendees: Person[] = [];
  let organizer: Person | undefined;
  const seen = new Set<string>();
  for (const row of queryAll(root, rowSelectors)) {
    const email = emailOrUndefined(row.getAttribute('data-email')); // guestRow's attribute
    if (!email || seen.has(email)) continue;
    seen.add(email);
    const label = attrOf(row, 'aria-label');
    const name = textOf(queryFirst(row, S.guestName)) || label.split(',')[0]?.trim() || undefined;
    const person: Person = name && name !== email ? { name, email } : { email };
    attendees.push(person);
    if (!organizer && ORGANIZER_WORDS.test(label)) organizer = person;
  }
  return organizer ? { attendees, organizer } : { attendees };
}

/** Phase 1 of the bubble has no guest rows yet: the organizer comes from #xDetDlgCal and the id. */
function organizerFromCalendarLine(details: Element, id: DecodedEventId): Person | undefined {
  const line = queryFirst(details, S.detailsCalendar);
  let name: string | undefined;
  for (const el of line ? Array.from(line.querySelectorAll('div, span')) : []) {
    const m = ORGANIZER_LINE.exec(textOf(el));
    if (m?.[1]) name = m[1].trim();
  }
  if (!name) return undefined;
  // Events on someone else's calendar carry that calendar (= the organizer's address) in the id.
  const email = /@group\.|@import\./.test(id.calendarId)
    ? undefined
    : emailOrUndefined(id.calendarId);
  return email ? { name, email } : { name };
}

/** "For events you own, the calendar id in the event id equals #xUserEmail" (docs/CALENDAR-MARKUP.md §1.5): I organise it. */
function ownEventOrganizer(id: DecodedEventId, ctx: GooglePageContext): Person | undefined {
  const mine = ctx.self.email && id.calendarId.toLowerCase() === ctx.self.email;
  return mine ? { ...ctx.self } : undefined;
}

function chipDateFor(doc: Document, raw: string) {
  if (!/^[\w+/=-]+$/.test(raw)) return null;
  const chip = queryFirst(
    doc,
    S.chip.map((selector) => `${selector}[${EVENT_ID_ATTR}="${raw}"]`),
  );
  return dateFromDateKey(chip?.closest(S.dayColumn[0])?.getAttribute(DATE_KEY_ATTR) ?? null);
}

function openDetails(doc: Document): Element | null {
  const dialog = queryFirst(doc, S.dialog);
  if (!dialog || isHidden(dialog)) return null;
  return queryFirst(dialog, S.details);
}

/**
 * Whether an event's details are on screen (the bubble, or the editor of an existing event),
 * readable or not. A task's bubble is not an event, so it does not count.
 */
export function eventDetailsShown(doc: Document, url: URL): boolean {
  if (EDIT_URL.test(url.pathname) || queryFirst(doc, S.editRoot)) return true;
  const details = openDetails(doc);
  if (!details) return false;
  const raw = attrOf(details, EVENT_ID_ATTR);
  const id = (raw ? decodeCached(raw) : null) ?? idFromJslog(details.getAttribute('jslog'));
  return !id?.isTask;
}

export function readDetailsBubble(
  doc: Document,
  url: URL,
  ctx: GooglePageContext,
): CalendarEvent | null {
  const details = openDetails(doc);
  if (!details) return null;
  const raw = attrOf(details, EVENT_ID_ATTR);
  const id = (raw ? decodeCached(raw) : null) ?? idFromJslog(details.getAttribute('jslog'));
  if (!id || id.isTask) return null;
  const title = textOf(queryFirst(details, S.detailsTitle));
  if (!title) return null; // still loading
  const whenEl = queryFirst(details, S.detailsWhen);
  // #xDetDlgWhen also holds the heading: drop it so a title like "Sync 10 – 11" is not read as the time.
  const whenText = textOf(whenEl).replace(title, ' ');
  const date =
    chipDateFor(doc, raw) ??
    occurrenceDate(id.occurrenceStart, ctx.timeZone) ??
    dateFromText(whenText, url);
  const guests = readGuests(details, S.guestRow);
  const organizer =
    guests.organizer ?? organizerFromCalendarLine(details, id) ?? ownEventOrganizer(id, ctx);
  return build(
    id,
    title,
    timesFor(whenText, date, id.occurrenceStart, ctx.timeZone),
    guests,
    organizer,
    ctx,
    describe(queryFirst(details, S.detailsDescription)),
  );
}

function timeInput(root: ParentNode, selectors: SelectorList): number | null {
  const input = queryFirst(root, selectors) as HTMLInputElement | null;
  const clock = parseClock(input?.value || attrOf(input, 'data-initial-value'));
  if (!clock) return null;
  const hour = clock.half ? (clock.hour % 12) + (clock.half === 'pm' ? 12 : 0) : clock.hour;
  return hour * 60 + clock.minute;
}

export function readEditPage(
  doc: Document,
  url: URL,
  ctx: GooglePageContext,
): CalendarEvent | null {
  const fromUrl = EDIT_URL.exec(url.pathname)?.[1];
  const root = queryFirst(doc, S.editRoot);
  if (!root && !fromUrl) return null;
  const raw = attrOf(root, EVENT_ID_ATTR) || decodeURIComponent(fromUrl ?? '');
  const id = decodeCached(raw);
  if (!id || id.isTask) return null;
  const scope: ParentNode = root ?? doc;
  const titleInput = queryFirst(scope, S.editTitle) as HTMLInputElement | null;
  const title = (titleInput?.value || attrOf(titleInput, 'data-initial-value')).trim();
  if (!title) return null;
  const startDate = parseCompactDate(attrOf(queryFirst(scope, S.editStartDate), 'data-date'));
  const endDate =
    parseCompactDate(attrOf(queryFirst(scope, S.editEndDate), 'data-date')) ?? startDate;
  const startMin = timeInput(scope, S.editStartTime);
  const endMin = timeInput(scope, S.editEndTime);
  const times: { start?: string; end?: string } = {};
  if (startDate && endDate && startMin !== null && endMin !== null) {
    times.start = wallTimeToIso(startDate, startMin, ctx.timeZone);
    times.end = wallTimeToIso(endDate, endMin, ctx.timeZone);
  }
  const panel = queryFirst(scope, S.editGuestPanel) ?? scope;
  const guests = readGuests(panel, S.guestRow);
  return build(
    id,
    title,
    times,
    guests,
    guests.organizer,
    ctx,
    describe(queryFirst(scope, S.editDescription)),
  );
}

function build(
  id: DecodedEventId,
  title: string,
  times: { start?: string; end?: string },
  guests: Guests,
  organizer: Person | undefined,
  ctx: GooglePageContext,
  description: string,
): CalendarEvent {
  const event: CalendarEvent = {
    site: 'google',
    eventKey: eventKeyOf(id),
    title,
    attendees: guests.attendees,
    self: ctx.self,
  };
  const seriesKey = seriesKeyOf(id);
  if (seriesKey) event.seriesKey = seriesKey;
  if (times.start) event.start = times.start;
  if (times.end) event.end = times.end;
  if (organizer) event.organizer = organizer;
  if (ctx.timeZone) event.timeZone = ctx.timeZone;
  if (description) event.description = description;
  return event;
}

const describe = (el: Element | null) => (el ? descriptionText(el, MAX_DESCRIPTION_CHARS) : '');
