/**
 * mergePeople: two records turned out to be one person (a second email, a name-only Outlook
 * match). ALL history moves to the kept person in one transaction: meetings, agenda, actions,
 * notes, the asked log, goals and feedback, emails and standing notes; the other person record is then removed.
 */
import type { Person } from '../schema/records';
import { queue, write, type Ctx } from './context';
import { NotAllowedError, RecordNotFoundError } from './errors';
import {
  actionItem,
  actionRow,
  agendaItem,
  agendaRow,
  bump,
  note as toNote,
  personRange,
} from './rows';
import { SearchIndexer, type PostingStore } from './search-index';

export interface MergeSummary {
  person: Person;
  moved: { meetings: number; agenda: number; actions: number; notes: number; askedLog: number };
}

export async function mergePeople(ctx: Ctx, keepId: string, goneId: string): Promise<MergeSummary> {
  if (keepId === goneId) throw new NotAllowedError('A person cannot be merged with themselves.');
  const stores = [
    'people',
    'meetings',
    'agenda',
    'actions',
    'notes',
    'askedLog',
    'goals',
    'feedback',
    'search',
  ] as const;
  return write(ctx, [...stores], async (tx, touched) => {
    const people = tx.objectStore('people');
    const [keep, gone] = await Promise.all([people.get(keepId), people.get(goneId)]);
    if (!keep) throw new RecordNotFoundError('people', keepId);
    if (!gone) throw new RecordNotFoundError('people', goneId);
    const now = ctx.now();
    const move = <T extends { personId: string; rev: number; updatedAt: string }>(r: T): T =>
      bump({ ...r, personId: keepId }, now);

    const [meetings, agenda, actions, notes, asked, goals, feedback] = await Promise.all([
      tx.objectStore('meetings').index('byPersonStart').getAll(personRange(goneId)),
      tx.objectStore('agenda').index('byPerson').getAll(goneId),
      tx.objectStore('actions').index('byPerson').getAll(goneId),
      tx.objectStore('notes').index('byPersonAt').getAll(personRange(goneId)),
      tx.objectStore('askedLog').index('byPersonAt').getAll(personRange(goneId)),
      tx.objectStore('goals').index('byPerson').getAll(goneId),
      tx.objectStore('feedback').index('byPersonDay').getAll(personRange(goneId)),
    ]);
    const index = new SearchIndexer();
    for (const m of meetings) {
      queue(tx.objectStore('meetings').put(move(m)));
      touched.add('meetings', m.id);
    }
    for (const row of agenda) {
      const item = move(agendaItem(row));
      queue(tx.objectStore('agenda').put(agendaRow(item)));
      index.change('agenda', agendaItem(row), item);
      touched.add('agenda', item.id);
    }
    for (const row of actions) {
      const item = move(actionItem(row));
      queue(tx.objectStore('actions').put(actionRow(item)));
      index.change('action', actionItem(row), item);
      touched.add('actions', item.id);
    }
    for (const row of notes) {
      const note = move(toNote(row));
      queue(tx.objectStore('notes').put({ ...note, sortAt: row.sortAt }));
      index.change('note', toNote(row), note);
      touched.add('notes', note.id);
    }
    for (const entry of asked) {
      queue(tx.objectStore('askedLog').put(move(entry)));
      touched.add('askedLog', entry.id);
    }
    for (const goal of goals) {
      queue(tx.objectStore('goals').put(move(goal)));
      touched.add('goals', goal.id);
    }
    for (const entry of feedback) {
      queue(tx.objectStore('feedback').put(move(entry)));
      touched.add('feedback', entry.id);
    }

    await index.flush(tx.objectStore('search') as unknown as PostingStore);

    const standing = [keep.standingNotes, gone.standingNotes].filter((t) => t.trim()).join('\n\n');
    const merged: Person = bump(
      {
        ...keep,
        emails: [...new Set([...keep.emails, ...gone.emails])],
        standingNotes: standing,
        // Both lists of standing topics, each with its history (at most 50, the kept person's first).
        standingTopics: [...(keep.standingTopics ?? []), ...(gone.standingTopics ?? [])].slice(
          0,
          50,
        ),
        ...(keep.role === undefined && gone.role !== undefined && { role: gone.role }),
        ...(keep.team === undefined && gone.team !== undefined && { team: gone.team }),
        ...(keep.startDate === undefined &&
          gone.startDate !== undefined && { startDate: gone.startDate }),
        ...(keep.cadence === undefined && gone.cadence !== undefined && { cadence: gone.cadence }),
        ...((keep.conflicts || gone.conflicts) && {
          conflicts: [...(keep.conflicts ?? []), ...(gone.conflicts ?? [])],
        }),
      },
      now,
    );
    queue(people.delete(goneId));
    queue(people.put(merged));
    touched.add('people', goneId);
    touched.add('people', keepId);
    return {
      person: merged,
      moved: {
        meetings: meetings.length,
        agenda: agenda.length,
        actions: actions.length,
        notes: notes.length,
        askedLog: asked.length,
      },
    };
  });
}
