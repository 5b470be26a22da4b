/**
 * prepBundle: everything the sidebar shows for one meeting, read in ONE readonly transaction
 * (a consistent snapshot) with index lookups only, so its cost grows with log n.
 */
import type { ActionItem, AgendaItem, AskedLog, Meeting, Note, Person } from '../schema/records';
import { read, type Ctx } from './context';
import { RecordNotFoundError } from './errors';
import { actionItem, agendaItem, note as toNote, personBefore } from './rows';

export interface PrepAgendaItem extends AgendaItem {
  /** Still open from an earlier meeting. */
  carriedOver: boolean;
  /** Planned for "next time" rather than for a meeting. */
  nextTime: boolean;
}

export interface PrepBundle {
  person: Person;
  meeting: Meeting;
  previousMeeting: Meeting | null;
  /** This meeting's items (done or not), open items carried over, "next time" items; by order. */
  agenda: PrepAgendaItem[];
  /** Open action items of the person plus every action item from this meeting. */
  actions: ActionItem[];
  note: Note | null;
  /** The last notes of earlier meetings, newest first. */
  earlierNotes: Note[];
  /** Questions asked or skipped with this person, newest first. */
  askedLog: AskedLog[];
  /** Starts of earlier meetings within PAST_WINDOW_DAYS, newest first. */
  pastMeetingStarts: string[];
  /** All earlier meetings with the person. */
  pastMeetingCount: number;
}

const EARLIER_NOTES = 5;
const ASKED_LOG_LIMIT = 200;
const PAST_WINDOW_DAYS = 730;

export async function prepBundle(ctx: Ctx, meetingId: string): Promise<PrepBundle> {
  const stores = ['meetings', 'people', 'agenda', 'actions', 'notes', 'askedLog'] as const;
  return read(ctx, [...stores], async (tx) => {
    const meetings = tx.objectStore('meetings');
    const meeting = await meetings.get(meetingId);
    if (!meeting) throw new RecordNotFoundError('meetings', meetingId);
    const { personId, start } = meeting;
    const earlier = personBefore(personId, start);
    const windowStart = new Date(Date.parse(start) - PAST_WINDOW_DAYS * 86_400_000).toISOString();

    // Issue the independent requests together; IndexedDB pipelines them.
    const [
      person,
      previousCursor,
      planned,
      open,
      thisActions,
      openActions,
      noteRow,
      pastRows,
      pastCount,
    ] = await Promise.all([
      tx.objectStore('people').get(personId),
      meetings.index('byPersonStart').openCursor(earlier, 'prev'),
      tx.objectStore('agenda').index('byMeeting').getAll(meetingId),
      tx.objectStore('agenda').index('byPending').getAll(personId),
      tx.objectStore('actions').index('byMeeting').getAll(meetingId),
      tx.objectStore('actions').index('byPending').getAll(personId),
      tx.objectStore('notes').index('byMeeting').get(meetingId),
      meetings
        .index('byPersonStart')
        .getAll(IDBKeyRange.bound([personId, windowStart], [personId, start], false, true)),
      meetings.index('byPersonStart').count(earlier),
    ]);
    if (!person) throw new RecordNotFoundError('people', personId);

    const agenda: PrepAgendaItem[] = planned.map((row) => ({
      ...agendaItem(row),
      carriedOver: false,
      nextTime: false,
    }));
    const plannedIds = new Set(planned.map((row) => row.id));
    const elsewhere = open.filter((row) => !plannedIds.has(row.id));
    const plannedFor = await Promise.all(
      elsewhere.map((row) => (row.meetingId ? meetings.get(row.meetingId) : undefined)),
    );
    elsewhere.forEach((row, i) => {
      if (row.meetingId === null) {
        agenda.push({ ...agendaItem(row), carriedOver: false, nextTime: true });
        return;
      }
      const target = plannedFor[i];
      // Planned for a later meeting: it belongs there, not here.
      if (target && target.start > start) return;
      agenda.push({ ...agendaItem(row), carriedOver: true, nextTime: false });
    });
    agenda.sort((a, b) => a.order - b.order || a.createdAt.localeCompare(b.createdAt));

    const actionIds = new Set(thisActions.map((row) => row.id));
    const actions = [...thisActions, ...openActions.filter((row) => !actionIds.has(row.id))]
      .map(actionItem)
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt));

    const earlierNotes: Note[] = [];
    let notes = await tx.objectStore('notes').index('byPersonAt').openCursor(earlier, 'prev');
    while (notes && earlierNotes.length < EARLIER_NOTES) {
      if (notes.value.meetingId !== undefined && notes.value.meetingId !== meetingId) {
        earlierNotes.push(toNote(notes.value));
      }
      notes = await notes.continue();
    }

    const askedLog: AskedLog[] = [];
    let asked = await tx
      .objectStore('askedLog')
      .index('byPersonAt')
      .openCursor(IDBKeyRange.bound([personId], [personId, []]), 'prev');
    while (asked && askedLog.length < ASKED_LOG_LIMIT) {
      askedLog.push(asked.value);
      asked = await asked.continue();
    }

    return {
      person,
      meeting,
      previousMeeting: previousCursor?.value ?? null,
      agenda,
      actions,
      note: noteRow ? toNote(noteRow) : null,
      earlierNotes,
      askedLog,
      pastMeetingStarts: pastRows.map((m) => m.start).reverse(),
      pastMeetingCount: pastCount,
    };
  });
}
