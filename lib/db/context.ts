/**
 * The shared state of one open repository and the two ways to use the database: `read` (one
 * readonly transaction) and `write` (one readwrite transaction per logical change). Bodies may
 * only await IndexedDB requests; anything else (fetch, timers, crypto) would let the
 * transaction auto-commit half-way.
 */
import type { IDBPDatabase, IDBPTransaction } from 'idb';
import type { QuestionContent } from '../schema/question';
import type { ChangeBus } from './changes';
import type { StoreName, TandemDB } from './db-schema';
import { DatabaseClosedError, StorageFullError, isQuotaError } from './errors';

export interface Ctx {
  db: IDBPDatabase<TandemDB>;
  bus: ChangeBus;
  /** The current time as an ISO string (injectable for tests). */
  now: () => string;
  /** Time-sortable unique ids. */
  newId: () => string;
  builtInQuestions: readonly QuestionContent[];
  state: { closed: boolean };
}

export type ReadTx<S extends StoreName[]> = IDBPTransaction<TandemDB, S, 'readonly'>;
export type WriteTx<S extends StoreName[]> = IDBPTransaction<TandemDB, S, 'readwrite'>;

/** Collects what a write touched, for the change notification sent after commit. */
export class Touched {
  readonly stores = new Set<string>();
  readonly ids = new Set<string>();
  /** Too many or unknown ids (erase, import): listeners re-query everything. */
  bulk = false;
  add(store: StoreName, id: string): void {
    this.stores.add(store);
    this.ids.add(id);
  }
  addAll(store: StoreName): void {
    this.stores.add(store);
    this.bulk = true;
  }
}

/** Fire-and-forget a request: its failure aborts the transaction and surfaces at tx.done. */
export function queue(request: Promise<unknown>): void {
  request.catch(() => undefined);
}

function assertOpen(ctx: Ctx): void {
  if (ctx.state.closed) throw new DatabaseClosedError();
}

export async function read<const S extends StoreName[], R>(
  ctx: Ctx,
  stores: S,
  body: (tx: ReadTx<S>) => Promise<R>,
): Promise<R> {
  assertOpen(ctx);
  const tx = ctx.db.transaction(stores, 'readonly');
  const result = await body(tx);
  await tx.done;
  return result;
}

export async function write<const S extends StoreName[], R>(
  ctx: Ctx,
  stores: S,
  body: (tx: WriteTx<S>, touched: Touched) => Promise<R>,
): Promise<R> {
  assertOpen(ctx);
  const tx = ctx.db.transaction(stores, 'readwrite');
  // Awaited below; handled now, as an abort (a cancel) may come while the body still runs.
  tx.done.catch(() => undefined);
  const touched = new Touched();
  let result: R;
  try {
    result = await body(tx, touched);
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // Already aborted by the failed request.
    }
    await tx.done.catch(() => undefined);
    throw translate(error, tx.error);
  }
  try {
    await tx.done;
  } catch (error) {
    throw translate(error, tx.error);
  }
  if (touched.stores.size > 0) ctx.bus.emit(touched.stores, touched.ids, touched.bulk);
  return result;
}

function translate(error: unknown, txError: DOMException | null): unknown {
  if (isQuotaError(error) || isQuotaError(txError)) return new StorageFullError(error);
  return error;
}
