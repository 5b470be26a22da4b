/**
 * What sync needs from the database, at the level of logical records (the zod records of
 * lib/schema/records.ts), never raw rows: read some records by store and id, list records
 * written since a time, and apply records that came from another device.
 *
 * Applying uses the import's rule (`import-plan.ts` `resolve`): a later version wins, and two
 * versions edited apart keep both texts in `conflicts`, exactly as between two tabs. Deletions
 * from another device delete. A note whose meeting has not arrived yet is deferred (its sort
 * key needs the meeting's start), so the caller retries it with a later batch.
 */
import { EXPORT_STORES, type ExportData, type ExportStore } from '../schema/export-file';
import type { Note } from '../schema/records';
import { read, write, type Ctx, type WriteTx } from './context';
import type { StoreName } from './db-schema';
import { resolve, type Outcome } from './import-plan';
import { actionItem, actionRow, agendaItem, agendaRow, note as toNote, noteRow } from './rows';
import { SearchIndexer, type PostingStore } from './search-index';
import { exportData } from './backup';

export type SyncedRecord =
  ExportData[Exclude<ExportStore, 'settings'>][number] | NonNullable<ExportData['settings']>;

export interface RecordRef {
  store: ExportStore;
  id: string;
}

/** A record from another device: `record` null = it was deleted there. */
export interface IncomingRecord extends RecordRef {
  record: SyncedRecord | null;
}

export interface AppliedRecord extends RecordRef {
  outcome: Outcome | 'deleted' | 'deferred';
  /** The record as stored now (null: absent). */
  stored: SyncedRecord | null;
}

type AnyWriteTx = WriteTx<StoreName[]>;

/** Every store: the synced ones and the search index, which is derived from them. */
const ALL_STORES: StoreName[] = [...EXPORT_STORES, 'search'];

function fromRow(store: ExportStore, row: unknown): SyncedRecord | null {
  if (row === undefined || row === null) return null;
  if (store === 'agenda') return agendaItem(row as never);
  if (store === 'actions') return actionItem(row as never);
  if (store === 'notes') return toNote(row as never);
  return row as SyncedRecord;
}

/** The records as stored now (null = none with that id in that store), in the order asked. */
export async function readRecords(
  ctx: Ctx,
  refs: readonly RecordRef[],
): Promise<(SyncedRecord | null)[]> {
  if (refs.length === 0) return [];
  return read(ctx, ALL_STORES, (tx) =>
    Promise.all(refs.map(async (r) => fromRow(r.store, await tx.objectStore(r.store).get(r.id)))),
  );
}

/** Every record (one read transaction): the first sync and catching up after a restart. */
export async function allRecords(ctx: Ctx): Promise<IncomingRecord[]> {
  const { data } = await exportData(ctx);
  const out: IncomingRecord[] = [];
  for (const [store, list] of Object.entries(data) as [ExportStore, unknown][]) {
    const records = (store === 'settings' ? (list ? [list] : []) : list) as SyncedRecord[];
    for (const record of records) out.push({ store, id: record.id, record });
  }
  return out;
}

function toRow(
  store: ExportStore,
  record: SyncedRecord,
  meetingStart: string | undefined,
): unknown {
  if (store === 'agenda') return agendaRow(record as never);
  if (store === 'actions') return actionRow(record as never);
  if (store === 'notes') return noteRow(record as Note, meetingStart);
  return record;
}

const SEARCH_KIND = { notes: 'note', agenda: 'agenda', actions: 'action' } as const;

/**
 * Applies a batch from another device in ONE readwrite transaction (all or nothing). Meetings
 * go first, so notes of the same batch find their meeting's start.
 */
export async function applyIncoming(
  ctx: Ctx,
  batch: readonly IncomingRecord[],
): Promise<AppliedRecord[]> {
  if (batch.length === 0) return [];
  const order = (r: IncomingRecord) => (r.store === 'people' ? 0 : r.store === 'meetings' ? 1 : 2);
  const sorted = [...batch].sort((a, b) => order(a) - order(b));
  return write(ctx, ALL_STORES, async (tx: AnyWriteTx, touched) => {
    const storedRows = await Promise.all(sorted.map((r) => tx.objectStore(r.store).get(r.id)));
    const starts = new Map<string, string>();
    const noteMeetings = sorted
      .map((r) => (r.store === 'notes' && r.record ? (r.record as Note).meetingId : undefined))
      .filter((id): id is string => id !== undefined);
    const meetingRows = await Promise.all(
      noteMeetings.map((id) => tx.objectStore('meetings').get(id)),
    );
    for (const m of meetingRows) if (m) starts.set(m.id, m.start);

    const index = new SearchIndexer();
    const results: AppliedRecord[] = [];
    sorted.forEach((incoming, i) => {
      const { store, id } = incoming;
      const stored = fromRow(store, storedRows[i]);
      const kind = (SEARCH_KIND as Record<string, 'note' | 'agenda' | 'action'>)[store];
      if (incoming.record === null) {
        if (stored) {
          void tx
            .objectStore(store)
            .delete(id)
            .catch(() => undefined);
          if (kind) index.change(kind, stored as never, null);
          touched.add(store, id);
        }
        results.push({ store, id, outcome: 'deleted', stored: null });
        return;
      }
      if (store === 'meetings') starts.set(id, (incoming.record as { start: string }).start);
      const meetingId = store === 'notes' ? (incoming.record as Note).meetingId : undefined;
      if (meetingId !== undefined && !starts.has(meetingId)) {
        results.push({ store, id, outcome: 'deferred', stored });
        return;
      }
      const { outcome, write: next } = resolve(incoming.record, stored ?? undefined);
      if (next) {
        void tx
          .objectStore(store)
          .put(toRow(store, next, meetingId && starts.get(meetingId)) as never)
          .catch(() => undefined);
        if (kind) index.change(kind, stored as never, next as never);
        touched.add(store, id);
      }
      results.push({ store, id, outcome, stored: next ?? stored });
    });
    await index.flush(tx.objectStore('search') as unknown as PostingStore);
    return results;
  });
}
