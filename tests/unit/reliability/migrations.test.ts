/**
 * Every released schema version's saved database (tests/fixtures/db/v<N>-dump.json) upgrades to the
 * current version with 100 % of its records intact, counted and compared field by field, also at
 * scale (the dump cloned many times); and an upgrade while another tab still holds the old
 * version leaves both tabs on the new version with nothing lost.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openDB, type IDBPDatabase } from 'idb';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { DB_VERSION } from '../../../lib/db/db-schema';
import { upgradeTo } from '../../../lib/db/migrations';
import type { PostingRow } from '../../../lib/db/db-schema';
import { SearchIndexer, type PostingStore } from '../../../lib/db/search-index';
import type { Repository } from '../../../lib/db/repository';
import { ExportData } from '../../../lib/schema/export-file';
import { closeAll, testRepo } from '../db/helpers';

afterEach(closeAll);

type Row = Record<string, unknown>;
type Rows = Record<string, Row[]>;
interface Dump {
  schemaVersion: number;
  stores: Rows;
}

const DIR = join(__dirname, '../../fixtures/db');
const DUMPS: { file: string; dump: Dump }[] = readdirSync(DIR)
  .filter((f) => /^v\d+-dump\.json$/.test(f))
  .map((file) => ({ file, dump: JSON.parse(readFileSync(join(DIR, file), 'utf8')) as Dump }));

const figures = { databases: 0, records: 0 };
afterAll(() =>
  console.info(
    `migrations: ${figures.databases} saved databases upgraded, ${figures.records} records compared`,
  ),
);

/** Builds the saved database for real: that version's migrations, then its rows. */
async function restore(name: string, dump: Dump): Promise<void> {
  const db = await openDB(name, dump.schemaVersion, { upgrade: upgradeTo(dump.schemaVersion) });
  const tx = db.transaction(Object.keys(dump.stores), 'readwrite');
  for (const [store, rows] of Object.entries(dump.stores))
    for (const row of rows) void tx.objectStore(store).put(row);
  await tx.done;
  db.close();
}

/** What a saved row must look like as a current record (derived index fields stripped). */
function expected(store: string, row: Row, fromVersion: number): Row {
  const { pendingFor: _p, sortAt: _s, ...record } = row;
  if (store === 'notes' && fromVersion < 2) return { topics: [], ...record };
  // v4: every item saved before was shared (the default), and says so now.
  if ((store === 'agenda' || store === 'actions') && fromVersion < 4)
    return { visibility: 'shared', ...record };
  // v5: every person saved before has no standing topics yet.
  if (store === 'people' && fromVersion < 5) return { ...record, standingTopics: [] };
  // v6: the language follows the calendar and the browser ('auto'); German says "du".
  if (store === 'settings' && fromVersion < 6)
    return { language: 'auto', address: 'du', ...expected(store, row, 6) };
  // v7: reminders are off (10 minutes before, once turned on) until the user says otherwise.
  if (store === 'settings' && fromVersion < 7)
    return { reminders: { enabled: false, minutesBefore: 10 }, ...record };
  return record;
}

function byStore(data: ExportData): Record<string, Row[]> {
  return { ...data, settings: data.settings ? [data.settings] : [] } as Record<string, Row[]>;
}

const postingOrder = (a: Row, b: Row) =>
  a.token === b.token
    ? Number(a.chunk) - Number(b.chunk)
    : String(a.token) < String(b.token)
      ? -1
      : 1;

async function expectAllRecords(repo: Repository, dump: Dump, name: string) {
  const { data } = await repo.exportData();
  expect(() => ExportData.parse(data)).not.toThrow();
  const stored = byStore(data);
  for (const [store, rows] of Object.entries(dump.stores)) {
    if (store === 'search') {
      // Derived and not exported: the saved posting lists must come through row for row.
      const raw = await openDB(name);
      expect(await raw.getAll('search'), store).toEqual([...rows].sort(postingOrder));
      raw.close();
      figures.records += rows.length;
      continue;
    }
    const want = rows
      .map((row) => expected(store, row, dump.schemaVersion))
      .sort((a, b) => (String(a.id) < String(b.id) ? -1 : 1));
    expect(stored[store], store).toHaveLength(want.length);
    expect(stored[store], store).toEqual(want);
    figures.records += want.length;
  }
}

