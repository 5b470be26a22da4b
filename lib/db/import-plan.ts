/**
 * How an imported record meets the stored one with the same id (pure). Import never deletes.
 * - equal                          → unchanged
 * - one side has the higher rev AND the later (or same) updatedAt → that side is a later
 *   version of the other: the file's wins ("updated") or the stored one stays ("unchanged")
 * - same rev but different content, or rev and time disagree → both were edited apart
 *   ("conflicting"): the later one wins and, when their texts differ, the other text is kept
 *   in `conflicts`, exactly like a concurrent edit.
 */
import type { ConflictCopy } from '../schema/records';
import { canonicalJson } from './backup-file';

export type Outcome = 'new' | 'updated' | 'conflicting' | 'unchanged';

interface Versioned {
  id: string;
  rev: number;
  updatedAt: string;
}

export interface Resolution<T> {
  outcome: Outcome;
  /** What to store; null = leave the stored record as it is. */
  write: T | null;
}

/** The text field of records that have one (standing notes for people). */
function textOf(record: object): string | undefined {
  if ('text' in record && typeof record.text === 'string') return record.text;
  if ('standingNotes' in record && typeof record.standingNotes === 'string') {
    return record.standingNotes;
  }
  return undefined;
}

function withText<T extends object>(record: T, text: string, conflicts: ConflictCopy[]): T {
  const field = 'standingNotes' in record ? 'standingNotes' : 'text';
  return { ...record, [field]: text, ...(conflicts.length > 0 && { conflicts }) };
}

export function resolve<T extends Versioned>(incoming: T, stored: T | undefined): Resolution<T> {
  if (!stored) return { outcome: 'new', write: incoming };
  if (canonicalJson(incoming) === canonicalJson(stored))
    return { outcome: 'unchanged', write: null };
  const incomingLater = incoming.updatedAt >= stored.updatedAt;
  const storedLater = stored.updatedAt >= incoming.updatedAt;
  if (incoming.rev > stored.rev && incomingLater) return { outcome: 'updated', write: incoming };
  if (stored.rev > incoming.rev && storedLater) return { outcome: 'unchanged', write: null };

  const [winner, loser] =
    incoming.updatedAt > stored.updatedAt ? [incoming, stored] : [stored, incoming];
  const rev = Math.max(incoming.rev, stored.rev) + 1;
  const winText = textOf(winner);
  const loseText = textOf(loser);
  const known = [
    ...((winner as { conflicts?: ConflictCopy[] }).conflicts ?? []),
    ...((loser as { conflicts?: ConflictCopy[] }).conflicts ?? []),
  ];
  let merged: T = { ...winner, rev };
  if (winText !== undefined && loseText !== undefined && winText !== loseText && loseText.trim()) {
    const copies = known.some((c) => c.text === loseText)
      ? known
      : [...known, { text: loseText, at: loser.updatedAt }];
    merged = withText(merged, winText, dedupe(copies));
  } else if (known.length > 0 && winText !== undefined) {
    merged = withText(merged, winText, dedupe(known));
  }
  return { outcome: 'conflicting', write: merged };
}

function dedupe(copies: ConflictCopy[]): ConflictCopy[] {
  const seen = new Set<string>();
  return copies.filter((c) => !seen.has(c.text) && Boolean(seen.add(c.text)));
}
