/**
 * Quota exceeded, injected at every write of every operation the sidebar, popup and options use:
 * each fault must give StorageFullError with its clear message, leave the database byte-for-byte
 * unchanged (digest) and announce no change; the same operation succeeds once space is back.
 * Then the whole chain the sidebar uses (RPC server → repository, autosave retrying) under a full disk.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createPrepService } from '../../../lib/rpc/methods';
import { StorageFullError, type Repository } from '../../../lib/db/repository';
import { NoteAutosave, type AutosaveState } from '../../../lib/prep/note-autosave';
import { handleRpc } from '../../../lib/rpc/server';
import { BUILT_INS, closeAll, testRepo } from '../db/helpers';
import { digest, populate } from './helpers';

const realPut = IDBObjectStore.prototype.put;
const realAdd = IDBObjectStore.prototype.add;
const realDelete = IDBObjectStore.prototype.delete;

afterEach(() => {
  restore();
  vi.useRealTimers();
  closeAll();
});

function restore() {
  IDBObjectStore.prototype.put = realPut;
  IDBObjectStore.prototype.add = realAdd;
  IDBObjectStore.prototype.delete = realDelete;
}

/** The n-th write request (1-based) and every later one fails as a full disk would. */
function failWritesFrom(n: number): { calls: () => number } {
  let calls = 0;
  const wrap = <F extends (...a: never[]) => unknown>(real: F) =>
    function (this: IDBObjectStore, ...args: Parameters<F>) {
      calls++;
      if (calls >= n) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return real.apply(this, args);
    } as unknown as F;
  IDBObjectStore.prototype.put = wrap(realPut);
  IDBObjectStore.prototype.add = wrap(realAdd);
  return { calls: () => calls };
}

const figures = { faults: 0, operations: 0 };
afterAll(() =>
  console.info(
    `quota: ${figures.faults} quota faults injected into ${figures.operations} operations`,
  ),
);

type Op = (repo: Repository, ids: Awaited<ReturnType<typeof populate>>) => Promise<unknown>;

const OPS: Record<string, Op> = {
  ensurePersonForEvent: (r) => r.ensurePersonForEvent({ name: 'New', email: 'new@example.com' }),
  upsertMeeting: (r, ids) =>
    r.upsertMeeting({
      personId: ids[0]!.person,
      site: 'outlook',
      eventKey: 'fresh',
      title: 'x',
      start: '2026-06-01T10:00:00Z',
      end: '2026-06-01T10:30:00Z',
    }),
  addAgendaItem: (r, ids) =>
    r.addAgendaItem({ personId: ids[0]!.person, meetingId: ids[0]!.meetings[1]!, text: 'room' }),
  setAgendaDone: async (r, ids) => {
    const item = (await r.prepBundle(ids[0]!.meetings[2]!)).agenda[0]!;
    return r.setAgendaDone(item.id, true, { inMeetingId: ids[0]!.meetings[2]! });
  },
  reorderAgenda: async (r, ids) => {
    const items = (await r.prepBundle(ids[0]!.meetings[2]!)).agenda;
    return r.reorderAgenda(items.map((a) => a.id).reverse());
  },
  addActionItem: (r, ids) =>
    r.addActionItem({ personId: ids[0]!.person, meetingId: ids[0]!.meetings[0]!, text: 'do' }),
  setActionDone: async (r, ids) => {
    const action = (await r.prepBundle(ids[1]!.meetings[0]!)).actions[0]!;
    return r.setActionDone(action.id, true);
  },
  saveMeetingNote: async (r, ids) => {
    const note = (await r.getMeetingNote(ids[1]!.meetings[1]!))!;
    return r.saveMeetingNote(ids[1]!.meetings[1]!, {
      text: `${note.text} and a much longer sentence with many new words`,
      baseRev: note.rev,
      baseText: note.text,
    });
  },
  addQuickNote: (r, ids) => r.addQuickNote({ personId: ids[2]!.person, text: 'quick words' }),
  logAsked: (r, ids) =>
    r.logAsked({
      questionId: 'q-goal',
      personId: ids[2]!.person,
      meetingId: ids[2]!.meetings[0]!,
      outcome: 'asked',
    }),
  savePerson: async (r, ids) => {
    const p = (await r.getPerson(ids[2]!.person))!;
    return r.savePerson(p.id, { displayName: 'Renamed', cadence: 'weekly' }, { baseRev: p.rev });
  },
  mergePeople: (r, ids) => r.mergePeople(ids[0]!.person, ids[1]!.person),
  saveSettings: (r) => r.saveSettings({ theme: 'light' }),
  saveOwnQuestion: (r) =>
    r.saveOwnQuestion({ text: 'Mine?', category: 'support', depth: 1, relationships: ['peer'] }),
  importBackup: async (r) => {
    const result = await r.importBackup(importFile);
    if (!result.ok) throw new Error(result.message);
    return result;
  },
};

