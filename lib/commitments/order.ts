/**
 * "My commitments": the open action items the user owns, across everyone. Pure ordering, so the
 * popup's list is testable without a database: overdue first (oldest due first), then the rest
 * by due date, then those without a date, each group oldest first.
 */
export interface Commitment {
  id: string;
  personId: string;
  personName: string;
  text: string;
  /** Private ones are left out while screen-share safe mode is on. */
  visibility: 'shared' | 'private';
  due?: string;
  createdAt: string;
}

/** `today` is YYYY-MM-DD in the user's zone (passed in: no clock here). */
export function orderCommitments<T extends Commitment>(items: readonly T[], today: string): T[] {
  const rank = (c: T) => (!c.due ? 2 : c.due < today ? 0 : 1);
  return [...items].sort(
    (a, b) =>
      rank(a) - rank(b) ||
      (a.due ?? '').localeCompare(b.due ?? '') ||
      a.createdAt.localeCompare(b.createdAt) ||
      a.id.localeCompare(b.id),
  );
}

export function isOverdue(c: { due?: string }, today: string): boolean {
  return !!c.due && c.due < today;
}
