/**
 * The floors of the data-layer figures: what raw IndexedDB costs for the same work on this browser
 * and machine, measured in the same run, interleaved with the real calls (bench/data-layer.ts).
 * - import / export: a bare loop writing (reading) the same records as rows of the same sizes in
 *   ONE transaction, into stores with a primary key and no other index, no validation, no search;
 * - history / prep bundle / search: the same key-range requests the query issues (same indexes,
 *   same limits, same rounds), through raw IndexedDB on the same database, without idb, without
 *   any mapping or sorting of the results.
 * No implementation can beat these on this browser: they are the storage engine's own cost.
 */
import { personToken, prefixEnd, tokenize } from '../lib/db/text';
import type { ExportData } from '../lib/schema/export-file';

const RECORD_STORES = [
  'people',
  'meetings',
  'agenda',
  'actions',
  'notes',
  'questions',
  'askedLog',
] as const;

function request<T>(r: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
}

function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = tx.onabort = () => reject(tx.error);
  });
}

/** A plain connection to an existing database (the bench repository's), at its current version. */
export function openRaw(name: string): Promise<IDBDatabase> {
  return request(indexedDB.open(name));
}

/** A fresh database of bare stores (primary key `id`, no index) for the import/export floors. */
export async function openBareDatabase(name: string): Promise<IDBDatabase> {
  await request(indexedDB.deleteDatabase(name));
  const open = indexedDB.open(name, 1);
  open.onupgradeneeded = () => {
    for (const store of RECORD_STORES) open.result.createObjectStore(store, { keyPath: 'id' });
  };
  return request(open);
}

/** Import floor: every record of the file put in one transaction (the stores are emptied first). */
export async function floorWrite(db: IDBDatabase, data: ExportData): Promise<number> {
  const clear = db.transaction([...RECORD_STORES], 'readwrite');
  for (const store of RECORD_STORES) clear.objectStore(store).clear();
  await done(clear);
  const t0 = performance.now();
  const tx = db.transaction([...RECORD_STORES], 'readwrite');
  for (const store of RECORD_STORES) {
    const os = tx.objectStore(store);
    for (const record of data[store]) os.put(record);
  }
  await done(tx);
  return performance.now() - t0;
}

/** Export floor: one `getAll` per store in one transaction. */
export async function floorRead(db: IDBDatabase): Promise<number> {
  const t0 = performance.now();
  const tx = db.transaction([...RECORD_STORES], 'readonly');
  await Promise.all(RECORD_STORES.map((s) => request(tx.objectStore(s).getAll())));
  await done(tx);
  return performance.now() - t0;
}

const personRange = (personId: string) => IDBKeyRange.bound([personId], [personId, []]);

/** historyPage's reads: the newest `limit` meetings by cursor, then each one's note and items. */
export async function floorHistory(
  db: IDBDatabase,
  personId: string,
  limit: number,
): Promise<number> {
  const t0 = performance.now();
  const tx = db.transaction(['meetings', 'notes', 'agenda', 'actions'], 'readonly');
  const ids: string[] = [];
  await new Promise<void>((resolve, reject) => {
    const r = tx
      .objectStore('meetings')
      .index('byPersonStart')
      .openCursor(personRange(personId), 'prev');
    r.onerror = () => reject(r.error);
    r.onsuccess = () => {
      const cursor = r.result;
      if (!cursor || ids.length >= limit) return resolve();
      ids.push((cursor.value as { id: string }).id);
      cursor.continue();
    };
  });
  await Promise.all(
    ids.flatMap((id) => [
      request(tx.objectStore('notes').index('byMeeting').get(id)),
      request(tx.objectStore('agenda').index('byMeeting').getAll(id)),
      request(tx.objectStore('actions').index('byMeeting').getAll(id)),
    ]),
  );
  await done(tx);
  return performance.now() - t0;
}

/**
 * prepBundle's reads, in its rounds: the meeting; then, together, the person, the previous
 * meeting, this meeting's and the open items, the note, the past window, the count, the later
 * meetings' keys and the newest asked log (cursor, advance, bounded getAll); then the notes of
 * the latest five earlier meetings.
 */
export async function floorPrepBundle(db: IDBDatabase, meetingId: string): Promise<number> {
  const t0 = performance.now();
  const tx = db.transaction(
    ['meetings', 'people', 'agenda', 'actions', 'notes', 'askedLog'],
    'readonly',
  );
  const meetings = tx.objectStore('meetings');
  const meeting = (await request(meetings.get(meetingId))) as { personId: string; start: string };
  const { personId, start } = meeting;
  const earlier = IDBKeyRange.bound([personId], [personId, start], false, true);
  const windowStart = new Date(Date.parse(start) - 730 * 86_400_000).toISOString();
  const byStart = meetings.index('byPersonStart');
  const asked = tx.objectStore('askedLog').index('byPersonAt');
  const newestAsked = async () => {
    const cursor = await request(asked.openCursor(personRange(personId), 'prev'));
    if (!cursor) return;
    cursor.advance(199);
    const from = await new Promise<IDBCursorWithValue | null>((resolve) => {
      const r = cursor.request as IDBRequest<IDBCursorWithValue | null>;
      r.onsuccess = () => resolve(r.result);
    });
    await request(
      asked.getAll(from ? IDBKeyRange.bound(from.key, [personId, []]) : personRange(personId)),
    );
  };
  const [, , , , , , , past] = await Promise.all([
    request(tx.objectStore('people').get(personId)),
    request(byStart.openCursor(earlier, 'prev')),
    request(tx.objectStore('agenda').index('byMeeting').getAll(meetingId)),
    request(tx.objectStore('agenda').index('byPending').getAll(personId)),
    request(tx.objectStore('actions').index('byMeeting').getAll(meetingId)),
    request(tx.objectStore('actions').index('byPending').getAll(personId)),
    request(tx.objectStore('notes').index('byMeeting').get(meetingId)),
    request(
      byStart.getAll(IDBKeyRange.bound([personId, windowStart], [personId, start], false, true)),
    ),
    request(byStart.count(earlier)),
    request(byStart.getAllKeys(IDBKeyRange.bound([personId, start], [personId, []], true))),
    newestAsked(),
  ]);
  const latest = (past as { id: string }[]).slice(-5);
  await Promise.all(
    latest.map((m) => request(tx.objectStore('notes').index('byMeeting').get(m.id))),
  );
  await done(tx);
  return performance.now() - t0;
}

/**
 * search's reads: every query word's prefix range of posting lists (and the person's term), then
 * one `get` per hit the query returned (`hits`: "kind:id" as the index stores them).
 */
export async function floorSearch(
  db: IDBDatabase,
  query: string,
  personId: string | undefined,
  hits: readonly { kind: string; id: string }[],
): Promise<number> {
  const t0 = performance.now();
  const tx = db.transaction(['search', 'notes', 'agenda', 'actions'], 'readonly');
  const postings = tx.objectStore('search');
  const ranges = tokenize(query)
    .slice(0, 8)
    .map((t) => IDBKeyRange.bound([t, 0], [prefixEnd(t), Infinity]));
  if (personId) {
    const token = personToken(personId);
    ranges.push(IDBKeyRange.bound([token, 0], [token, Infinity]));
  }
  await Promise.all(ranges.map((r) => request(postings.getAll(r))));
  const store = { note: 'notes', agenda: 'agenda', action: 'actions' } as Record<string, string>;
  await Promise.all(hits.map((h) => request(tx.objectStore(store[h.kind]!).get(h.id))));
  await done(tx);
  return performance.now() - t0;
}
