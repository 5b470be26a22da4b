/**
 * "Export for review": one person's feedback log, goals and shared topics over a date range, as
 * Markdown for a performance review written from records instead of memory. Pure: the database
 * side (lib/db/review-export.ts) gathers the records. Private notes are in it only when the user
 * ticks them in; private agenda items never are (they were marked to stay in Tandem).
 */
import type { FeedbackEntry, Goal } from '../schema/growth';
import type { AgendaItem, Note } from '../schema/records';
import { escapeMarkdown } from '../db/markdown';

export interface ReviewRange {
  /** YYYY-MM-DD, inclusive. */
  from: string;
  to: string;
}

export interface ReviewInput {
  name: string;
  range: ReviewRange;
  /** YYYY-MM-DD: dates the document, passed in so the output is reproducible. */
  today: string;
  goals: readonly Goal[];
  feedback: readonly FeedbackEntry[];
  /** Every agenda item of the person; the builder keeps the shared ones of the range. */
  agenda: readonly AgendaItem[];
  /** Notes, with the day each belongs to; used only when `includePrivateNotes`. */
  notes: readonly { note: Note; day: string }[];
  includePrivateNotes: boolean;
}

const STATUS = { active: 'active', achieved: 'achieved', dropped: 'dropped' } as const;
const inRange = (day: string, r: ReviewRange) => day >= r.from && day <= r.to;
const dayOf = (iso: string) => iso.slice(0, 10);

function list(lines: string[], empty: string): string[] {
  return lines.length ? lines : [empty];
}

export function reviewMarkdown(input: ReviewInput): string {
  const { range } = input;
  const feedback = input.feedback
    .filter((f) => inRange(f.day, range))
    .sort((a, b) => a.day.localeCompare(b.day) || a.createdAt.localeCompare(b.createdAt));
  const line = (f: FeedbackEntry) => `- ${f.day}: ${escapeMarkdown(f.text)}`;
  // A goal belongs to the period when it was set before its end and not closed before its start.
  const goals = input.goals.filter(
    (g) =>
      dayOf(g.createdAt) <= range.to &&
      (g.status === 'active' || !g.statusAt || dayOf(g.statusAt) >= range.from),
  );
  const topics = input.agenda
    .filter((a) => a.visibility === 'shared' && inRange(dayOf(a.doneAt ?? a.createdAt), range))
    .sort((a, b) => (a.doneAt ?? a.createdAt).localeCompare(b.doneAt ?? b.createdAt));
  const notes = input.includePrivateNotes
    ? input.notes.filter((n) => n.note.text.trim() && inRange(n.day, range))
    : [];

  const out = [`# Review: ${escapeMarkdown(input.name)}, ${range.from} to ${range.to}`, ''];
  out.push(
    `_Prepared ${input.today} with Tandem from your own records. ` +
      (input.includePrivateNotes
        ? 'Your private notes of the period are included: check before sharing._'
        : 'Private notes are not included._'),
    '',
  );
  out.push('## Goals', '');
  out.push(
    ...list(
      goals.map((g) => `- **${STATUS[g.status]}** ${escapeMarkdown(g.text)}`),
      '_No goals recorded._',
    ),
    '',
  );
  out.push('## Feedback: praise', '');
  out.push(
    ...list(feedback.filter((f) => f.kind === 'praise').map(line), '_None in this period._'),
    '',
  );
  out.push('## Feedback: concerns', '');
  out.push(
    ...list(feedback.filter((f) => f.kind === 'concern').map(line), '_None in this period._'),
    '',
  );
  out.push('## Shared topics', '');
  out.push(
    ...list(
      topics.map(
        (a) =>
          `- ${dayOf(a.doneAt ?? a.createdAt)}: ${escapeMarkdown(a.text)}${a.done ? '' : ' _(open)_'}`,
      ),
      '_None in this period._',
    ),
    '',
  );
  if (input.includePrivateNotes) {
    out.push('## Private notes', '');
    if (!notes.length) out.push('_None in this period._', '');
    for (const { note, day } of notes.sort((a, b) => a.day.localeCompare(b.day)))
      out.push(`### ${day}`, '', escapeMarkdown(note.text), '');
  }
  return out.join('\n').trimEnd() + '\n';
}
