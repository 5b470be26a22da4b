/**
 * Goals and the feedback log of one person (schema v7). Plain records, one transaction each;
 * they are not in the search index (short, and listed on the person's page in full).
 */
import type { FeedbackEntry, FeedbackKind, Goal, GoalStatus } from '../schema/growth';
import { queue, read, write, type Ctx } from './context';
import { RecordNotFoundError } from './errors';
import { bump, firstRevision, personRange } from './rows';

export async function goalsOf(ctx: Ctx, personId: string): Promise<Goal[]> {
  const goals = await read(ctx, ['goals'], (tx) =>
    tx.objectStore('goals').index('byPerson').getAll(personId),
  );
  return goals.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
}

export function addGoal(ctx: Ctx, input: { personId: string; text: string }): Promise<Goal> {
  const now = ctx.now();
  const goal: Goal = {
    id: ctx.newId(),
    ...firstRevision(now),
    personId: input.personId,
    text: input.text,
    status: 'active',
  };
  return write(ctx, ['goals'], async (tx, touched) => {
    await tx.objectStore('goals').add(goal);
    touched.add('goals', goal.id);
    return goal;
  });
}

export interface GoalEdit {
  text?: string;
  status?: GoalStatus;
}

export function editGoal(ctx: Ctx, id: string, edit: GoalEdit): Promise<Goal> {
  const now = ctx.now();
  return write(ctx, ['goals'], async (tx, touched) => {
    const current = await tx.objectStore('goals').get(id);
    if (!current) throw new RecordNotFoundError('goals', id);
    const next: Goal = bump({ ...current }, now);
    if (edit.text !== undefined) next.text = edit.text;
    if (edit.status !== undefined && edit.status !== current.status) {
      next.status = edit.status;
      next.statusAt = now;
    }
    await tx.objectStore('goals').put(next);
    touched.add('goals', id);
    return next;
  });
}

export function deleteGoal(ctx: Ctx, id: string): Promise<void> {
  return write(ctx, ['goals'], async (tx, touched) => {
    queue(tx.objectStore('goals').delete(id));
    touched.add('goals', id);
  });
}

export interface FeedbackInput {
  personId: string;
  /** YYYY-MM-DD, the user's day. */
  day: string;
  kind: FeedbackKind;
  text: string;
}

export function addFeedback(ctx: Ctx, input: FeedbackInput): Promise<FeedbackEntry> {
  const now = ctx.now();
  const entry: FeedbackEntry = { id: ctx.newId(), ...firstRevision(now), ...input };
  return write(ctx, ['feedback'], async (tx, touched) => {
    await tx.objectStore('feedback').add(entry);
    touched.add('feedback', entry.id);
    return entry;
  });
}

export function deleteFeedback(ctx: Ctx, id: string): Promise<void> {
  return write(ctx, ['feedback'], async (tx, touched) => {
    queue(tx.objectStore('feedback').delete(id));
    touched.add('feedback', id);
  });
}

/** Newest day first; `from`/`to` (YYYY-MM-DD, inclusive) narrow it to a review period. */
export async function feedbackOf(
  ctx: Ctx,
  personId: string,
  range: { from?: string; to?: string } = {},
): Promise<FeedbackEntry[]> {
  const keys =
    range.from || range.to
      ? IDBKeyRange.bound([personId, range.from ?? ''], [personId, range.to ?? '\uffff'])
      : personRange(personId);
  const entries = await read(ctx, ['feedback'], (tx) =>
    tx.objectStore('feedback').index('byPersonDay').getAll(keys),
  );
  return entries.sort(
    (a, b) => b.day.localeCompare(a.day) || b.createdAt.localeCompare(a.createdAt),
  );
}
