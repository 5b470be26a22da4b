/**
 * prepBundle: everything the sidebar shows for one meeting, read in ONE readonly transaction
 * (a consistent snapshot) with index lookups only, so its cost grows with log n. Requests are
 * issued together in a few rounds (IndexedDB pipelines them); no cursor walks record by record
 * (each step is a round trip to the browser process): bounded key ranges with `getAll`, and a
 * cursor `advance(n)` to find where the newest n entries start.
 */
import { MOOD_TREND_MEETINGS, type MeetingMood } from '../prep/mood-trend';
import type { ActionItem, AgendaItem, AskedLog, Meeting, Note, Person } from '../schema/records';
import { read, type Ctx } from './context';
import { RecordNotFoundError } from './errors';
import type { IDBPIndex } from 'idb';
import type { TandemDB } from './db-schema';
import { actionItem, agendaItem, note as toNote, personBefore, personRange } from './rows';

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
  /** This meeting and the earlier ones of the mood trend, newest first, each with its note's mood. */
  recentMoods: MeetingMood[];
}

const EARLIER_NOTES = 5;
const ASKED_LOG_LIMIT = 200;
const PAST_WINDOW_DAYS = 730;

type AskedIndex = IDBPIndex<TandemDB, ['askedLog'], 'askedLog', 'byPersonAt', 'readonly'>;

/**
 * The person's newest ASKED_LOG_LIMIT log entries, newest first, in three requests whatever
 * the length of the log: a cursor from the newest entry `advance`s to the limit, and one
 * bounded `getAll` reads from there.
 */
async function newestAsked(index: AskedIndex, personId: string): Promise<AskedLog[]> {
  const all = personRange(personId);
  let cursor = await index.openCursor(all, 'prev');
  if (!cursor) return [];
  cursor = await cursor.advance(ASKED_LOG_LIMIT - 1);
  const from = cursor ? IDBKeyRange.bound(cursor.key, [personId, []], false, false) : all;
  const rows = await index.getAll(from);
  return rows.reverse().slice(0, ASKED_LOG_LIMIT);
}

function moodOf(meeting: Meeting, note: { mood?: Note['mood'] } | undefined): MeetingMood {
  return { start: meeting.start, ...(note?.mood !== undefined && { mood: note.mood }) };
}

export async function prepBundle(ctx: Ctx, meetingId: string): Promise<PrepBundle> {
  const stores = ['meetings', 'people', 'agenda', 'actions', 'notes', 'askedLog'] as const;
  return read(ctx, [...stores], async (tx) => {
    const meetings = tx.objectStore('meetings');
    const meeting = await meetings.get(meetingId);
    if (!meeting) throw new RecordNotFoundError('meetings', meetingId);
    const { personId, start } = meeting;
    const earlier = personBefore(personId, start);
    const windowStart = new Date(Date.parse(start) - PAST_WINDOW_DAYS * 86_400_000).toISOString();

    const later = IDBKeyRange.bound([personId, start], [personId, []], true, false);
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
      laterIds,
      askedLog,
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
      // Ids of the person's later meetings: an open item planned for one of them is not shown.
      meetings.index('byPersonStart').getAllKeys(later),
      newestAsked(tx.objectStore('askedLog').index('byPersonAt'), personId),
    ]);
    if (!person) throw new RecordNotFoundError('people', personId);

    const agenda: PrepAgendaItem[] = planned.map((row) => ({
      ...agendaItem(row),
      carriedOver: false,
      nextTime: false,
    }));
    const plannedIds = new Set(planned.map((row) => row.id));
    const laterMeetings = new Set<string>(laterIds);
    for (const row of open) {
      if (plannedIds.has(row.id)) continue;
      if (row.meetingId === null) {
        agenda.push({ ...agendaItem(row), carriedOver: false, nextTime: true });
        continue;
      }
      // Planned for a later meeting: it belongs there, not here.
      if (laterMeetings.has(row.meetingId)) continue;
      agenda.push({ ...agendaItem(row), carriedOver: true, nextTime: false });
    }
    agenda.sort((a, b) => a.order - b.order || a.createdAt.localeCompare(b.createdAt));

    const actionIds = new Set(thisActions.map((row) => row.id));
    const actions = [...thisActions, ...openActions.filter((row) => !actionIds.has(row.id))]
      .map(actionItem)
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt));

    // The notes of the latest earlier meetings: one `get` per meeting, a handful at a time. The
    // first round covers the meetings of the mood trend too: their notes' moods are its points.
    const earlierNotes: Note[] = [];
    const moodMeetings = MOOD_TREND_MEETINGS - 1;
    const recentMoods: MeetingMood[] = [moodOf(meeting, noteRow)];
    const candidates = [...pastRows].reverse();
    let next = 0;
    while (
      next < candidates.length &&
      (earlierNotes.length < EARLIER_NOTES || next < moodMeetings)
    ) {
      const wanted = Math.max(EARLIER_NOTES - earlierNotes.length, moodMeetings - next);
      const batch = candidates.slice(next, next + wanted);
      const rows = await Promise.all(
        batch.map((m) => tx.objectStore('notes').index('byMeeting').get(m.id)),
      );
      rows.forEach((row, i) => {
        if (row && earlierNotes.length < EARLIER_NOTES) earlierNotes.push(toNote(row));
        if (next + i < moodMeetings) recentMoods.push(moodOf(batch[i]!, row));
      });
      next += batch.length;
    }
    if (earlierNotes.length < EARLIER_NOTES && pastCount > candidates.length) {
      // Fewer notes in the window than wanted and older meetings exist: walk back from there.
      const oldest = candidates[candidates.length - 1]?.start ?? start;
      let cursor = await tx
        .objectStore('notes')
        .index('byPersonAt')
        .openCursor(personBefore(personId, oldest), 'prev');
      while (cursor && earlierNotes.length < EARLIER_NOTES) {
        if (cursor.value.meetingId !== undefined && cursor.value.meetingId !== meetingId) {
          earlierNotes.push(toNote(cursor.value));
        }
        cursor = await cursor.continue();
      }
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
      recentMoods,
    };
  });
}
