/**
 * "Hand over": what the next manager of a person needs, as Markdown — the topics the two of you
 * shared (agenda items, open and discussed), their goals, and the open action items. Never a note, a mood, an
 * item marked private or the standing notes about the person: those were written for the user alone.
 */
import type { ActionItem, AgendaItem } from '../schema/records';
import { read, type Ctx } from './context';
import { RecordNotFoundError } from './errors';
import { escapeMarkdown } from './markdown';
import { actionItem, agendaItem, personRange } from './rows';

const byOrder = (a: AgendaItem, b: AgendaItem) =>
  a.order - b.order || a.createdAt.localeCompare(b.createdAt);

function topicLine(item: AgendaItem, day: string | undefined): string {
  const who = item.addedBy === 'them' ? ' _(raised by them)_' : '';
  const when = day ? `${day}: ` : '';
  return `- ${when}${escapeMarkdown(item.text)}${who}`;
}

function actionLine(item: ActionItem, name: string): string {
  const owner = item.owner === 'me' ? 'previous manager' : escapeMarkdown(name);
  const due = item.due ? `, due ${item.due}` : '';
  return `- [ ] ${escapeMarkdown(item.text)} _(${owner}${due})_`;
}

/** `today` (YYYY-MM-DD) dates the document; passed in so the output is reproducible. */
export async function handoverMarkdown(ctx: Ctx, personId: string, today: string): Promise<string> {
  return read(ctx, ['people', 'meetings', 'agenda', 'actions', 'goals'], async (tx) => {
    const person = await tx.objectStore('people').get(personId);
    if (!person) throw new RecordNotFoundError('people', personId);
    const [meetings, agendaRows, actionRows, goalRows] = await Promise.all([
      tx.objectStore('meetings').index('byPersonStart').getAll(personRange(personId)),
      tx.objectStore('agenda').index('byPerson').getAll(personId),
      tx.objectStore('actions').index('byPerson').getAll(personId),
      tx.objectStore('goals').index('byPerson').getAll(personId),
    ]);
    const meetingDay = new Map(meetings.map((m) => [m.id, m.start.slice(0, 10)]));
    const agenda = agendaRows.map(agendaItem).filter((a) => a.visibility !== 'private');
    const open = agenda.filter((a) => !a.done).sort(byOrder);
    const discussed = agenda
      .filter((a) => a.done)
      .sort((a, b) => (b.doneAt ?? b.updatedAt).localeCompare(a.doneAt ?? a.updatedAt));
    const actions = actionRows
      .map(actionItem)
      .filter((a) => !a.done && a.visibility !== 'private')
      .sort((a, b) => (a.due ?? '9999').localeCompare(b.due ?? '9999'));
    const name = person.displayName;

    const out = [`# Hand-over: ${escapeMarkdown(name)}`, ''];
    out.push(
      `_Prepared ${today} with Tandem for their next manager. Shared topics, goals and open action` +
        ` items only; private notes are not part of it._`,
      '',
    );
    const facts = [person.role, person.team].filter(Boolean).map((f) => escapeMarkdown(f!));
    if (facts.length) out.push(facts.join(' · '), '');
    if (meetings.length)
      out.push(
        `${meetings.length} 1:1s recorded, ${meetings[0]!.start.slice(0, 10)} to ` +
          `${meetings[meetings.length - 1]!.start.slice(0, 10)}.`,
        '',
      );
    const goals = goalRows
      .filter((g) => g.status !== 'dropped')
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    out.push('## Goals', '');
    out.push(
      ...(goals.length
        ? goals.map(
            (g) => `- ${escapeMarkdown(g.text)}${g.status === 'achieved' ? ' _(achieved)_' : ''}`,
          )
        : ['_None recorded._']),
      '',
    );
    out.push('## Open topics', '');
    out.push(...(open.length ? open.map((a) => topicLine(a, undefined)) : ['_None._']), '');
    out.push('## Open action items', '');
    out.push(...(actions.length ? actions.map((a) => actionLine(a, name)) : ['_None._']), '');
    out.push('## Topics discussed', '');
    out.push(
      ...(discussed.length
        ? discussed.map((a) =>
            topicLine(a, (a.meetingId && meetingDay.get(a.meetingId)) || a.doneAt?.slice(0, 10)),
          )
        : ['_None yet._']),
      '',
    );
    return out.join('\n').trimEnd() + '\n';
  });
}
