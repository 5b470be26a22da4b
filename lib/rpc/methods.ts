/**
 * Every call the sidebar frame may make to the background, declared once: its argument schema
 * (zod; the background parses before any work) beside its handler. Plain repository calls are one
 * line each in REPOSITORY_CALLS; HANDLERS holds the calls that add logic of their own, above all
 * `openPrep` (a 1:1 the user opened) and `openPersonPrep` (a person picked by hand), which turn
 * what the page showed into records. Adding a method means one entry here and its call site.
 */
import { z } from '../schema/zod';
import { Cadence, Category, Relationship } from '../schema/common';
import { CalendarEventMessage, DetectionMessage } from '../messaging/messages';
import type { Repository } from '../db/repository';
import { naturalName } from '../detect/natural-name';
import { saveSettings } from '../settings/settings-sync';
import { Mood } from '../schema/records';

const Id = z.string().min(1).max(200);
const Who = z.enum(['me', 'them']);
const Visibility = z.enum(['shared', 'private']);
const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const TextEdit = z.object({
  text: z.string().max(200_000),
  baseRev: z.number().int().min(0),
  baseText: z.string().max(200_000),
});

type RepositoryArgs = {
  [K in keyof Repository]?: z.ZodType<Parameters<Repository[K]>>;
};

/** Calls passed straight to the repository (lib/db/repository.ts): name → argument tuple. */
const REPOSITORY_CALLS = {
  historyPage: z.tuple([
    Id,
    z.object({
      before: z.string().max(40).optional(),
      limit: z.number().int().min(1).max(100).optional(),
    }),
  ]),
  search: z.tuple([
    z.string().max(500),
    z.object({ personId: Id.optional(), limit: z.number().int().min(1).max(100).optional() }),
  ]),
  savePerson: z.tuple([
    Id,
    z.object({
      displayName: z.string().trim().min(1).max(300).optional(),
      relationship: Relationship.optional(),
      relationshipAsked: z.literal(true).optional(),
      cadence: Cadence.optional(),
    }),
    z.object({ baseRev: z.number().int().min(0) }),
  ]),
  addAgendaItem: z.tuple([
    z.object({
      personId: Id,
      meetingId: Id.nullable(),
      text: z.string().trim().min(1).max(5000),
      addedBy: Who.optional(),
      visibility: Visibility.optional(),
    }),
  ]),
  setAgendaDone: z.tuple([Id, z.boolean(), z.object({ inMeetingId: Id.optional() })]),
  setAgendaAddedBy: z.tuple([Id, Who]),
  setAgendaVisibility: z.tuple([Id, Visibility]),
  /** Topics the sidebar read from the event's description (lib/agenda/event-topics.ts). */
  addEventTopics: z.tuple([
    Id,
    z
      .array(z.object({ text: z.string().trim().min(1).max(500), addedBy: Who }))
      .min(1)
      .max(50),
  ]),
  removeAgendaItem: z.tuple([Id, Id]),
  addStandingTopic: z.tuple([
    Id,
    z.object({
      text: z.string().trim().min(1).max(300),
      every: z.number().int().min(1).max(52),
      unit: z.enum(['meetings', 'weeks']),
    }),
  ]),
  removeStandingTopic: z.tuple([Id, Id]),
  setStandingTopicDiscussed: z.tuple([Id, Id, Id, z.boolean()]),
  reorderAgenda: z.tuple([z.array(Id).max(1000)]),
  addActionItem: z.tuple([
    z.object({
      personId: Id,
      meetingId: Id.nullable(),
      text: z.string().trim().min(1).max(5000),
      owner: Who.optional(),
      due: Day.optional(),
      visibility: Visibility.optional(),
    }),
  ]),
  setActionDone: z.tuple([Id, z.boolean()]),
  /** Owner, due day (null clears it) and visibility: the recap confirms them. */
  editActionItem: z.tuple([
    Id,
    z.object({
      owner: Who.optional(),
      due: Day.nullable().optional(),
      visibility: Visibility.optional(),
    }),
  ]),
  saveMeetingNote: z.tuple([
    Id,
    TextEdit.extend({
      topics: z.array(Category).max(20).optional(),
      private: z.boolean().optional(),
    }),
  ]),
  setMeetingMood: z.tuple([Id, Mood.nullable()]),
  dismissConflicts: z.tuple([z.enum(['note', 'agenda', 'action', 'person']), Id]),
  listQuestions: z.tuple([]),
  logAsked: z.tuple([
    z.object({
      questionId: Id,
      personId: Id,
      meetingId: Id.nullable(),
      outcome: z.enum(['asked', 'skipped']),
    }),
  ]),
  getSettings: z.tuple([]),
} satisfies RepositoryArgs;