/** An in-memory posting store: what the saved version's search index holds for given records. */
async function postingsOf(stores: Rows): Promise<Row[]> {
  const rows = new Map<string, PostingRow>();
  const key = (token: string, chunk: number) => JSON.stringify([token, chunk]);
  const inRange = (range: IDBKeyRange) =>
    [...rows.values()]
      .filter((r) => range.includes([r.token, r.chunk]))
      .sort((a, b) => a.chunk - b.chunk);
  const store: PostingStore = {
    getAll: async (range) => inRange(range),
    openCursor: async (range) => {
      const found = inRange(range);
      return found.length > 0 ? { value: found[found.length - 1]! } : null;
    },
    put: async (row) => rows.set(key(row.token, row.chunk), structuredClone(row)),
    delete: async (k) => rows.delete(key(...(k as [string, number]))),
    count: async () => rows.size,
  };
  const index = new SearchIndexer();
  const kinds = { notes: 'note', agenda: 'agenda', actions: 'action' } as const;
  for (const [name, kind] of Object.entries(kinds))
    for (const row of stores[name] ?? []) index.change(kind, null, row as never);
  await index.flush(store, { empty: true });
  return [...rows.values()] as unknown as Row[];
}

/** The dump, `copies` times over, with every id and reference renamed per copy. */
async function scaled(dump: Dump, copies: number): Promise<Dump> {
  const refs = ['personId', 'meetingId', 'raisedInMeetingId', 'pendingFor'];
  const stores: Rows = {};
  for (const [store, rows] of Object.entries(dump.stores)) {
    if (store === 'search') continue; // rebuilt below from the copies, as that version wrote it
    stores[store] = [];
    for (let c = 0; c < copies; c++) {
      for (const row of rows) {
        if (store === 'settings' || store === 'questions') {
          if (c === 0) stores[store].push(row);
          continue;
        }
        const copy: Row = { ...row, id: `${String(row.id)}-c${c}` };
        for (const ref of refs)
          if (typeof copy[ref] === 'string') copy[ref] = `${String(copy[ref])}-c${c}`;
        if (store === 'meetings') copy.eventKey = `${String(row.eventKey)} c${c}`;
        if (store === 'people')
          copy.emails = (row.emails as string[]).map((e) => e.replace('@', `+c${c}@`));
        if (typeof copy.text === 'string') copy.text = `${copy.text} copy${c}`;
        stores[store].push(copy);
      }
    }
  }
  if (dump.stores.search) stores.search = await postingsOf(stores);
  return { schemaVersion: dump.schemaVersion, stores };
}

describe('migrations from every saved version', () => {
  it('has a saved database for every released version before the current one', () => {
    const versions = DUMPS.map((d) => d.dump.schemaVersion);
    for (let v = 1; v < DB_VERSION; v++) expect(versions, `a saved v${v} database`).toContain(v);
  });

  for (const { file, dump } of DUMPS) {
    it(`${file} (v${dump.schemaVersion}) → v${DB_VERSION}: every record intact`, async () => {
      await restore(`m-${file}`, dump);
      const repo = await testRepo({ name: `m-${file}`, builtInQuestions: [] });
      await expectAllRecords(repo, dump, `m-${file}`);
      figures.databases++;
      // The upgraded database is usable: indexes answer, the search index was backfilled.
      const anyNote = dump.stores.notes?.[0];
      if (anyNote) {
        const word = String(anyNote.text)
          .split(/\s+/)
          .find((w) => /^[a-z]{5,}$/i.test(w));
        if (word) expect((await repo.search(word)).length).toBeGreaterThan(0);
      }
      // The series index (v3) holds every saved meeting with a series key.
      for (const m of dump.stores.meetings ?? []) {
        if (typeof m.seriesKey !== 'string') continue;
        const latest = await repo.latestMeetingInSeries(m.seriesKey);
        expect(latest && latest.start >= String(m.start), String(m.id)).toBe(true);
      }
    });

    it(`${file} ×60 (scaled) → v${DB_VERSION}: every record intact, search finds every copy`, async () => {
      const big = await scaled(dump, 60);
      await restore(`s-${file}`, big);
      const repo = await testRepo({ name: `s-${file}`, builtInQuestions: [] });
      await expectAllRecords(repo, big, `s-${file}`);
      figures.databases++;
      expect((await repo.search('copy59')).length).toBeGreaterThan(0);
    });

    it(`${file}: a failed upgrade keeps the old version and its data`, async () => {
      await restore(`f-${file}`, dump);
      // The disk fills up half-way through the upgrade: while the search index is written (v2),
      // while the series index is built (v3), while items are marked shared (v4), or while
      // people get their list of standing topics (v5).
      const realPut = IDBObjectStore.prototype.put;
      const realUpdate = IDBCursor.prototype.update;
      IDBCursor.prototype.update = function (this: IDBCursor, ...args: [unknown]) {
        const source = this.source as IDBObjectStore;
        if (source.name === 'actions' || source.name === 'people')
          throw new DOMException('full', 'QuotaExceededError');
        return realUpdate.apply(this, args);
      };
      const realCreateIndex = IDBObjectStore.prototype.createIndex;
      IDBObjectStore.prototype.put = function (
        this: IDBObjectStore,
        ...args: [unknown, IDBValidKey?]
      ) {
        if (this.name === 'search' || this.name === 'settings')
          throw new DOMException('full', 'QuotaExceededError');
        return realPut.apply(this, args);
      };
      IDBObjectStore.prototype.createIndex = function (
        this: IDBObjectStore,
        ...args: Parameters<IDBObjectStore['createIndex']>
      ) {
        if (args[0] === 'bySeries') throw new DOMException('full', 'QuotaExceededError');
        return realCreateIndex.apply(this, args);
      };
      // (The same upgrade callback as lib/db/open.ts; `tx.done` is observed because idb rejects
      // it on abort and nobody else awaits it.)
      const broken = await openDB(`f-${file}`, DB_VERSION, {
        upgrade(db, old, next, tx) {
          tx.done.catch(() => undefined);
          upgradeTo(DB_VERSION)(db as never, old, next, tx as never);
        },
      }).catch((e: unknown) => e);
      IDBObjectStore.prototype.put = realPut;
      IDBObjectStore.prototype.createIndex = realCreateIndex;
      IDBCursor.prototype.update = realUpdate;
      expect(broken).toBeInstanceOf(Error);
      const raw = await openDB(`f-${file}`);
      expect(raw.version).toBe(dump.schemaVersion);
      for (const [store, rows] of Object.entries(dump.stores))
        expect(await raw.count(store)).toBe(rows.length);
      raw.close();
      const repo = await testRepo({ name: `f-${file}`, builtInQuestions: [] });
      await expectAllRecords(repo, dump, `f-${file}`);
    });
  }
});

