/** A person's history, one page at a time (newest first), each meeting with what belongs to it. */
import type { ActionItem, AgendaItem, Meeting, Note } from '../schema/records';
import { read, type Ctx } from './context';
import { actionItem, agendaItem, note as toNote, personBefore } from './rows';

export interface HistoryEntry {
  meeting: Meeting;
  note: Note | null;
  /** Items planned for or ticked off in this meeting. */
  agenda: AgendaItem[];
  actions: ActionItem[];
}

export async function historyPage(
  ctx: Ctx,
  personId: string,
  page: { before?: string; limit?: number } = {},
): Promise<HistoryEntry[]> {
  return read(ctx, ['meetings', 'notes', 'agenda', 'actions'], async (tx) => {
    const meetings: Meeting[] = [];
    let cursor = await tx
      .objectStore('meetings')
      .index('byPersonStart')
      .openCursor(personBefore(personId, page.before), 'prev');
    while (cursor && meetings.length < (page.limit ?? 20)) {
      meetings.push(cursor.value);
      cursor = await cursor.continue();
    }
    return Promise.all(
      meetings.map(async (meeting) => {
        const [note, agenda, actions] = await Promise.all([
          tx.objectStore('notes').index('byMeeting').get(meeting.id),
          tx.objectStore('agenda').index('byMeeting').getAll(meeting.id),
          tx.objectStore('actions').index('byMeeting').getAll(meeting.id),
        ]);
        return {
          meeting,
          note: note ? toNote(note) : null,
          agenda: agenda.map(agendaItem).sort((a, b) => a.order - b.order),
          actions: actions.map(actionItem),
        };
      }),
    );
  });
}
