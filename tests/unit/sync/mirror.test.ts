// @vitest-environment happy-dom
/**
 * Two devices without a server: two repositories and two mirrors (PouchDB on the fake
 * IndexedDB) replicated directly with PouchDB, the same protocol a CouchDB server speaks.
 */
import { afterEach, describe, expect, it } from 'vitest';
import PouchDB from 'pouchdb-browser';
import { keysFrom, MIN_ITERATIONS, stretchPassphrase } from '../../../lib/sync/crypto';
import { MirrorSync, type Mirror } from '../../../lib/sync/mirror';
import type { Repository } from '../../../lib/db/repository';
import { BUILT_INS, closeAll, testRepo, tickingClock } from '../db/helpers';

let master: Promise<Uint8Array<ArrayBuffer>> | undefined;
const mirrors: Mirror[] = [];

async function device(name: string, start?: string) {
  master ??= stretchPassphrase(
    'two devices one passphrase',
    'c2FsdHNhbHRzYWx0c2FsdA',
    MIN_ITERATIONS,
  );
  const repo = await testRepo({
    name: `repo-${name}-${Math.random()}`,
    builtInQuestions: BUILT_INS,
    ...(start && { now: tickingClock(start) }),
  });
  const mirror = new PouchDB(`mirror-${name}-${Math.random()}`) as unknown as Mirror;
  mirrors.push(mirror);
  const sync = new MirrorSync(mirror, await keysFrom(await master), async () => repo);
  return { repo, mirror, sync };
}

type Device = Awaited<ReturnType<typeof device>>;

/** What one round of live sync does: send, replicate both ways, apply. */
async function round(a: Device, b: Device) {
  await a.sync.pushAll(undefined, true);
  await b.sync.pushAll(undefined, true);
  await PouchDB.replicate(a.mirror as never, b.mirror as never);
  await PouchDB.replicate(b.mirror as never, a.mirror as never);
  await a.sync.pullAll();
  await b.sync.pullAll();
}

async function dataOf(repo: Repository) {
  const { data } = await repo.exportData();
  return data;
}

afterEach(async () => {
  closeAll();
  for (const m of mirrors.splice(0)) await m.destroy();
});

/** Two devices that have both synced one meeting note ("base"): the start of a concurrent edit. */
async function noteOnBothDevices() {
  const a = await device('a');
  const b = await device('b', '2026-03-01T09:00:00.000Z');
  const ada = await a.repo.createPerson({
    displayName: 'Ada',
    emails: [],
    relationship: 'report',
  });
  const meeting = await a.repo.upsertMeeting({
    personId: ada.id,
    site: 'google',
    eventKey: 'e1',
    title: 't',
    start: '2026-01-06T10:00:00.000Z',
    end: '2026-01-06T10:30:00.000Z',
  });
  const first = await a.repo.saveMeetingNote(meeting.id, {
    text: 'base',
    baseRev: 0,
    baseText: '',
  });
  await round(a, b);
  return { a, b, meeting, first };
}

