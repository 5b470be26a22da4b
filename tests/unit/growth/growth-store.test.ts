// Node environment: goals and the feedback log on a real (fake-indexeddb) database, the v6 → v7
// migration from the saved v6 profile, and the backup round trip of the new stores.
import { openDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import dumpV6 from '../../fixtures/db/v6-dump.json';
import { upgradeTo } from '../../../lib/db/migrations';
import { DB_VERSION } from '../../../lib/db/db-schema';
import { closeAll, testRepo } from '../db/helpers';

afterEach(closeAll);

const PRIYA = '0lybbbb006000v2rec';

async function restoreV6(name: string): Promise<void> {
  const db = await openDB(name, 6, { upgrade: upgradeTo(6) });
  const stores = dumpV6.stores as unknown as Record<string, Record<string, unknown>[]>;
  const tx = db.transaction(Object.keys(stores), 'readwrite');
  for (const [store, rows] of Object.entries(stores))
    for (const row of rows) void tx.objectStore(store).put(row);
  await tx.done;
  db.close();
}

describe('v6 → v7 (goals, feedback, reminders)', () => {
  it('adds empty goal and feedback stores and reminders off, keeping the saved settings', async () => {
    await restoreV6('tandem-v6');
    const repo = await testRepo({ name: 'tandem-v6' });
    const raw = await openDB('tandem-v6');
    expect(raw.version).toBe(DB_VERSION);
    expect([...raw.objectStoreNames]).toEqual(expect.arrayContaining(['goals', 'feedback']));
    expect(await raw.count('goals')).toBe(0);
    expect(await raw.count('feedback')).toBe(0);
    raw.close();
    const settings = await repo.getSettings();
    expect(settings.reminders).toEqual({ enabled: false, minutesBefore: 10 });
    expect([settings.language, settings.address, settings.theme]).toEqual(['de', 'sie', 'dark']);
    // The v7 code works on the upgraded profile.
    await repo.addGoal({ personId: PRIYA, text: 'Own the Q1 roadmap' });
    await repo.addFeedback({
      personId: PRIYA,
      day: '2025-11-25',
      kind: 'praise',
      text: 'Great demo',
    });
    expect((await repo.goalsOf(PRIYA)).map((g) => g.text)).toEqual(['Own the Q1 roadmap']);
    expect((await repo.feedbackOf(PRIYA)).map((f) => f.text)).toEqual(['Great demo']);
    expect(
      (await repo.saveSettings({ reminders: { enabled: true, minutesBefore: 5 } })).reminders,
    ).toEqual({ enabled: true, minutesBefore: 5 });
  });
});

describe('goals and feedback', () => {
  it('keeps goals in order with their status, and the log newest first within a range', async () => {
    const repo = await testRepo();
    const maria = await repo.createPerson({ displayName: 'Maria' });
    const a = await repo.addGoal({ personId: maria.id, text: 'Speak at a conference' });
    await repo.addGoal({ personId: maria.id, text: 'Mentor a junior' });
    const done = await repo.editGoal(a.id, { status: 'achieved' });
    expect(done.status).toBe('achieved');
    expect(done.statusAt).toBe(done.updatedAt);
    expect(done.rev).toBe(2);
    expect((await repo.goalsOf(maria.id)).map((g) => [g.text, g.status])).toEqual([
      ['Speak at a conference', 'achieved'],
      ['Mentor a junior', 'active'],
    ]);
    for (const [day, text] of [
      ['2026-03-01', 'march'],
      ['2026-05-10', 'may'],
      ['2026-07-20', 'july'],
    ] as const)
      await repo.addFeedback({ personId: maria.id, day, kind: 'praise', text });
    expect((await repo.feedbackOf(maria.id)).map((f) => f.text)).toEqual(['july', 'may', 'march']);
    expect(
      (await repo.feedbackOf(maria.id, { from: '2026-04-01', to: '2026-07-20' })).map(
        (f) => f.text,
      ),
    ).toEqual(['july', 'may']);
  });

  it('export and import carry goals and feedback losslessly; merging people moves them', async () => {
    const repo = await testRepo();
    const maria = await repo.createPerson({ displayName: 'Maria' });
    const twin = await repo.createPerson({ displayName: 'Maria L.' });
    await repo.addGoal({ personId: maria.id, text: 'Goal' });
    await repo.addFeedback({ personId: twin.id, day: '2026-02-02', kind: 'concern', text: 'Late' });
    const first = await repo.exportJson();
    expect(JSON.parse(first).data.goals).toHaveLength(1);
    await repo.eraseAll();
    const result = await repo.importBackup(first);
    expect(result.ok && result.summary.goals.new + result.summary.feedback.new).toBe(2);
    const again = JSON.parse(await repo.exportJson());
    expect(again.data.goals).toEqual(JSON.parse(first).data.goals);
    expect(again.data.feedback).toEqual(JSON.parse(first).data.feedback);

    await repo.mergePeople(maria.id, twin.id);
    expect((await repo.feedbackOf(maria.id)).map((f) => f.text)).toEqual(['Late']);
  });

  it('imports a file from before v7 (no goals, no feedback) unchanged', async () => {
    const repo = await testRepo();
    await repo.createPerson({ displayName: 'Old' });
    const file = JSON.parse(await repo.exportJson());
    delete file.data.goals;
    delete file.data.feedback;
    await repo.eraseAll();
    const result = await repo.importBackup(JSON.stringify(file));
    expect(result.ok).toBe(true);
    expect((await repo.listPeople()).map((p) => p.displayName)).toEqual(['Old']);
  });

  it('refuses feedback for a person neither in the file nor stored', async () => {
    const repo = await testRepo();
    const file = JSON.parse(await repo.exportJson());
    file.data.feedback = [
      {
        id: 'f1',
        createdAt: '2026-01-01T00:00:00.000Z',
        updatedAt: '2026-01-01T00:00:00.000Z',
        rev: 1,
        personId: 'nobody',
        day: '2026-01-01',
        kind: 'praise',
        text: 'x',
      },
    ];
    const result = await repo.importBackup(JSON.stringify(file));
    expect(result.ok).toBe(false);
    expect(await repo.feedbackOf('nobody')).toEqual([]);
  });
});
