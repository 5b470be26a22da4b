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
  return store === 'notes' && fromVersion < 2 ? { topics: [], ...record } : record;
}

function byStore(data: ExportData): Record<string, Row[]> {
  return { ...data, settings: data.settings ? [data.settings] : [] } as Record<string, Row[]>;
}

async function expectAllRecords(repo: Repository, dump: Dump) {
  const { data } = await repo.exportData();
  expect(() => ExportData.parse(data)).not.toThrow();
  const stored = byStore(data);
  for (const [store, rows] of Object.entries(dump.stores)) {
    const want = rows
      .map((row) => expected(store, row, dump.schemaVersion))
      .sort((a, b) => (String(a.id) < String(b.id) ? -1 : 1));
    expect(stored[store], store).toHaveLength(want.length);
    expect(stored[store], store).toEqual(want);
    figures.records += want.length;
  }
}

/** The dump, `copies` times over, with every id and reference renamed per copy. */
function scaled(dump: Dump, copies: number): Dump {
  const refs = ['personId', 'meetingId', 'raisedInMeetingId', 'pendingFor'];
  const stores: Rows = {};
  for (const [store, rows] of Object.entries(dump.stores)) {
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
      await expectAllRecords(repo, dump);
      figures.databases++;
      // The upgraded database is usable: indexes answer, the search index was backfilled.
      const anyNote = dump.stores.notes?.[0];
      if (anyNote) {
        const word = String(anyNote.text)
          .split(/\s+/)
          .find((w) => /^[a-z]{5,}$/i.test(w));
        if (word) expect((await repo.search(word)).length).toBeGreaterThan(0);
      }
    });

    it(`${file} ×60 (scaled) → v${DB_VERSION}: every record intact, search finds every copy`, async () => {
      const big = scaled(dump, 60);
      await restore(`s-${file}`, big);
      const repo = await testRepo({ name: `s-${file}`, builtInQuestions: [] });
      await expectAllRecords(repo, big);
      figures.databases++;
      expect((await repo.search('copy59')).length).toBeGreaterThan(0);
    });

    it(`${file}: a failed upgrade keeps the old version and its data`, async () => {
      await restore(`f-${file}`, dump);
      // The disk fills up half-way through the upgrade (while the search index is written).
      const realPut = IDBObjectStore.prototype.put;
      IDBObjectStore.prototype.put = function (
        this: IDBObjectStore,
        ...args: [unknown, IDBValidKey?]
      ) {
        if (this.name === 'search') throw new DOMException('full', 'QuotaExceededError');
        return realPut.apply(this, args);
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
      expect(broken).toBeInstanceOf(Error);
      const raw = await openDB(`f-${file}`);
      expect(raw.version).toBe(dump.schemaVersion);
      for (const [store, rows] of Object.entries(dump.stores))
        expect(await raw.count(store)).toBe(rows.length);
      raw.close();
      const repo = await testRepo({ name: `f-${file}`, builtInQuestions: [] });
      await expectAllRecords(repo, dump);
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
