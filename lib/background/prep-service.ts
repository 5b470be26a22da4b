/**
 * What the sidebar may ask the background to do, implemented on the repository. Besides plain
 * delegation it has the two entry points that turn what the page showed into records:
 * `openPrep` (a 1:1 the user opened) and `openPersonPrep` (a person picked by hand).
 */
import type { NoteEdit, Repository } from '../db/repository';
import { naturalName } from '../detect/natural-name';
import { saveSettings } from '../settings/settings-sync';
import type { RpcArgs, RpcMethod } from '../rpc/protocol';

type Methods = { [M in RpcMethod]: (...args: RpcArgs<M>) => Promise<unknown> };

const HOUR = 3_600_000;

/** Page times can be missing (an all-day chip, a layout we read partly): a sane default. */
function startOrNow(start: string | undefined, now: Date): string {
  if (start && !Number.isNaN(Date.parse(start))) return new Date(start).toISOString();
  return new Date(Math.floor(now.getTime() / HOUR) * HOUR).toISOString();
}

export function createPrepService(
  repo: () => Promise<Repository>,
  now: () => Date = () => new Date(),
) {
  /** Everything the sidebar shows for one meeting; the three reads run side by side. */
  const prepFor = async (
    r: Repository,
    meeting: { id: string; personId: string; start: string },
  ) => {
    const [bundle, history, recent] = await Promise.all([
      r.prepBundle(meeting.id),
      r.historyPage(meeting.personId, { before: meeting.start, limit: 10 }),
      r.notesForPerson(meeting.personId, { limit: 50 }),
    ]);
    // Quick notes (from the popup) belong to no meeting but to the person's running history.
    return { bundle, history, quickNotes: recent.filter((n) => !n.meetingId) };
  };

  const methods = {
    async openPrep({ event, detection }) {
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
    async openPersonPrep(personId) {
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
    },
    async prepView(meetingId) {
      const r = await repo();
      const meeting = await r.getMeeting(meetingId);
      if (!meeting) throw new Error('That meeting no longer exists.');
      return prepFor(r, meeting);
    },
    historyPage: async (personId, page) => (await repo()).historyPage(personId, page),
    search: async (query, options) => (await repo()).search(query, options),
    savePerson: async (id, patch, save) => (await repo()).savePerson(id, patch, save),
    addAgendaItem: async (input) => (await repo()).addAgendaItem(input),
    setAgendaDone: async (id, done, options) => (await repo()).setAgendaDone(id, done, options),
    setAgendaAddedBy: async (id, who) => (await repo()).setAgendaAddedBy(id, who),
    reorderAgenda: async (ids) => (await repo()).reorderAgenda(ids),
    addActionItem: async (input) => (await repo()).addActionItem(input),
    setActionDone: async (id, done) => (await repo()).setActionDone(id, done),
    saveMeetingNote: async (meetingId, input) => {
      const edit: NoteEdit = { text: input.text, baseRev: input.baseRev, baseText: input.baseText };
      if (input.topics) edit.topics = input.topics;
      if (input.private !== undefined) edit.private = input.private;
      return (await repo()).saveMeetingNote(meetingId, edit);
    },
    dismissConflicts: async (kind, id) => (await repo()).dismissConflicts(kind, id),
    listQuestions: async () => (await repo()).listQuestions(),
    logAsked: async (input) => (await repo()).logAsked(input),
    getSettings: async () => (await repo()).getSettings(),
    async setSeriesOverride(seriesKey, rule) {
      const r = await repo();
      const { [seriesKey]: _previous, ...others } = (await r.getSettings()).seriesOverrides;
      // Through settings-sync, so the content scripts' copy follows at once.
      return saveSettings(r, { seriesOverrides: rule ? { ...others, [seriesKey]: rule } : others });
    },
  } satisfies Methods;
  return methods;
}

export type PrepService = ReturnType<typeof createPrepService>;
export type RpcResult<M extends RpcMethod> = Awaited<ReturnType<PrepService[M]>>;
