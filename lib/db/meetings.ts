/** Meetings: one record per occurrence, found again by (site, eventKey). */
import type { Site } from '../schema/common';
import type { Meeting, Person } from '../schema/records';
import { queue, read, write, type Ctx } from './context';
import { bump, firstRevision, personBefore } from './rows';

export interface MeetingInput {
  personId: string;
  site: Site;
  /** Optional for manual meetings (one is generated). */
  eventKey?: string;
  seriesKey?: string;
  title: string;
  start: string;
  end: string;
}

/** Normalised UTC so index order is time order. */
export function isoUtc(time: string): string {
  const ms = Date.parse(time);
  if (Number.isNaN(ms)) throw new RangeError(`Not a date and time: ${time}`);
  return new Date(ms).toISOString();
}

/**
 * Creates the meeting or updates the stored one with the same (site, eventKey) — the calendar
 * may have moved or renamed it. A reschedule also moves the meeting's note in time order.
 */
export async function upsertMeeting(ctx: Ctx, input: MeetingInput): Promise<Meeting> {
  const eventKey = input.eventKey ?? `manual:${ctx.newId()}`;
  const fields = {
    personId: input.personId,
    site: input.site,
    eventKey,
    ...(input.seriesKey !== undefined && { seriesKey: input.seriesKey }),
    title: input.title,
    start: isoUtc(input.start),
    end: isoUtc(input.end),
  };
  return write(ctx, ['meetings', 'notes'], async (tx, touched) => {
    const meetings = tx.objectStore('meetings');
    const current = await meetings.index('byEvent').get([input.site, eventKey]);
    if (!current) {
      const now = ctx.now();
      const meeting: Meeting = {
        id: ctx.newId(),
        ...firstRevision(now),
        ...fields,
      };
      await meetings.add(meeting);
      touched.add('meetings', meeting.id);
      return meeting;
    }
    const candidate: Meeting = { ...current, ...fields };
    if (JSON.stringify(candidate) === JSON.stringify(current)) return current;
    const next = bump(candidate, ctx.now());
    queue(meetings.put(next));
    touched.add('meetings', next.id);
    if (next.start !== current.start) {
      const note = await tx.objectStore('notes').index('byMeeting').get(next.id);
      if (note) queue(tx.objectStore('notes').put({ ...note, sortAt: next.start }));
    }
    return next;
  });
}

export async function getMeeting(ctx: Ctx, id: string): Promise<Meeting | null> {
  return (await ctx.db.get('meetings', id)) ?? null;
}

export async function findMeetingByEvent(
  ctx: Ctx,
  site: Site,
  eventKey: string,
): Promise<Meeting | null> {
  return (await ctx.db.getFromIndex('meetings', 'byEvent', [site, eventKey])) ?? null;
}

/** One page of a person's meetings, newest first; pass the last start as `before` for the next. */
export async function meetingsForPerson(
  ctx: Ctx,
  personId: string,
  page: { before?: string; limit?: number } = {},
): Promise<Meeting[]> {
  return read(ctx, ['meetings'], async (tx) => {
    const range = personBefore(personId, page.before);
    return collect(
      await tx.store.index('byPersonStart').openCursor(range, 'prev'),
      page.limit ?? 20,
    );
  });
}

export async function lastMeetingBefore(
  ctx: Ctx,
  personId: string,
  before: string,
): Promise<Meeting | null> {
  const cursor = await ctx.db
    .transaction('meetings')
    .store.index('byPersonStart')
    .openCursor(personBefore(personId, isoUtc(before)), 'prev');
  return cursor?.value ?? null;
}

export interface UpcomingMeeting {
  meeting: Meeting;
  person: Person | null;
}

/**
 * Meetings that have not ended by `now`, soonest first: the next few of each person (people
 * are few; one bounded key range each), merged. No global time index: see migrations v2.
 */
export async function upcomingMeetings(
  ctx: Ctx,
  now: string,
  limit = 10,
): Promise<UpcomingMeeting[]> {
  const at = isoUtc(now);
  // Meetings last hours at most: start from a day back and skip those already over.
  const from = new Date(Date.parse(at) - 86_400_000).toISOString();
  return read(ctx, ['meetings', 'people'], async (tx) => {
    const people = await tx.objectStore('people').getAll();
    const index = tx.objectStore('meetings').index('byPersonStart');
    const perPerson = await Promise.all(
      people.map(async (person) => {
        const range = IDBKeyRange.bound([person.id, from], [person.id, []]);
        const found: UpcomingMeeting[] = [];
        let cursor = await index.openCursor(range);
        while (cursor && found.length < limit) {
          if (cursor.value.end > at) found.push({ meeting: cursor.value, person });
          cursor = await cursor.continue();
        }
        return found;
      }),
    );
    return perPerson
      .flat()
      .sort((a, b) => a.meeting.start.localeCompare(b.meeting.start))
      .slice(0, limit);
  });
}

