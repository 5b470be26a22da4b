import { openDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import dump from '../../fixtures/db/v1-dump.json';
import dumpV2 from '../../fixtures/db/v2-dump.json';
import dumpV3 from '../../fixtures/db/v3-dump.json';
import dumpV4 from '../../fixtures/db/v4-dump.json';
import dumpV5 from '../../fixtures/db/v5-dump.json';
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
  if (store === 'settings')
    return {
      language: 'auto',
      address: 'du',
      reminders: { enabled: false, minutesBefore: 10 },
      ...record,
    };
  if (store === 'agenda' || store === 'actions') return { visibility: 'shared', ...record };
  // v5: people saved before have no standing topics yet.
  if (store === 'people') return { ...record, standingTopics: [] };
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

const storesV2 = dumpV2.stores as unknown as Rows;

/** Recreates the saved v2 database for real: the v1 and v2 steps, then the saved rows. */
async function restoreV2(name: string): Promise<void> {
  const db = await openDB(name, 2, { upgrade: upgradeTo(2) });
  expect([...db.transaction('meetings').store.indexNames]).not.toContain('bySeries');
  const tx = db.transaction(Object.keys(storesV2), 'readwrite');
  for (const [store, rows] of Object.entries(storesV2)) {
    for (const row of rows) void tx.objectStore(store).put(row);
  }
  await tx.done;
  db.close();
}

const byKey = (rows: Record<string, unknown>[]) =>
  [...rows].sort((a, b) =>
    JSON.stringify([a.token, a.chunk]) < JSON.stringify([b.token, b.chunk]) ? -1 : 1,
  );

describe('migrations from v2', () => {
  it(`upgrades a saved v2 database to v${DB_VERSION} without losing a record`, async () => {
    await restoreV2('tandem-v2');
    const repo = await testRepo({ name: 'tandem-v2' });
    const { data } = await repo.exportData();
    expect(() => ExportData.parse(data)).not.toThrow();
    const byStore: Record<string, unknown[]> = {
      ...data,
      settings: data.settings ? [data.settings] : [],
    };
    for (const [store, rows] of Object.entries(storesV2)) {
      if (store === 'search') continue;
      expect(byStore[store], store).toHaveLength(rows.length);
      const expected = rows.map((row) => upgraded(store, row));
      expected.sort((a, b) => String(a.id).localeCompare(String(b.id)));
      expect(byStore[store], store).toEqual(expected);
    }
    // Raw rows, derived index fields and search postings included, are as saved (v4 adds
    // `visibility` to agenda and action items, v5 `standingTopics` to people).
    const raw = await openDB('tandem-v2');
    expect(raw.version).toBe(DB_VERSION);
    for (const [store, rows] of Object.entries(storesV2)) {
      const stored = (await raw.getAll(store)) as Record<string, unknown>[];
      const v4 = (row: Record<string, unknown>) =>
        store === 'agenda' || store === 'actions'
          ? { ...row, visibility: 'shared' }
          : store === 'people'
            ? { ...row, standingTopics: [] }
            : row;
      if (store === 'search') expect(stored, store).toEqual(byKey(rows));
      else if (store === 'settings')
        expect(stored, store).toEqual(rows.map((row) => upgraded(store, row)));
      else
        expect(stored, store).toEqual(
          [...rows].map(v4).sort((a, b) => String(a.id).localeCompare(String(b.id))),
        );
    }
    raw.close();
  });

  it('builds the series index from the stored meetings; everything else still answers', async () => {
    await restoreV2('tandem-v2');
    const repo = await testRepo({ name: 'tandem-v2' });
    const raw = await openDB('tandem-v2');
    const meetings = storesV2.meetings!;
    const withSeries = meetings.filter((m) => typeof m.seriesKey === 'string');
    expect(withSeries.length).toBeGreaterThan(0);
    expect(withSeries.length).toBeLessThan(meetings.length);
    // One entry per meeting with a series key, none for the others.
    expect(await raw.transaction('meetings').store.index('bySeries').count()).toBe(
      withSeries.length,
    );
    raw.close();
    for (const key of new Set(withSeries.map((m) => String(m.seriesKey)))) {
      const newest = withSeries
        .filter((m) => m.seriesKey === key)
        .sort((a, b) => String(b.start).localeCompare(String(a.start)))[0]!;
      expect((await repo.latestMeetingInSeries(key))?.id, key).toBe(newest.id);
    }
    expect((await repo.latestMeetingInSeries('abc123'))?.start).toBe('2025-10-13T09:00:00.000Z');
    // The grid shows the next occurrence of a known series: it becomes Élodie's meeting.
    expect(
      await repo.recordSeriesOccurrences(
        [
          {
            site: 'google',
            eventKey: 'abc123_20251020T090000Z elodie@example.com',
            seriesKey: 'abc123',
            title: 'Élodie / me',
            start: '2025-10-20T09:00:00Z',
            end: '2025-10-20T09:30:00Z',
          },
        ],
        '2025-10-19T12:00:00Z',
      ),
    ).toBe(1);
    expect((await repo.latestMeetingInSeries('abc123'))?.personId).toBe('0lxaaaaaa000person01');
    // The saved search postings still find v1 and v2 text; the other indexes answer.
    expect((await repo.search('zurich')).map((h) => h.id)).toEqual(['0lxaaaaea000note0001']);
    expect((await repo.search('lisbon')).map((h) => h.kind)).toEqual(['note']);
    expect((await repo.search('visa')).map((h) => h.kind)).toEqual(['note']);
    expect((await repo.search('kubernetes')).map((h) => h.kind)).toEqual(['agenda']);
    const priya = await repo.ensurePersonForEvent({ name: 'Priya Raman' });
    expect(priya.emails).toEqual([]);
    expect((await repo.meetingsForPerson(priya.id)).map((m) => m.eventKey)).toEqual([
      'AAMkAGPriya02AAA=',
      'AAMkAGPriya01AAA=',
    ]);
    expect((await repo.getSettings()).seriesOverrides).toEqual({
      abc123: 'always',
      AAMkAGPriyaSeries: 'always',
    });
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

const storesV3 = dumpV3.stores as unknown as Rows;

describe('migrations from v3', () => {
  async function restoreV3(name: string): Promise<void> {
    const db = await openDB(name, 3, { upgrade: upgradeTo(3) });
    const tx = db.transaction(Object.keys(storesV3), 'readwrite');
    for (const [store, rows] of Object.entries(storesV3)) {
      for (const row of rows) void tx.objectStore(store).put(row);
    }
    await tx.done;
    db.close();
  }

  it('marks every saved agenda and action item shared, changing nothing else', async () => {
    expect(storesV3.agenda!.every((row) => !('visibility' in row))).toBe(true);
    await restoreV3('tandem-v3');
    const repo = await testRepo({ name: 'tandem-v3' });
    const raw = await openDB('tandem-v3');
    expect(raw.version).toBe(DB_VERSION);
    for (const [store, rows] of Object.entries(storesV3)) {
      if (store === 'search') continue;
      const stored = (await raw.getAll(store)) as Record<string, unknown>[];
      const want = rows
        .map((row) =>
          store === 'agenda' || store === 'actions'
            ? { ...row, visibility: 'shared' }
            : store === 'people'
              ? { ...row, standingTopics: [] }
              : store === 'settings'
                ? {
                    language: 'auto',
                    address: 'du',
                    reminders: { enabled: false, minutesBefore: 10 },
                    ...row,
                  } // v6
                : row,
        )
        .sort((a, b) => String(a.id).localeCompare(String(b.id)));
      expect(stored, store).toEqual(want);
    }
    raw.close();
    // The upgraded items work with the v4 code: a private one stays private, the rest shared.
    const meeting = (await repo.latestMeetingInSeries('abc123'))!;
    const bundle = await repo.prepBundle(meeting.id);
    const talk = bundle.agenda.find((a) => a.text === 'Conference talk proposal')!;
    expect(talk.visibility).toBe('shared');
    expect((await repo.setAgendaVisibility(talk.id, 'private')).visibility).toBe('private');
    expect(bundle.actions.map((a) => [a.text, a.visibility])).toContainEqual([
      'Share the survey slides',
      'shared',
    ]);
  });

  it('gives saved questions the tags of this release without a schema bump', async () => {
    // The question tags (direction, mode, idea, follow-ups) are optional fields of the same
    // store: a release that ships them fills them in on open, as it does new shipped text.
    await restoreV3('tandem-v3-tags');
    const tagsOf = (id: string, followUps: string[]) => ({
      directions: ['down' as const],
      mode: 'plain' as const,
      idea: 'daily-work' as const,
      followUps,
      id,
    });
    const release = [
      { ...BUILT_INS[0]!, ...tagsOf('q-energy', ['What feeds it?', 'What would help?']) },
      { ...BUILT_INS[1]!, ...tagsOf('q-blockers', ['What would you try first?']) },
    ];
    const saved = new Map(storesV3.questions!.map((row) => [row.id, row]));
    const repo = await testRepo({ name: 'tandem-v3-tags', builtInQuestions: release });
    const byId = new Map((await repo.listQuestions()).map((q) => [q.id, q]));
    // Unedited: follows the release, tags and all.
    expect(byId.get('q-energy')).toMatchObject({
      text: saved.get('q-energy')!.text,
      followUps: ['What feeds it?', 'What would help?'],
      directions: ['down'],
      edited: false,
    });
    // Edited and disabled by the user: their text and choice stay, the tags arrive.
    expect(byId.get('q-blockers')).toMatchObject({
      text: saved.get('q-blockers')!.text,
      enabled: false,
      edited: true,
      followUps: ['What would you try first?'],
      mode: 'plain',
    });
    // The user's own question is left as written.
    expect(byId.get('own:0lxaaaafa000q')).toEqual(saved.get('own:0lxaaaafa000q'));
  });

  it('removes a merged built-in the user never edited and keeps an edited one as their own', async () => {
    await restoreV3('tandem-v3-merged');
    // A release that no longer ships q-energy (merged away) nor q-blockers.
    const repo = await testRepo({ name: 'tandem-v3-merged', builtInQuestions: [BUILT_INS[2]!] });
    const byId = new Map((await repo.listQuestions()).map((q) => [q.id, q]));
    expect(byId.has('q-energy')).toBe(false);
    expect(byId.get('q-blockers')).toMatchObject({
      text: 'What is really blocking you right now?',
      builtIn: false,
      enabled: false,
    });
    expect(byId.get('q-goal')).toMatchObject({ builtIn: true });
    await repo.deleteQuestion('q-blockers');
    expect((await repo.listQuestions()).map((q) => q.id).sort()).toEqual([
      'own:0lxaaaafa000q',
      'q-goal',
    ]);
  });

  it('reads a v3-era export file (no visibility) as shared items', async () => {
    await restoreV3('tandem-v3-export');
    const repo = await testRepo({ name: 'tandem-v3-export' });
    const file = await repo.exportData();
    const old = structuredClone(file);
    for (const item of [...old.data.agenda, ...old.data.actions])
      delete (item as { visibility?: string }).visibility;
    const parsed = ExportData.parse(old.data);
    expect(parsed.agenda.every((a) => a.visibility === 'shared')).toBe(true);
    expect(parsed.actions.every((a) => a.visibility === 'shared')).toBe(true);
  });
});

const storesV4 = dumpV4.stores as unknown as Rows;

describe('migrations from v4', () => {
  async function restoreV4(name: string): Promise<void> {
    const db = await openDB(name, 4, { upgrade: upgradeTo(4) });
    const tx = db.transaction(Object.keys(storesV4), 'readwrite');
    for (const [store, rows] of Object.entries(storesV4)) {
      for (const row of rows) void tx.objectStore(store).put(row);
    }
    await tx.done;
    db.close();
  }

  it('gives every saved person an empty list of standing topics, changing nothing else', async () => {
    expect(storesV4.people!.every((row) => !('standingTopics' in row))).toBe(true);
    expect(storesV4.agenda!.some((row) => row.visibility === 'private')).toBe(true);
    await restoreV4('tandem-v4');
    const repo = await testRepo({ name: 'tandem-v4' });
    const raw = await openDB('tandem-v4');
    expect(raw.version).toBe(DB_VERSION);
    for (const [store, rows] of Object.entries(storesV4)) {
      const stored = (await raw.getAll(store)) as Record<string, unknown>[];
      const want = rows
        .map((row) =>
          store === 'people'
            ? { ...row, standingTopics: [] }
            : store === 'settings'
              ? {
                  language: 'auto',
                  address: 'du',
                  reminders: { enabled: false, minutesBefore: 10 },
                  ...row,
                } // v6
              : row,
        )
        .sort((a, b) =>
          store === 'search'
            ? JSON.stringify([a.token, a.chunk]) < JSON.stringify([b.token, b.chunk])
              ? -1
              : 1
            : String(a.id).localeCompare(String(b.id)),
        );
      expect(stored, store).toEqual(want);
    }
    raw.close();
    // The upgraded people work with the v5 code: a standing topic is added and ticked off in
    // Priya's 1:1, and the relationship question is still to be asked (never asked before v5).
    const priya = (await repo.getPerson('0lybbbb006000v2rec'))!;
    expect(priya.relationshipAsked).toBeUndefined();
    const meeting = (await repo.findMeetingByEvent('outlook', 'AAMkAGPriya20251104'))!;
    const withTopic = await repo.addStandingTopic(priya.id, {
      text: 'Career',
      every: 2,
      unit: 'meetings',
    });
    const topic = withTopic.standingTopics[0]!;
    const ticked = await repo.setStandingTopicDiscussed(priya.id, topic.id, meeting.id, true);
    expect(ticked.standingTopics[0]!.discussed).toEqual([
      { meetingId: meeting.id, at: meeting.start },
    ]);
    const bundle = await repo.prepBundle(meeting.id);
    expect(bundle.agenda.find((a) => a.text === 'Ask about the reorg rumour')?.visibility).toBe(
      'private',
    );
    expect(bundle.person.standingTopics).toHaveLength(1);
  });

  it('reads a v4-era export file (no standing topics) as people without any', async () => {
    await restoreV4('tandem-v4-export');
    const repo = await testRepo({ name: 'tandem-v4-export' });
    const file = await repo.exportData();
    const old = structuredClone(file);
    for (const person of old.data.people)
      delete (person as { standingTopics?: unknown }).standingTopics;
    const parsed = ExportData.parse(old.data);
    expect(parsed.people.every((p) => p.standingTopics.length === 0)).toBe(true);
  });
});

const storesV5 = dumpV5.stores as unknown as Rows;

describe('migrations from v5', () => {
  async function restoreV5(name: string): Promise<void> {
    const db = await openDB(name, 5, { upgrade: upgradeTo(5) });
    const tx = db.transaction(Object.keys(storesV5), 'readwrite');
    for (const [store, rows] of Object.entries(storesV5)) {
      for (const row of rows) void tx.objectStore(store).put(row);
    }
    await tx.done;
    db.close();
  }

  it('gives the saved settings a language and a form of address, changing nothing else', async () => {
    expect(storesV5.settings!.every((row) => !('language' in row) && !('address' in row))).toBe(
      true,
    );
    expect(storesV5.people!.some((row) => (row.standingTopics as unknown[]).length > 0)).toBe(true);
    await restoreV5('tandem-v5');
    const repo = await testRepo({ name: 'tandem-v5' });
    const raw = await openDB('tandem-v5');
    expect(raw.version).toBe(DB_VERSION);
    for (const [store, rows] of Object.entries(storesV5)) {
      const stored = (await raw.getAll(store)) as Record<string, unknown>[];
      const want = rows
        .map((row) =>
          store === 'settings'
            ? {
                language: 'auto',
                address: 'du',
                reminders: { enabled: false, minutesBefore: 10 },
                ...row,
              }
            : row,
        )
        .sort((a, b) =>
          store === 'search'
            ? JSON.stringify([a.token, a.chunk]) < JSON.stringify([b.token, b.chunk])
              ? -1
              : 1
            : String(a.id).localeCompare(String(b.id)),
        );
      expect(stored, store).toEqual(want);
    }
    raw.close();
    // The upgraded settings work with the v6 code: the language is chosen and kept, the rest of
    // the saved settings stay as they were.
    const before = await repo.getSettings();
    expect([before.language, before.address, before.theme]).toEqual(['auto', 'du', 'dark']);
    const saved = await repo.saveSettings({ language: 'de', address: 'sie' });
    expect(saved).toMatchObject({ language: 'de', address: 'sie', theme: 'dark', rev: 4 });
    expect(saved.extraKeywords).toEqual(['catch-up', 'sync']);
    // v5's standing topics and the answered relationship question are untouched.
    const elodie = (await repo.getPerson('0lxaaaaaa000person01'))!;
    expect(elodie.standingTopics.map((t) => [t.text, t.discussed.length])).toEqual([
      ['Career goals', 1],
      ['Workload', 0],
    ]);
    expect((await repo.getPerson('0lybbbb006000v2rec'))!.relationshipAsked).toBe(true);
  });

  it('reads a v5-era export file (no language, no address) with the defaults', async () => {
    await restoreV5('tandem-v5-export');
    const repo = await testRepo({ name: 'tandem-v5-export' });
    const file = await repo.exportData();
    const old = structuredClone(file);
    const settings = old.data.settings as Record<string, unknown>;
    delete settings.language;
    delete settings.address;
    const parsed = ExportData.parse(old.data);
    expect([parsed.settings?.language, parsed.settings?.address]).toEqual(['auto', 'du']);
    expect(parsed.people.find((p) => p.displayName === 'Priya Raman')?.standingTopics).toHaveLength(
      1,
    );
  });
});
