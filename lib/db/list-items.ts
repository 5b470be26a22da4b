/**
 * What agenda items and action items share: how one is stored with its search postings, changed
 * in a single transaction, cleared of conflicts and deleted. Both are lists of field operations
 * on one person's items; lib/db/agenda.ts and lib/db/actions.ts hold what differs.
 */
import type { ActionItem, AgendaItem } from '../schema/records';
import { queue, write, type Ctx, type Touched, type WriteTx } from './context';
import { RecordNotFoundError } from './errors';
import { withConflicts } from './merge';
import { actionItem, actionRow, agendaItem, agendaRow, bump, firstRevision } from './rows';
import { SearchIndexer, type PostingStore } from './search-index';

interface ListItems {
  agenda: AgendaItem;
  actions: ActionItem;
}
export type ListStore = keyof ListItems;
export type ListTx<S extends ListStore> = WriteTx<[S, 'search']>;

/** The search kind and the row conversions of each list (rows carry derived index fields). */
const LISTS = {
  agenda: { kind: 'agenda', row: agendaRow, item: agendaItem },
  actions: { kind: 'action', row: actionRow, item: actionItem },
} as const;

/** idb types each store separately; the two lists are handled alike, so one plain view of them. */
interface PlainStore<T> {
  get(id: string): Promise<T | undefined>;
  put(row: unknown): Promise<unknown>;
  delete(id: string): Promise<void>;
}
function listStore<S extends ListStore>(tx: ListTx<S>, store: S): PlainStore<unknown> {
  return tx.objectStore(store) as unknown as PlainStore<unknown>;
}
const toRow = <S extends ListStore>(store: S, item: ListItems[S]) =>
  (LISTS[store].row as (i: ListItems[S]) => unknown)(item);
const fromRow = <S extends ListStore>(store: S, row: unknown) =>
  (LISTS[store].item as (r: unknown) => ListItems[S])(row);

/** Writes a new item: its first revision with a fresh id, and its search postings. */
export function addItem<S extends ListStore>(
  ctx: Ctx,
  store: S,
  fields: (now: string) => Omit<ListItems[S], 'id' | 'createdAt' | 'updatedAt' | 'rev'>,
): Promise<ListItems[S]> {
  const now = ctx.now();
  const item = { id: ctx.newId(), ...firstRevision(now), ...fields(now) } as ListItems[S];
  return write(ctx, [store, 'search'], async (tx, touched) => {
    await storeItem(store, item, null, tx, touched);
    return item;
  });
}

/** Stores the item and updates the search index for what changed since `before`. */
export async function storeItem<S extends ListStore>(
  store: S,
  item: ListItems[S],
  before: ListItems[S] | null,
  tx: ListTx<S>,
  touched: Touched,
): Promise<void> {
  queue(listStore(tx, store).put(toRow(store, item)));
  const index = new SearchIndexer();
  index.change(LISTS[store].kind, before, item);
  await index.flush(tx.objectStore('search') as unknown as PostingStore);
  touched.add(store, item.id);
}

/** Reads, changes and stores one item in a single transaction (nothing written if unchanged). */
export function changeItem<S extends ListStore>(
  ctx: Ctx,
  store: S,
  id: string,
  apply: (item: ListItems[S]) => ListItems[S],
): Promise<ListItems[S]> {
  return write(ctx, [store, 'search'], async (tx, touched) => {
    const row = await listStore(tx, store).get(id);
    if (!row) throw new RecordNotFoundError(store, id);
    const current = fromRow(store, row);
    const next = apply(current);
    if (JSON.stringify(next) === JSON.stringify(current)) return current;
    const bumped = bump(next, ctx.now());
    await storeItem(store, bumped, current, tx, touched);
    return bumped;
  });
}

/** Ticks an item off (stamping doneAt, plus `also`) or on again (dropping doneAt). */
export function setItemDone<S extends ListStore>(
  ctx: Ctx,
  store: S,
  id: string,
  done: boolean,
  also: Partial<ListItems[S]> = {},
): Promise<ListItems[S]> {
  return changeItem(ctx, store, id, (item) => {
    if (item.done === done) return item;
    if (!done) {
      const { doneAt: _doneAt, ...open } = item;
      return { ...open, done } as ListItems[S];
    }
    return { ...item, done, doneAt: ctx.now(), ...also };
  });
}

/** Hides the other versions a conflict kept, once the user has dealt with them. */
export function dismissItemConflicts<S extends ListStore>(
  ctx: Ctx,
  store: S,
  id: string,
): Promise<ListItems[S]> {
  return changeItem(ctx, store, id, (item) => withConflicts(item, undefined));
}

export async function deleteItem(ctx: Ctx, store: ListStore, id: string): Promise<void> {
  await write(ctx, [store, 'search'], async (tx, touched) => {
    const row = await listStore(tx, store).get(id);
    if (!row) return;
    queue(listStore(tx, store).delete(id));
    const index = new SearchIndexer();
    index.change(LISTS[store].kind, fromRow(store, row), null);
    await index.flush(tx.objectStore('search') as unknown as PostingStore);
    touched.add(store, id);
  });
}