describe('an upgrade while another tab has the old version open', () => {
  const v1 = DUMPS.find((d) => d.dump.schemaVersion === 1)!.dump;

  it('the old tab finishes its write, closes, reopens on the new version; nothing lost', async () => {
    const name = 'two-tabs';
    await restore(name, v1);
    // Tab A runs the old release: v1 code that closes on versionchange and reloads its view.
    const reloads: string[] = [];
    let tabA: IDBPDatabase | undefined = await openDB(name, 1, {
      blocking() {
        tabA?.close();
        tabA = undefined;
        reloads.push('A');
      },
    });
    // A's long write is under way when tab B (the new release) asks for the upgrade.
    const person = v1.stores.people![0]!;
    const tx = tabA.transaction('agenda', 'readwrite');
    for (let i = 0; i < 200; i++) {
      void tx.objectStore('agenda').put({
        id: `zz-late-${String(i).padStart(3, '0')}`,
        createdAt: '2025-11-01T08:00:00.000Z',
        updatedAt: '2025-11-01T08:00:00.000Z',
        rev: 1,
        personId: person.id,
        meetingId: null,
        text: `written by the old tab ${i}`,
        addedBy: 'me',
        order: 1000 + i,
        done: false,
        raisedInMeetingId: null,
        pendingFor: person.id,
      });
    }
    let blocked = 0;
    const tabB = testRepo({ name, builtInQuestions: [], onBlocked: () => blocked++ });
    await tx.done;
    const repoB = await tabB;
    expect(reloads).toEqual(['A']);
    expect(blocked).toBe(0);
    // Tab A reloads with the new release.
    const repoA = await testRepo({ name, builtInQuestions: [] });
    const raw = await openDB(name);
    expect(raw.version).toBe(DB_VERSION);
    raw.close();
    const late = (await repoA.exportData()).data.agenda.filter((a) => a.id.startsWith('zz-late'));
    expect(late).toHaveLength(200);
    figures.records += 200;
    expect((await repoB.search('old tab 199')).map((h) => h.id)).toContain('zz-late-199');
    // Both tabs write and see each other's writes.
    await repoA.addAgendaItem({ personId: person.id as string, meetingId: null, text: 'from A' });
    await repoB.addAgendaItem({ personId: person.id as string, meetingId: null, text: 'from B' });
    for (const repo of [repoA, repoB]) {
      const texts = (await repo.exportData()).data.agenda.map((a) => a.text);
      expect(texts).toEqual(expect.arrayContaining(['from A', 'from B']));
      expect(texts).toHaveLength(v1.stores.agenda!.length + 202);
    }
  });
});
