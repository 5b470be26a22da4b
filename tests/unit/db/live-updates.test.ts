import { afterEach, describe, expect, it } from 'vitest';
import type { DbChange } from '../../../lib/db/repository';
import { closeAll, personWithMeetings, testRepo } from './helpers';

afterEach(closeAll);

function nextChange(repo: { onChange(cb: (c: DbChange) => void): () => void }): Promise<DbChange> {
  return new Promise((resolve) => {
    const off = repo.onChange((c) => {
      off();
      resolve(c);
    });
  });
}

describe('live updates', () => {
  it('tells listeners in this context after commit, with store names and ids only', async () => {
    const repo = await testRepo();
    const { meetings } = await personWithMeetings(repo, 1);
    const seen: DbChange[] = [];
    const off = repo.onChange((c) => seen.push(c));
    const saved = await repo.saveMeetingNote(meetings[0]!.id, {
      text: 'secret words',
      baseRev: 0,
      baseText: '',
    });
    expect(seen).toEqual([
      { stores: ['notes'], ids: [saved.record.id], bulk: false, origin: 'local' },
    ]);
    expect(JSON.stringify(seen)).not.toContain('secret');
    off();
    await repo.addQuickNote({ personId: saved.record.personId, text: 'more' });
    expect(seen).toHaveLength(1);
  });

  it('reaches other pages over BroadcastChannel("tandem-db") and does not fire for failed writes', async () => {
    const a = await testRepo({ channelName: 'tandem-db' });
    const b = await testRepo({ channelName: 'tandem-db' });
    const pending = nextChange(b);
    const person = await a.createPerson({ displayName: 'Eve' });
    expect(await pending).toEqual({
      stores: ['people'],
      ids: [person.id],
      bulk: false,
      origin: 'remote',
    });

    let fired = 0;
    a.onChange(() => fired++);
    await expect(a.setAgendaDone('missing', true)).rejects.toThrow();
    expect(fired).toBe(0);
  });

  it('marks erase as a bulk change', async () => {
    const repo = await testRepo();
    await repo.createPerson({ displayName: 'Eve' });
    const pending = nextChange(repo);
    await repo.eraseAll();
    expect(await pending).toMatchObject({ bulk: true, origin: 'local' });
    expect(await repo.listPeople()).toEqual([]);
  });
});
