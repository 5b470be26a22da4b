/**
 * Topics read from a calendar event's description become agenda items of that meeting, once:
 * a topic whose normalised text (topicKey) is already on the meeting's agenda, open from an
 * earlier meeting, or was removed by the user from this meeting, is skipped. Checked inside
 * the one readwrite transaction, so two sidebars adding the same description add it once.
 */
import { topicKey } from '../agenda/event-topics';
import type { AgendaItem, Who } from '../schema/records';
import { queue, write, type Ctx } from './context';
import { RecordNotFoundError } from './errors';
import { agendaItem, agendaRow, bump, firstRevision } from './rows';
import { SearchIndexer, type PostingStore } from './search-index';

export interface EventTopicInput {
  text: string;
  addedBy: Who;
}

/** Adds the topics not yet on the agenda; returns the items added. */
export async function addEventTopics(
  ctx: Ctx,
  meetingId: string,
  topics: readonly EventTopicInput[],
): Promise<AgendaItem[]> {
  return write(ctx, ['meetings', 'agenda', 'search'], async (tx, touched) => {
    const meeting = await tx.objectStore('meetings').get(meetingId);
    if (!meeting) throw new RecordNotFoundError('meetings', meetingId);
    const agenda = tx.objectStore('agenda');
    const [planned, open] = await Promise.all([
      agenda.index('byMeeting').getAll(meetingId),
      agenda.index('byPending').getAll(meeting.personId),
    ]);
    const known = new Set([
      ...(meeting.dismissedTopics ?? []),
      ...[...planned, ...open].map((row) => topicKey(row.text)),
    ]);
    const now = ctx.now();
    const base = Date.parse(now);
    const added: AgendaItem[] = [];
    const index = new SearchIndexer();
    for (const topic of topics) {
      const key = topicKey(topic.text);
      if (!key || known.has(key)) continue;
      known.add(key);
      const item: AgendaItem = {
        id: ctx.newId(),
        ...firstRevision(now),
        personId: meeting.personId,
        meetingId,
        text: topic.text,
        addedBy: topic.addedBy,
        order: base + added.length,
        done: false,
        raisedInMeetingId: meetingId,
        visibility: 'shared',
        fromEvent: true,
      };
      queue(agenda.put(agendaRow(item)));
      index.change('agenda', null, item);
      touched.add('agenda', item.id);
      added.push(item);
    }
    if (added.length > 0) await index.flush(tx.objectStore('search') as unknown as PostingStore);
    return added;
  });
}

/**
 * Removes an agenda item for good and remembers its text on the meeting it was removed from,
 * so the event's description does not bring it back to that occurrence.
 */
export async function removeAgendaItem(ctx: Ctx, id: string, meetingId: string): Promise<void> {
  await write(ctx, ['meetings', 'agenda', 'search'], async (tx, touched) => {
    const [row, meeting] = await Promise.all([
      tx.objectStore('agenda').get(id),
      tx.objectStore('meetings').get(meetingId),
    ]);
    if (!row) return;
    const item = agendaItem(row);
    queue(tx.objectStore('agenda').delete(id));
    const index = new SearchIndexer();
    index.change('agenda', item, null);
    await index.flush(tx.objectStore('search') as unknown as PostingStore);
    touched.add('agenda', id);
    const key = topicKey(item.text);
    if (!meeting || !key || meeting.dismissedTopics?.includes(key)) return;
    const dismissedTopics = [...(meeting.dismissedTopics ?? []), key].slice(-500);
    queue(tx.objectStore('meetings').put(bump({ ...meeting, dismissedTopics }, ctx.now())));
    touched.add('meetings', meeting.id);
  });
}
