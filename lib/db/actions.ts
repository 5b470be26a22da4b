/** Action items: open ones stay visible (prepBundle) until done. Field operations, like agenda. */
import type { ActionItem, Visibility, Who } from '../schema/records';
import { write, type Ctx } from './context';
import { changeItem, deleteItem, dismissItemConflicts, storeItem } from './list-items';
import {
  CONFLICT_MESSAGE,
  mergeText,
  withConflicts,
  type SaveResult,
  type SaveStatus,
  type TextEdit,
} from './merge';

export interface ActionInput {
  personId: string;
  meetingId: string | null;
  text: string;
  owner?: Who;
  due?: string;
  /** Shared unless the user says otherwise. */
  visibility?: Visibility;
}

const change = (ctx: Ctx, id: string, apply: (item: ActionItem) => ActionItem) =>
  changeItem(ctx, 'actions', id, apply);

export async function addActionItem(ctx: Ctx, input: ActionInput): Promise<ActionItem> {
  const now = ctx.now();
  const item: ActionItem = {
    id: ctx.newId(),
    createdAt: now,
    updatedAt: now,
    rev: 1,
    personId: input.personId,
    meetingId: input.meetingId,
    text: input.text,
    owner: input.owner ?? 'me',
    ...(input.due !== undefined && { due: input.due }),
    done: false,
    visibility: input.visibility ?? 'shared',
  };
  return write(ctx, ['actions', 'search'], async (tx, touched) => {
    await storeItem('actions', item, null, tx, touched);
    return item;
  });
}

export function setActionDone(ctx: Ctx, id: string, done: boolean): Promise<ActionItem> {
  return change(ctx, id, (item) => {
    if (item.done === done) return item;
    if (!done) {
      const { doneAt: _doneAt, ...open } = item;
      return { ...open, done };
    }
    return { ...item, done, doneAt: ctx.now() };
  });
}

export interface ActionEdit {
  /** A text change, with the base it was made from. */
  text?: TextEdit;
  owner?: Who;
  /** null removes the due date. */
  due?: string | null;
  visibility?: Visibility;
}

export async function editActionItem(
  ctx: Ctx,
  id: string,
  edit: ActionEdit,
): Promise<SaveResult<ActionItem>> {
  const outcome: { status: SaveStatus } = { status: 'saved' };
  const record = await change(ctx, id, (current) => {
    let item = { ...current };
    if (edit.owner !== undefined) item.owner = edit.owner;
    if (edit.visibility !== undefined) item.visibility = edit.visibility;
    if (edit.due === null) delete item.due;
    else if (edit.due !== undefined) item.due = edit.due;
    if (edit.text) {
      const merged = mergeText(current, edit.text);
      outcome.status = merged.status === 'unchanged' ? 'saved' : merged.status;
      item = withConflicts({ ...item, text: merged.text }, merged.conflicts);
    }
    return item;
  });
  const { status } = outcome;
  return { status, record, ...(status === 'conflict' && { message: CONFLICT_MESSAGE }) };
}

export function dismissActionConflicts(ctx: Ctx, id: string): Promise<ActionItem> {
  return dismissItemConflicts(ctx, 'actions', id);
}

export function deleteActionItem(ctx: Ctx, id: string): Promise<void> {
  return deleteItem(ctx, 'actions', id);
}
