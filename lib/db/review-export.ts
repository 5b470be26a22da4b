/** Gathers one person's records for "Export for review" (lib/growth/review-markdown.ts). */
import { reviewMarkdown, type ReviewRange } from '../growth/review-markdown';
import { read, type Ctx } from './context';
import { RecordNotFoundError } from './errors';
import { agendaItem, note as toNote, personRange } from './rows';

export interface ReviewOptions extends ReviewRange {
  includePrivateNotes: boolean;
  /** YYYY-MM-DD: the date the document carries. */
  today: string;
}

export async function reviewExport(
  ctx: Ctx,
  personId: string,
  options: ReviewOptions,
): Promise<string> {
  return read(ctx, ['people', 'meetings', 'agenda', 'notes', 'goals', 'feedback'], async (tx) => {
    const person = await tx.objectStore('people').get(personId);
    if (!person) throw new RecordNotFoundError('people', personId);
    const [meetings, agenda, notes, goals, feedback] = await Promise.all([
      tx.objectStore('meetings').index('byPersonStart').getAll(personRange(personId)),
      tx.objectStore('agenda').index('byPerson').getAll(personId),
      options.includePrivateNotes
        ? tx.objectStore('notes').index('byPersonAt').getAll(personRange(personId))
        : Promise.resolve([]),
      tx.objectStore('goals').index('byPerson').getAll(personId),
      tx
        .objectStore('feedback')
        .index('byPersonDay')
        .getAll(IDBKeyRange.bound([personId, options.from], [personId, options.to])),
    ]);
    const start = new Map(meetings.map((m) => [m.id, m.start]));
    return reviewMarkdown({
      name: person.displayName,
      range: { from: options.from, to: options.to },
      today: options.today,
      goals,
      feedback,
      agenda: agenda.map(agendaItem),
      notes: notes
        .map((row) => {
          const note = toNote(row);
          return { note, day: (note.meetingId && start.get(note.meetingId)) || note.createdAt };
        })
        .map((n) => ({ ...n, day: n.day.slice(0, 10) })),
      includePrivateNotes: options.includePrivateNotes,
    });
  });
}