/** A backup of other people's data (its own ids and calendar events) to import. */
let importFile = '';

describe('quota exceeded at every write of every operation', () => {
  beforeAll(async () => {
    const source = await testRepo({ name: 'import-source', builtInQuestions: BUILT_INS });
    await populate(source, 2, 2);
    importFile = (await source.exportJson()).replaceAll('"eventKey":"evt', '"eventKey":"imported');
    source.close();
  });

  for (const [name, op] of Object.entries(OPS)) {
    it(`${name}: StorageFullError, nothing half-written, then succeeds`, async () => {
      const repo = await testRepo({ name: `q-${name}`, builtInQuestions: BUILT_INS });
      const ids = await populate(repo);
      // How many writes does the operation make when the disk has room? (On a twin database.)
      const probe = failWritesFrom(Number.POSITIVE_INFINITY);
      const twin = await testRepo({ name: `twin-${name}`, builtInQuestions: BUILT_INS });
      const twinIds = await populate(twin);
      const afterSetup = probe.calls();
      await op(twin, twinIds);
      const writes = probe.calls() - afterSetup;
      restore();
      expect(writes, 'the operation writes something').toBeGreaterThan(0);

      const before = await digest(repo);
      let changes = 0;
      repo.onChange(() => changes++);
      for (let n = 1; n <= writes; n++) {
        failWritesFrom(n);
        const error = await op(repo, ids).then(
          () => null,
          (e: unknown) => e,
        );
        restore();
        figures.faults++;
        expect(error, `fault at write ${n} of ${writes}`).toBeInstanceOf(StorageFullError);
        expect((error as Error).message).toMatch(/^Your browser refused to store more data/);
        expect(await digest(repo), `fault at write ${n}`).toBe(before);
      }
      expect(changes).toBe(0);
      figures.operations++;
      await op(repo, ids);
      expect(await digest(repo)).not.toBe(before);
      expect(changes).toBeGreaterThan(0);
    });
  }
});

describe('the sidebar chain under a full disk', () => {
  it('RPC says "storage-full" with the message; autosave keeps the text and saves it later', async () => {
    const repo = await testRepo({ builtInQuestions: BUILT_INS });
    const ids = await populate(repo, 1, 2);
    const service = createPrepService(async () => repo);
    const meetingId = ids[0]!.meetings[1]!;
    const call = (method: string, ...args: unknown[]) =>
      handleRpc({ type: 'rpc', method, args }, service);

    failWritesFrom(1);
    const refused = await call('addAgendaItem', {
      personId: ids[0]!.person,
      meetingId,
      text: 'Will not fit',
    });
    expect(refused).toMatchObject({ ok: false, code: 'storage-full' });
    expect(!refused.ok && refused.error).toMatch(/Your browser refused to store more data/);
    restore();

    // Autosave over RPC, as the sidebar does it; the disk is full for the first attempts.
    const start = (await repo.getMeetingNote(meetingId))!;
    const states: AutosaveState[] = [];
    let full = true;
    const saver = new NoteAutosave(
      start,
      async (edit) => {
        if (full) failWritesFrom(1);
        const response = await call('saveMeetingNote', meetingId, edit);
        restore();
        if (!response.ok) throw new Error(response.error);
        return response.value as never;
      },
      (s) => states.push(s),
    );
    saver.input(`${start.text} typed while the disk was full`);
    await saver.flush();
    expect(states.at(-1)).toMatchObject({ status: 'error' });
    expect(states.at(-1)?.error).toMatch(/Your browser refused to store more data/);
    expect(saver.hasUnsavedChanges).toBe(true);
    expect((await repo.getMeetingNote(meetingId))!.text).toBe(start.text);
    figures.faults += 2;

    full = false;
    await saver.flush();
    saver.dispose();
    expect(states.at(-1)).toMatchObject({ status: 'saved' });
    expect((await repo.getMeetingNote(meetingId))!.text).toBe(
      `${start.text} typed while the disk was full`,
    );
  });
});
