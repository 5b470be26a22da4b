/** Action items: open ones stay visible (prepBundle) until done. Field operations, like agenda. */
import type { ActionItem, Visibility, Who } from '../schema/records';
import { queue, write, type Ctx, type Touched, type WriteTx } from './context';
import { RecordNotFoundError } from './errors';
import {
  CONFLICT_MESSAGE,
  mergeText,
  withConflicts,
  type SaveResult,
  type SaveStatus,
  type TextEdit,
} from './merge';
import { actionItem, actionRow, bump } from './rows';
import { SearchIndexer, type PostingStore } from './search-index';

export interface ActionInput {
  personId: string;
  meetingId: string | null;
  text: string;
  owner?: Who;
  due?: string;
  /** Shared unless the user says otherwise. */
  visibility?: Visibility;
}

type ActionTx = WriteTx<['actions', 'search']>;

/** Stores the item and updates the search index for what changed since `before`. */
async function store(
  item: ActionItem,
  before: ActionItem | null,
  tx: ActionTx,
  touched: Touched,
): Promise<void> {
  queue(tx.objectStore('actions').put(actionRow(item)));
  const index = new SearchIndexer();
  index.change('action', before, item);
  await index.flush(tx.objectStore('search') as unknown as PostingStore);
  touched.add('actions', item.id);
}

async function change(
  ctx: Ctx,
  id: string,
  apply: (item: ActionItem) => ActionItem,
): Promise<ActionItem> {
  return write(ctx, ['actions', 'search'], async (tx, touched) => {
    const row = await tx.objectStore('actions').get(id);
    if (!row) throw new RecordNotFoundError('actions', id);
    const current = actionItem(row);
    const next = apply(current);
    if (JSON.stringify(next) === JSON.stringify(current)) return current;
    const bumped = bump(next, ctx.now());
    await store(bumped, current, tx, touched);
    return bumped;
  });
}

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
    await store(item, null, tx, touched);
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
  return change(ctx, id, (item) => withConflicts(item, undefined));
}

export async function deleteActionItem(ctx: Ctx, id: string): Promise<void> {
  await write(ctx, ['actions', 'search'], async (tx, touched) => {
    const row = await tx.objectStore('actions').get(id);
    if (!row) return;
    queue(tx.objectStore('actions').delete(id));
    const index = new SearchIndexer();
    index.change('action', actionItem(row), null);
    await index.flush(tx.objectStore('search') as unknown as PostingStore);
    touched.add('actions', id);
  });
}
