/** Conversions between records and rows (records + derived index fields, see db-schema.ts). */
import type { ActionItem, AgendaItem, Note } from '../schema/records';
import type { ActionRow, AgendaRow, NoteRow } from './db-schema';

export function agendaRow(item: AgendaItem): AgendaRow {
  return item.done ? { ...item } : { ...item, pendingFor: item.personId };
}
export function agendaItem(row: AgendaRow): AgendaItem {
  const { pendingFor: _pending, ...item } = row;
  return item;
}

export function actionRow(item: ActionItem): ActionRow {
  return item.done ? { ...item } : { ...item, pendingFor: item.personId };
}
export function actionItem(row: ActionRow): ActionItem {
  const { pendingFor: _pending, ...item } = row;
  return item;
}

/** `meetingStart` orders a meeting note by its meeting; a quick note sorts by when it was taken. */
export function noteRow(note: Note, meetingStart: string | undefined): NoteRow {
  return { ...note, sortAt: meetingStart ?? note.createdAt };
}
export function note(row: NoteRow): Note {
  const { sortAt: _sortAt, ...record } = row;
  return record;
}

/** The bounds of a [personId, …] compound index for one person (arrays sort after strings). */
export function personRange(personId: string): IDBKeyRange {
  return IDBKeyRange.bound([personId], [personId, []]);
}

/** Records of one person in a [personId, time] index, strictly before `before` if given. */
export function personBefore(personId: string, before: string | undefined): IDBKeyRange {
  return before === undefined
    ? personRange(personId)
    : IDBKeyRange.bound([personId], [personId, before], false, true);
}

/** The bookkeeping fields of a record's first revision. */
export function firstRevision(now: string): { createdAt: string; updatedAt: string; rev: 1 } {
  return { createdAt: now, updatedAt: now, rev: 1 };
}

/** The next revision of a record: rev + 1 and a fresh updatedAt. */
export function bump<T extends { rev: number; updatedAt: string }>(record: T, now: string): T {
  return { ...record, rev: record.rev + 1, updatedAt: now };
}