interface Context {
  repo: () => Promise<Repository>;
  now: () => Date;
}

/** A call with logic of its own: the argument tuple and the handler side by side. */
function handler<A extends z.ZodTuple, R>(
  args: A,
  run: (ctx: Context, ...args: z.infer<A> & unknown[]) => Promise<R>,
) {
  return { args, run };
}

const HOUR = 3_600_000;

/** Page times can be missing (an all-day chip, a layout we read partly): a sane default. */
function startOrNow(start: string | undefined, now: Date): string {
  if (start && !Number.isNaN(Date.parse(start))) return new Date(start).toISOString();
  return new Date(Math.floor(now.getTime() / HOUR) * HOUR).toISOString();
}

/** Everything the sidebar shows for one meeting; the three reads run side by side. */
async function prepFor(r: Repository, meeting: { id: string; personId: string; start: string }) {
  const [bundle, history, recent] = await Promise.all([
    r.prepBundle(meeting.id),
    r.historyPage(meeting.personId, { before: meeting.start, limit: 10 }),
    r.notesForPerson(meeting.personId, { limit: 50 }),
  ]);
  // Quick notes (from the popup) belong to no meeting but to the person's running history.
  return { bundle, history, quickNotes: recent.filter((n) => !n.meetingId) };
}

const HANDLERS = {
  openPrep: handler(
    z.tuple([z.object({ event: CalendarEventMessage, detection: DetectionMessage })]),
    async ({ repo, now }, { event, detection }) => {
      const r = await repo();
      const counterpart = detection.counterpart ?? {};
      const name = counterpart.name ? naturalName(counterpart.name) : undefined;
      const start = startOrNow(event.start, now());
      const end =
        event.end && !Number.isNaN(Date.parse(event.end))
          ? new Date(event.end).toISOString()
          : new Date(Date.parse(start) + 30 * 60_000).toISOString();
      // Fast path, reads only: the meeting is known and nothing about it changed (the usual case
      // when a user opens a 1:1 again). Writes cost most of the time in IndexedDB.
      const known = await r.findMeetingByEvent(event.site, event.eventKey);
      const person = known && (await r.getPerson(known.personId));
      const samePerson =
        person &&
        (counterpart.email
          ? person.emails.includes(counterpart.email.toLowerCase())
          : !name || person.displayName === name);
      if (
        known &&
        samePerson &&
        known.title === event.title &&
        known.start === start &&
        known.end === end &&
        known.seriesKey === event.seriesKey
      ) {
        return prepFor(r, known);
      }
      const who = await r.ensurePersonForEvent({
        ...(counterpart.email && { email: counterpart.email }),
        ...(name && { name }),
        ...(!counterpart.email && !name && { name: event.title || 'Unnamed 1:1' }),
      });
      const meeting = await r.upsertMeeting({
        personId: who.id,
        site: event.site,
        eventKey: event.eventKey,
        ...(event.seriesKey && { seriesKey: event.seriesKey }),
        title: event.title,
        start,
        end,
      });
      return prepFor(r, meeting);
    },
  ),
  openPersonPrep: handler(z.tuple([Id]), async ({ repo, now }, personId) => {
    const r = await repo();
    const person = await r.getPerson(personId);
    if (!person) throw new Error('That person no longer exists.');
    // Their next meeting when Tandem has seen one; else a manual meeting for today, one per day.
    const today = now();
    const upcoming = (
      await r.upcomingMeetings(new Date(today.getTime() - 12 * HOUR).toISOString(), 50)
    ).find((u) => u.person?.id === personId);
    const meeting =
      upcoming?.meeting ??
      (await r.upsertMeeting({
        personId,
        site: 'manual',
        eventKey: `manual:${personId}:${today.toISOString().slice(0, 10)}`,
        title: `1:1 with ${person.displayName}`,
        start: startOrNow(undefined, today),
        end: new Date(Math.floor(today.getTime() / HOUR) * HOUR + 30 * 60_000).toISOString(),
      }));
    return prepFor(r, meeting);
  }),
  prepView: handler(z.tuple([Id]), async ({ repo }, meetingId) => {
    const r = await repo();
    const meeting = await r.getMeeting(meetingId);
    if (!meeting) throw new Error('That meeting no longer exists.');
    return prepFor(r, meeting);
  }),
  /** 'always' / 'never' treat a recurring series as a 1:1; null forgets the choice. */
  setSeriesOverride: handler(
    z.tuple([z.string().min(1).max(1000), z.enum(['always', 'never']).nullable()]),
    async ({ repo }, seriesKey, rule) => {
      const r = await repo();
      const { [seriesKey]: _previous, ...others } = (await r.getSettings()).seriesOverrides;
      // Through settings-sync, so the content scripts' copy follows at once.
      return saveSettings(r, { seriesOverrides: rule ? { ...others, [seriesKey]: rule } : others });
    },
  ),
};

