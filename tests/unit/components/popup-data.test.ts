// Node environment: a real (fake-indexeddb) repository behind the popup's data.
import { afterEach, describe, expect, it } from 'vitest';
import { loadPopupData } from '../../../entrypoints/popup/popup-data';
import { closeAll, testRepo } from '../db/helpers';

afterEach(closeAll);

const meeting = (personId: string, start: string, key: string) => ({
  personId,
  site: 'google' as const,
  eventKey: key,
  title: '1:1',
  start,
  end: new Date(Date.parse(start) + 30 * 60_000).toISOString(),
});

describe('loadPopupData', () => {
  it('opens on the 1:1 happening now or next, lists up to five, and flags slipped cadences', async () => {
    const repo = await testRepo();
    const now = new Date('2026-11-26T10:10:00.000Z');
    const maria = await repo.createPerson({ displayName: 'Maria Lopez', cadence: 'weekly' });
    const jonas = await repo.createPerson({ displayName: 'Jonas Weber', cadence: 'weekly' });
    const raj = await repo.createPerson({ displayName: 'Raj Patel' });
    await repo.upsertMeeting(meeting(jonas.id, '2026-11-26T10:00:00.000Z', 'now'));
    await repo.upsertMeeting(meeting(raj.id, '2026-11-27T09:00:00.000Z', 'next'));
    // Maria: last met a month ago, nothing scheduled.
    await repo.upsertMeeting(meeting(maria.id, '2026-10-26T10:00:00.000Z', 'old'));

    const data = await loadPopupData(repo, now);
    expect(data.defaultPersonId).toBe(jonas.id);
    expect(data.upcoming.map((u) => u.name)).toEqual(['Jonas Weber', 'Raj Patel']);
    expect(data.upcoming[0]?.detail).toBe('now');
    expect(data.slipped.map((s) => s.name)).toEqual(['Maria Lopez']);
  });

  it('without a coming 1:1 opens on the most recent one', async () => {
    const repo = await testRepo();
    const a = await repo.createPerson({ displayName: 'A' });
    const b = await repo.createPerson({ displayName: 'B' });
    await repo.upsertMeeting(meeting(a.id, '2026-11-20T10:00:00.000Z', 'a'));
    await repo.upsertMeeting(meeting(b.id, '2026-11-24T10:00:00.000Z', 'b'));
    const data = await loadPopupData(repo, new Date('2026-11-26T10:00:00.000Z'));
    expect(data.defaultPersonId).toBe(b.id);
    expect(data.upcoming).toEqual([]);
  });
});