describe('mirror sync between two devices', { timeout: 60_000 }, () => {
  it('gives the second device the same data, and nothing stays only on one side', async () => {
    const a = await device('a');
    const b = await device('b', '2026-03-01T09:00:00.000Z');
    const ada = await a.repo.createPerson({
      displayName: 'Ada Lovelace',
      emails: ['ada@example.org'],
      relationship: 'report',
    });
    const meeting = await a.repo.upsertMeeting({
      personId: ada.id,
      site: 'google',
      eventKey: 'e1',
      title: 'Ada / me',
      start: '2026-01-06T10:00:00.000Z',
      end: '2026-01-06T10:30:00.000Z',
    });
    await a.repo.saveMeetingNote(meeting.id, {
      text: 'Wants to lead the migration',
      baseRev: 0,
      baseText: '',
    });
    await a.repo.addAgendaItem({
      personId: ada.id,
      meetingId: meeting.id,
      text: 'Conference budget',
    });
    await a.repo.saveSettings({ extraKeywords: ['tandem sync'] });
    const grace = await b.repo.createPerson({
      displayName: 'Grace Hopper',
      emails: [],
      relationship: 'peer',
    });
    await round(a, b);
    await round(a, b);
    const [da, db] = [await dataOf(a.repo), await dataOf(b.repo)];
    // Each device keeps the built-in questions it seeded itself (same content, own timestamps).
    const content = (d: typeof da) => ({
      ...d,
      questions: d.questions.map(({ createdAt: _c, updatedAt: _u, ...q }) => q),
    });
    expect(content(db)).toEqual(content(da));
    expect(db.settings?.extraKeywords).toEqual(['tandem sync']);
    expect(db.people.map((p) => p.displayName).sort()).toEqual(['Ada Lovelace', 'Grace Hopper']);
    expect(db.notes[0]?.text).toBe('Wants to lead the migration');
    expect((await b.repo.search('migration', {})).length).toBe(1);
    expect(grace.id).toBeTruthy();
  });

  it('keeps both versions of a note edited on both devices at once', async () => {
    const { a, b, meeting, first } = await noteOnBothDevices();
    await a.repo.saveMeetingNote(meeting.id, {
      text: 'edited on A',
      baseRev: first.record.rev,
      baseText: 'base',
    });
    await b.repo.saveMeetingNote(meeting.id, {
      text: 'edited on B',
      baseRev: first.record.rev,
      baseText: 'base',
    });
    await round(a, b);
    await round(a, b);
    const [na, nb] = [
      await a.repo.getMeetingNote(meeting.id),
      await b.repo.getMeetingNote(meeting.id),
    ];
    expect(nb).toEqual(na);
    const texts = [na!.text, ...(na!.conflicts ?? []).map((c) => c.text)].sort();
    expect(texts).toEqual(['edited on A', 'edited on B']);
    // No revision conflict is left in either mirror.
    for (const m of [a.mirror, b.mirror]) {
      const all = await m.allDocs({ include_docs: true, conflicts: true });
      expect(
        all.rows.filter((r) => (r.doc as { _conflicts?: unknown[] })._conflicts?.length),
      ).toEqual([]);
    }
  });

  it('loses neither text when the device that merges first holds the losing revision', async () => {
    // CouchDB picks the same winning revision everywhere. The device whose own edit lost merges
    // first and deletes its losing leaf; the other device then receives that leaf already
    // deleted and sees only its own winner: the merge must reach it, or one text is lost there.
    const { a, b, meeting, first } = await noteOnBothDevices();
    for (const [d, text] of [
      [a, 'edited on A'],
      [b, 'edited on B'],
    ] as const) {
      await d.repo.saveMeetingNote(meeting.id, {
        text,
        baseRev: first.record.rev,
        baseText: 'base',
      });
      await d.sync.pushAll(undefined, true);
    }
    // Which device's revision loses (the lower revision string of the same generation)?
    const revOf = async (d: Device) =>
      (await d.mirror.allDocs()).rows.map((r) => r.value.rev).filter((rev) => rev.startsWith('2-'));
    const [revA, revB] = [await revOf(a), await revOf(b)];
    expect(revA).toHaveLength(1);
    expect(revB).toHaveLength(1);
    const [loser, winner] = revA[0]! < revB[0]! ? [a, b] : [b, a];
    // The loser's device gets the winner's revision and merges; only then does the winner's
    // device hear from it.
    await PouchDB.replicate(winner.mirror as never, loser.mirror as never);
    await loser.sync.pullAll();
    await PouchDB.replicate(loser.mirror as never, winner.mirror as never);
    await winner.sync.pullAll();
    await PouchDB.replicate(winner.mirror as never, loser.mirror as never);
    await loser.sync.pullAll();
    const [na, nb] = [
      await a.repo.getMeetingNote(meeting.id),
      await b.repo.getMeetingNote(meeting.id),
    ];
    for (const n of [na, nb]) {
      expect([n!.text, ...(n!.conflicts ?? []).map((c) => c.text)].sort()).toEqual([
        'edited on A',
        'edited on B',
      ]);
    }
    expect(nb).toEqual(na);
  });

  it('carries a deletion, and a built-in question both devices seeded does not bounce', async () => {
    const a = await device('a');
    const b = await device('b', '2026-03-01T09:00:00.000Z');
    const ada = await a.repo.createPerson({
      displayName: 'Ada',
      emails: [],
      relationship: 'report',
    });
    const item = await a.repo.addAgendaItem({
      personId: ada.id,
      meetingId: null,
      text: 'Gone soon',
    });
    await round(a, b);
    expect((await dataOf(b.repo)).agenda).toHaveLength(1);
    await a.repo.deleteAgendaItem(item.id);
    await a.sync.pushRecords([{ store: 'agenda', id: item.id }], true);
    await round(a, b);
    expect((await dataOf(b.repo)).agenda).toEqual([]);
    const before = (await a.mirror.info()).update_seq;
    await round(a, b);
    await round(a, b);
    expect((await a.mirror.info()).update_seq).toBe(before);
  });
});
