/**
 * Concurrent edits. A write carries the `baseRev` it was made from; the check runs inside the
 * readwrite transaction, so it is an atomic compare-and-set (IndexedDB runs overlapping
 * readwrite transactions one after the other). When the same text was changed in two places,
 * both versions are kept: the newer write becomes the text and the other lands in `conflicts`.
 */
import type { ConflictCopy } from '../schema/records';

export interface TextEdit {
  text: string;
  /** The rev of the record the edit was made from (0 when the record did not exist yet). */
  baseRev: number;
  /** The text the edit started from ('' for a new record). A changed rev with the stored text
   * still equal to this means another view changed other fields only: no conflict. */
  baseText: string;
}

/** saved: applied; unchanged: nothing to write; merged: applied over another edit of other fields;
 * conflict: the text was also edited elsewhere and both versions are kept. */
export type SaveStatus = 'saved' | 'unchanged' | 'merged' | 'conflict';

export interface SaveResult<T> {
  status: SaveStatus;
  record: T;
  /** For the UI to show when status is 'conflict'. */
  message?: string;
}

export const CONFLICT_MESSAGE = 'This was also edited elsewhere; both versions are kept.';

/** What a save returns: its status, the stored record and, on a conflict, the words to show. */
export function saveResult<T>(status: SaveStatus, record: T): SaveResult<T> {
  return { status, record, ...(status === 'conflict' && { message: CONFLICT_MESSAGE }) };
}

interface TextRecord {
  text: string;
  rev: number;
  updatedAt: string;
  conflicts?: ConflictCopy[];
}

export interface TextMerge {
  status: SaveStatus;
  text: string;
  conflicts?: ConflictCopy[];
}

export function mergeText(current: TextRecord, edit: TextEdit): TextMerge {
  const same = { text: current.text, conflicts: current.conflicts };
  if (edit.text === current.text) return { status: 'unchanged', ...same };
  const applied = { text: edit.text, conflicts: current.conflicts };
  if (current.rev === edit.baseRev) return { status: 'saved', ...applied };
  // The other edit left the text alone (or emptied a blank one): nothing to keep twice.
  if (current.text === edit.baseText || current.text.trim() === '') {
    return { status: 'merged', ...applied };
  }
  if (edit.text === edit.baseText) return { status: 'unchanged', ...same };
  const kept: ConflictCopy = { text: current.text, at: current.updatedAt };
  return { status: 'conflict', text: edit.text, conflicts: [...(current.conflicts ?? []), kept] };
}

/** Drops an empty `conflicts` so records stay lean. */
export function withConflicts<T extends { conflicts?: ConflictCopy[] }>(
  record: T,
  conflicts: ConflictCopy[] | undefined,
): T {
  const { conflicts: _old, ...rest } = record;
  return (conflicts && conflicts.length > 0 ? { ...rest, conflicts } : rest) as T;
}
