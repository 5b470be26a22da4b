/** Action items: open ones stay visible (prepBundle) until done. Field operations, like agenda. */
import type { ActionItem, Visibility, Who } from '../schema/records';
import type { Ctx } from './context';
import { addItem, changeItem, deleteItem, dismissItemConflicts, setItemDone } from './list-items';
import { mergeText, saveResult, withConflicts, type SaveResult, type TextEdit } from './merge';

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

export function addActionItem(ctx: Ctx, input: ActionInput): Promise<ActionItem> {
  return addItem(ctx, 'actions', () => ({
    personId: input.personId,
    meetingId: input.meetingId,
    text: input.text,
    owner: input.owner ?? 'me',
    ...(input.due !== undefined && { due: input.due }),
    done: false,
    visibility: input.visibility ?? 'shared',
  }));
}

export function setActionDone(ctx: Ctx, id: string, done: boolean): Promise<ActionItem> {
  return setItemDone(ctx, 'actions', id, done);
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
  const outcome: Pick<SaveResult<unknown>, 'status'> = { status: 'saved' };
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
  return saveResult(outcome.status, record);
}

export function dismissActionConflicts(ctx: Ctx, id: string): Promise<ActionItem> {
  return dismissItemConflicts(ctx, 'actions', id);
}

export function deleteActionItem(ctx: Ctx, id: string): Promise<void> {
  return deleteItem(ctx, 'actions', id);
}