type RepositoryCalls = typeof REPOSITORY_CALLS;
type Handlers = typeof HANDLERS;

/** The background's implementation of every call, as plain functions by name. */
export type PrepService = {
  [K in keyof RepositoryCalls]: (
    ...args: z.infer<RepositoryCalls[K]>
  ) => Promise<Awaited<ReturnType<Repository[K]>>>;
} & {
  [K in keyof Handlers]: (...args: z.infer<Handlers[K]['args']>) => ReturnType<Handlers[K]['run']>;
};

export type RpcMethod = keyof PrepService;
export type RpcArgs<M extends RpcMethod> = Parameters<PrepService[M]>;
export type RpcResult<M extends RpcMethod> = Awaited<ReturnType<PrepService[M]>>;
/** What the sidebar shows for one meeting. */
export type PrepData = RpcResult<'openPrep'>;

/** Argument tuples, by method name: what the server parses before calling. */
export const RPC_ARGS: { readonly [M in RpcMethod]: z.ZodType<RpcArgs<M>> } = {
  ...REPOSITORY_CALLS,
  ...(Object.fromEntries(Object.entries(HANDLERS).map(([name, h]) => [name, h.args])) as {
    [K in keyof Handlers]: Handlers[K]['args'];
  }),
};

export function createPrepService(
  repo: () => Promise<Repository>,
  now: () => Date = () => new Date(),
): PrepService {
  const ctx: Context = { repo, now };
  const service: Record<string, (...args: unknown[]) => Promise<unknown>> = {};
  for (const name of Object.keys(REPOSITORY_CALLS)) {
    service[name] = async (...args) => {
      const r = (await repo()) as unknown as Record<string, (...a: unknown[]) => unknown>;
      return r[name]!(...args);
    };
  }
  for (const [name, h] of Object.entries(HANDLERS)) {
    const run = h.run as (c: Context, ...a: unknown[]) => Promise<unknown>;
    service[name] = (...args) => run(ctx, ...args);
  }
  return service as PrepService;
}
