/**
 * Incremental full-text index: one row per searchable record in the `search` store, whose
 * `tokens` array is a multiEntry index. Writing a record re-puts its row in the same
 * transaction, so the index is never rebuilt and never out of step with the data.
 */
import type { ActionItem, AgendaItem, Note } from '../schema/records';
import type { SearchKind, SearchRow } from './db-schema';
import { personToken, tokenize } from './text';

export function docId(kind: SearchKind, id: string): string {
  return `${kind}:${id}`;
}

export function searchRow(kind: 'note', record: Note): SearchRow;
export function searchRow(kind: 'agenda', record: AgendaItem): SearchRow;
export function searchRow(kind: 'action', record: ActionItem): SearchRow;
export function searchRow(kind: SearchKind, record: Note | AgendaItem | ActionItem): SearchRow {
  const conflictText = (record.conflicts ?? []).map((c) => c.text).join(' ');
  return {
    docId: docId(kind, record.id),
    kind,
    id: record.id,
    personId: record.personId,
    tokens: [...tokenize(`${record.text} ${conflictText}`), personToken(record.personId)],
  };
}