/** The newest occurrence (by start) Tandem knows of a calendar series; null when none. */
export async function latestMeetingInSeries(ctx: Ctx, seriesKey: string): Promise<Meeting | null> {
  return read(ctx, ['meetings'], async (tx) =>
    newestByStart(await tx.store.index('bySeries').getAll(seriesKey)),
  );
}

function newestByStart(meetings: readonly Meeting[]): Meeting | null {
  let newest: Meeting | null = null;
  for (const m of meetings)
    if (!newest || m.start > newest.start || (m.start === newest.start && m.id > newest.id))
      newest = m;
  return newest;
}

/** An event as the calendar grid shows it (lib/sites/types.ts VisibleEvent). */
export interface SeriesOccurrence {
  site: Site;
  eventKey: string;
  seriesKey?: string;
  title: string;
  start?: string;
  end?: string;
}

const DAY = 86_400_000;

/**
 * Records the occurrences the calendar shows of series Tandem already knows (the user prepared
 * one of them), so "next 1:1s" lists them before they are opened. In one readwrite
 * transaction: for each distinct series key with a stored meeting on the same site, every
 * given occurrence not yet stored under (site, eventKey) becomes a meeting with the person of
 * the series' newest meeting. Skipped: events without a series key or a readable start, and
 * occurrences that ended more than a day before `now`. Existing meetings are never changed.
 * Returns how many meetings were added. Reads are pipelined: one `bySeries` getAll per series,
 * one `byEvent` lookup per candidate.
 */
export async function recordSeriesOccurrences(
  ctx: Ctx,
  events: readonly SeriesOccurrence[],
  now: string,
): Promise<number> {
  const oldest = Date.parse(isoUtc(now)) - DAY;
  const bySeries = new Map<string, { site: Site; eventKey: string; fields: NewFields }[]>();
  const seen = new Set<string>();
  for (const event of events) {
    if (!event.seriesKey || !event.eventKey) continue;
    const startMs = event.start ? Date.parse(event.start) : NaN;
    if (Number.isNaN(startMs)) continue;
    const parsedEnd = event.end ? Date.parse(event.end) : NaN;
    const endMs =
      Number.isNaN(parsedEnd) || parsedEnd < startMs ? startMs + 30 * 60_000 : parsedEnd;
    if (endMs < oldest) continue;
    const key = `${event.site}\u0000${event.eventKey}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const list = bySeries.get(event.seriesKey) ?? [];
    list.push({
      site: event.site,
      eventKey: event.eventKey,
      fields: {
        title: event.title.slice(0, 1000),
        start: new Date(startMs).toISOString(),
        end: new Date(endMs).toISOString(),
      },
    });
    bySeries.set(event.seriesKey, list);
  }
  if (bySeries.size === 0) return 0;
  return write(ctx, ['meetings'], async (tx, touched) => {
    const store = tx.objectStore('meetings');
    const series = [...bySeries.entries()];
    const known = await Promise.all(series.map(([key]) => store.index('bySeries').getAll(key)));
    const candidates: { seriesKey: string; personId: string; event: (typeof series)[0][1][0] }[] =
      [];
    series.forEach(([seriesKey, occurrences], i) => {
      const stored = known[i] ?? [];
      for (const event of occurrences) {
        const sameSite = stored.filter((m) => m.site === event.site);
        const newest = newestByStart(sameSite);
        if (!newest || sameSite.some((m) => m.eventKey === event.eventKey)) continue;
        candidates.push({ seriesKey, personId: newest.personId, event });
      }
    });
    // Stored under another (or no) series key: still the same occurrence.
    const elsewhere = await Promise.all(
      candidates.map(({ event }) => store.index('byEvent').getKey([event.site, event.eventKey])),
    );
    let added = 0;
    candidates.forEach(({ seriesKey, personId, event }, i) => {
      if (elsewhere[i] !== undefined) return;
      const at = ctx.now();
      const meeting: Meeting = {
        id: ctx.newId(),
        ...firstRevision(at),
        personId,
        site: event.site,
        eventKey: event.eventKey,
        seriesKey,
        ...event.fields,
      };
      queue(store.add(meeting));
      touched.add('meetings', meeting.id);
      added++;
    });
    return added;
  });
}

type NewFields = Pick<Meeting, 'title' | 'start' | 'end'>;

type Cursor<T> = { value: T; continue(): Promise<Cursor<T> | null> } | null;

/** Up to `limit` values from a cursor. */
export async function collect<T>(cursor: Cursor<T>, limit: number): Promise<T[]> {
  const values: T[] = [];
  while (cursor && values.length < limit) {
    values.push(cursor.value);
    cursor = await cursor.continue();
  }
  return values;
}
