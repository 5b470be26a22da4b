/**
 * A person's history as readable Markdown (for the user, and for an export per person).
 * Every piece of user or calendar text is escaped, so a title like `# <script>` stays
 * literal text in any Markdown renderer instead of becoming a heading or HTML.
 */
import type { ActionItem, AgendaItem, Note } from '../schema/records';
import { read, type Ctx } from './context';
import { RecordNotFoundError } from './errors';
import { actionItem, agendaItem, note as toNote, personRange } from './rows';

/** Backslash-escapes Markdown syntax and entity-encodes HTML, line by line. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_{}[\]()#+\-.!|~])/g, '\\$1')
    .replace(/\r?\n/g, '  \n');
}

function day(iso: string): string {
  return iso.slice(0, 10);
}

function checkbox(done: boolean): string {
  return done ? '[x]' : '[ ]';
}

function agendaLine(item: AgendaItem): string {
  const who = item.addedBy === 'them' ? ' _(their topic)_' : '';
  return `- ${checkbox(item.done)} ${escapeMarkdown(item.text)}${who}`;
}

function actionLine(item: ActionItem): string {
  const owner = item.owner === 'me' ? 'me' : 'them';
  const due = item.due ? `, due ${item.due}` : '';
  return `- ${checkbox(item.done)} ${escapeMarkdown(item.text)} _(${owner}${due})_`;
}

function noteBlock(note: Note): string[] {
  const mood = note.mood ? ` · mood ${note.mood}/5` : '';
  const topics = note.topics.length ? ` · ${note.topics.join(', ')}` : '';
  return [`_Note${mood}${topics}_`, '', escapeMarkdown(note.text)];
}

export async function personMarkdown(ctx: Ctx, personId: string): Promise<string> {
  return read(ctx, ['people', 'meetings', 'agenda', 'actions', 'notes'], async (tx) => {
    const person = await tx.objectStore('people').get(personId);
    if (!person) throw new RecordNotFoundError('people', personId);
    const [meetings, agenda, actions, notes] = await Promise.all([
      tx.objectStore('meetings').index('byPersonStart').getAll(personRange(personId)),
      tx.objectStore('agenda').index('byPerson').getAll(personId),
      tx.objectStore('actions').index('byPerson').getAll(personId),
      tx.objectStore('notes').index('byPersonAt').getAll(personRange(personId)),
    ]);
    const byMeeting = <T extends { meetingId?: string | null }>(list: T[]) => {
      const map = new Map<string | null, T[]>();
      for (const r of list)
        map.set(r.meetingId ?? null, [...(map.get(r.meetingId ?? null) ?? []), r]);
      return map;
    };
    const agendaBy = byMeeting(agenda.map(agendaItem));
    const actionsBy = byMeeting(actions.map(actionItem));
    const notesBy = byMeeting(notes.map(toNote));

    const out = [`# ${escapeMarkdown(person.displayName)}`, ''];
    const facts = [
      person.emails.map(escapeMarkdown).join(', '),
      person.relationship,
      person.role && escapeMarkdown(person.role),
      person.team && escapeMarkdown(person.team),
    ].filter(Boolean);
    out.push(facts.join(' · '), '');
    if (person.standingNotes.trim())
      out.push('## About', '', escapeMarkdown(person.standingNotes), '');
    const open = [...(agendaBy.get(null) ?? [])].filter((a) => !a.done);
    if (open.length) out.push('## Next time', '', ...open.map(agendaLine), '');
    for (const meeting of [...meetings].reverse()) {
      out.push(`## ${day(meeting.start)} — ${escapeMarkdown(meeting.title)}`, '');
      const items = agendaBy.get(meeting.id) ?? [];
      if (items.length) out.push('### Agenda', '', ...items.map(agendaLine), '');
      const acts = actionsBy.get(meeting.id) ?? [];
      if (acts.length) out.push('### Action items', '', ...acts.map(actionLine), '');
      for (const note of notesBy.get(meeting.id) ?? []) out.push(...noteBlock(note), '');
    }
    const quick = notesBy.get(null) ?? [];
    if (quick.length) {
      out.push('## Quick notes', '');
      for (const note of [...quick].reverse())
        out.push(`### ${day(note.createdAt)}`, '', ...noteBlock(note), '');
    }
    return (
      out
        .join('\n')
        .replace(/\n{3,}/g, '\n\n')
        .trimEnd() + '\n'
    );
  });
}
