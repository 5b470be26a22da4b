/**
 * How an imported record meets the stored one with the same id (pure). Import never deletes.
 * - equal                          → unchanged
 * - the same content, only createdAt/updatedAt/rev differ (e.g. built-in questions a fresh
 *   profile seeded itself, or settings saved unchanged) → unchanged; the file's copy is
 *   written so an export → erase → import round trip gives back exactly the exported data
 * - the stored record is a built-in question as seeded (not edited, enabled) → the file's
 *   version is the user's: it wins ("updated"), unless it is an unedited built-in as well
 * - one side has the higher rev AND the later (or same) updatedAt → that side is a later
 *   version of the other: the file's wins ("updated") or the stored one stays ("unchanged")
 * - same rev but different content, or rev and time disagree → both were edited apart
 *   ("conflicting"): the later one wins and, when their texts differ, the other text is kept
 *   in `conflicts`, exactly like a concurrent edit.
 */
import type { ConflictCopy } from '../schema/records';

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

/** Fields that say when and how often a record was written, not what it holds. */
const METADATA = new Set(['createdAt', 'updatedAt', 'rev']);

/**
 * Deep equality of JSON data (key order and keys holding `undefined` do not matter), optionally
 * ignoring some top-level keys. Much cheaper than comparing canonical JSON of 100k records.
 */
export function sameData(a: unknown, b: unknown, ignore?: ReadonlySet<string>): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameData(a[i], b[i])) return false;
    return true;
  }
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  let count = 0;
  for (const key in x) {
    if (x[key] === undefined || ignore?.has(key)) continue;
    count++;
    if (!sameData(x[key], y[key])) return false;
  }
  for (const key in y) if (y[key] !== undefined && !ignore?.has(key)) count--;
  return count === 0;
}

/** A built-in question exactly as the release seeds it (nothing of the user's in it). */
export function seededBuiltIn(record: object): boolean {
  const q = record as { builtIn?: unknown; edited?: unknown; enabled?: unknown };
  return q.builtIn === true && q.edited === false && q.enabled === true;
}

export function resolve<T extends Versioned>(incoming: T, stored: T | undefined): Resolution<T> {
  if (!stored) return { outcome: 'new', write: incoming };
  if (sameData(incoming, stored)) return { outcome: 'unchanged', write: null };
  // Same content, other timestamps/rev: nothing to merge; the file's metadata is restored.
  if (sameData(incoming, stored, METADATA)) return { outcome: 'unchanged', write: incoming };
  if (seededBuiltIn(stored)) {
    return seededBuiltIn(incoming)
      ? { outcome: 'unchanged', write: null } // only the release's text differs: keep today's
      : { outcome: 'updated', write: incoming };
  }
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
