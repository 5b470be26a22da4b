import { afterEach, describe, expect, it, vi } from 'vitest';
import { requestPersistentStorage, StorageFullError } from '../../../lib/db/repository';
import { closeAll, personWithMeetings, testRepo } from './helpers';

const realPut = IDBObjectStore.prototype.put;

afterEach(() => {
  IDBObjectStore.prototype.put = realPut;
  vi.unstubAllGlobals();
  closeAll();
});

/** From now on, the `n`-th put (1-based) and later ones fail as a full disk would. */
function failPutsFrom(n: number): void {
  let calls = 0;
  IDBObjectStore.prototype.put = function (
    this: IDBObjectStore,
    ...args: Parameters<IDBObjectStore['put']>
  ) {
    calls++;
    if (calls >= n) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    return realPut.apply(this, args);
  };
}

describe('quota', () => {
  it('turns QuotaExceededError into StorageFullError and leaves no half-written change', async () => {
    const repo = await testRepo();
    const { person, meetings } = await personWithMeetings(repo, 3);
    const other = await repo.ensurePersonForEvent({ name: 'Alice (work)', email: 'alice@work.io' });
    for (const m of meetings) {
      await repo.saveMeetingNote(m.id, { text: `note ${m.id}`, baseRev: 0, baseText: '' });
    }
    await repo.upsertMeeting({
      personId: other.id,
      site: 'outlook',
      eventKey: 'o1',
      title: 'x',
      start: '2026-05-01T10:00:00Z',
      end: '2026-05-01T11:00:00Z',
    });
    const before = (await repo.exportJson()).replace(/"exportedAt":"[^"]+"/, '');
    let changes = 0;
    repo.onChange(() => changes++);

    failPutsFrom(2); // mergePeople moves the meeting (put 1), then fails on the person (put 2).
    const error = await repo.mergePeople(person.id, other.id).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageFullError);
    expect((error as Error).message).toMatch(/Your browser refused to store more data/);
    expect((error as Error).name).toBe('StorageFullError');

    IDBObjectStore.prototype.put = realPut;
    expect((await repo.exportJson()).replace(/"exportedAt":"[^"]+"/, '')).toBe(before);
    expect(changes).toBe(0);
    // The repository is still usable afterwards.
    await expect(repo.mergePeople(person.id, other.id)).resolves.toMatchObject({
      moved: { meetings: 1 },
    });
  });

  it('fails a single save the same way', async () => {
    const repo = await testRepo();
    const { meetings } = await personWithMeetings(repo, 1);
    failPutsFrom(1);
    await expect(
      repo.saveMeetingNote(meetings[0]!.id, { text: 'x', baseRev: 0, baseText: '' }),
    ).rejects.toBeInstanceOf(StorageFullError);
    IDBObjectStore.prototype.put = realPut;
    expect(await repo.getMeetingNote(meetings[0]!.id)).toBeNull();
  });
});

describe('requestPersistentStorage', () => {
  it('asks when the API exists and says so when it does not', async () => {
    const persist = vi.fn(async () => true);
    vi.stubGlobal('navigator', { storage: { persist, persisted: async () => false } });
    expect(await requestPersistentStorage()).toBe('granted');
    expect(persist).toHaveBeenCalledOnce();
    vi.stubGlobal('navigator', { storage: { persist: async () => false } });
    expect(await requestPersistentStorage()).toBe('denied');
    vi.stubGlobal('navigator', {});
    expect(await requestPersistentStorage()).toBe('unsupported');
  });
});
