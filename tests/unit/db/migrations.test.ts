import { openDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import dump from '../../fixtures/db/v1-dump.json';
import { DB_VERSION } from '../../../lib/db/db-schema';
import { upgradeTo } from '../../../lib/db/migrations';
import { ExportData } from '../../../lib/schema/export-file';
import { BUILT_INS, closeAll, testRepo } from './helpers';

afterEach(closeAll);

type Rows = Record<string, Record<string, unknown>[]>;
const stores = dump.stores as unknown as Rows;

/** Recreates the saved v1 database for real: the v1 upgrade, then the saved rows. */
async function restoreV1(name: string): Promise<void> {
  const db = await openDB(name, 1, { upgrade: upgradeTo(1) });
  expect([...db.objectStoreNames].sort()).not.toContain('search');
  const tx = db.transaction(Object.keys(stores), 'readwrite');
  for (const [store, rows] of Object.entries(stores)) {
    for (const row of rows) void tx.objectStore(store).put(row);
  }
  await tx.done;
  db.close();
}

/** What a v1 row is expected to become as a current record. */
function upgraded(store: string, row: Record<string, unknown>): Record<string, unknown> {
  const { pendingFor: _p, sortAt: _s, ...record } = row;
  return store === 'notes' ? { topics: [], ...record } : record;
}

describe('migrations', () => {
  it(`upgrades a saved v1 database to v${DB_VERSION} without losing a record`, async () => {
    await restoreV1('tandem-v1');
    const repo = await testRepo({ name: 'tandem-v1' });
    const { data } = await repo.exportData();
    expect(() => ExportData.parse(data)).not.toThrow();
    const byStore: Record<string, unknown[]> = {
      ...data,
      settings: data.settings ? [data.settings] : [],
    };
    for (const [store, rows] of Object.entries(stores)) {
      expect(byStore[store], store).toHaveLength(rows.length);
      const expected = rows.map((row) => upgraded(store, row));
      // Stores list records in key (id) order.
      expected.sort((a, b) => String(a.id).localeCompare(String(b.id)));
      expect(byStore[store], store).toEqual(expected);
    }
  });

  it('backfills the search index and keeps the indexes working', async () => {
    await restoreV1('tandem-v1');
    const repo = await testRepo({ name: 'tandem-v1' });
    expect((await repo.search('zurich'))[0]).toMatchObject({
      kind: 'note',
      id: '0lxaaaaea000note0001',
    });
    expect((await repo.search('cafe budget')).map((h) => h.id)).toEqual(['0lxaaaacb000agenda02']);
    expect((await repo.search('design doc')).map((h) => h.kind)).toEqual(['action']);
    expect((await repo.findPersonByEmail('E.Martin@corp.example'))?.displayName).toBe(
      'Élodie Martin',
    );
    const bundle = await repo.prepBundle('0lxaaaabb000meeting2');
    expect(bundle.agenda.map((a) => [a.id, a.carriedOver])).toEqual([
      ['0lxaaaaca000agenda01', true],
      ['0lxaaaacb000agenda02', false],
    ]);
    expect(bundle.actions.map((a) => a.id)).toEqual(['0lxaaaada000action01']);
    expect(bundle.earlierNotes.map((n) => n.topics)).toEqual([[]]);
  });

  it("keeps edited and disabled built-ins when seeding a release's questions", async () => {
    await restoreV1('tandem-v1');
    const repo = await testRepo({ name: 'tandem-v1', builtInQuestions: BUILT_INS });
    const questions = await repo.listQuestions();
    const blockers = questions.find((q) => q.id === 'q-blockers');
    expect(blockers).toMatchObject({
      text: 'What is really blocking you right now?',
      enabled: false,
      edited: true,
    });
    expect(questions.find((q) => q.id === 'q-goal')).toMatchObject({
      builtIn: true,
      enabled: true,
    });
    expect(questions).toHaveLength(4);
  });
});

describe('versionchange', () => {
  it('an open connection closes itself for a newer version and tells its view', async () => {
    const closed: string[] = [];
    const repo = await testRepo({ name: 'vc', onClosed: (reason) => closed.push(reason) });
    let blocked = false;
    const newer = await openDB('vc', DB_VERSION + 1, { blocked: () => (blocked = true) });
    expect(blocked).toBe(false);
    expect(closed).toEqual(['versionchange']);
    await expect(repo.listPeople()).rejects.toThrow();
    await expect(repo.createPerson({ displayName: 'Late' })).rejects.toThrow(/Reload/);
    newer.close();
  });

  it('reports blocked while an old connection does not close, then opens', async () => {
    const old = await openDB('blk', 1, { upgrade: upgradeTo(1) });
    let blocked = 0;
    const opening = testRepo({ name: 'blk', onBlocked: () => blocked++ });
    await new Promise((r) => setTimeout(r, 20));
    expect(blocked).toBe(1);
    old.close();
    const repo = await opening;
    expect(await repo.listPeople()).toEqual([]);
  });
});
