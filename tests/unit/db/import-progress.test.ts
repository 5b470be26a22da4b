/**
 * A long import reports its progress and can be cancelled without leaving anything behind; the
 * search postings of its new records are written afterwards (the backlog), and search never
 * misses a record meanwhile, whatever happened to it before it was indexed.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { ImportProgress } from '../../../lib/db/repository';
import { closeAll, personWithMeetings, testRepo } from './helpers';

afterEach(closeAll);

const NOW = '2026-01-05T09:00:00.000Z';

/** An export file of a person with one meeting and `count` quick notes saying "alpha <i>". */
async function fileWithNotes(count: number): Promise<{ text: string; personId: string }> {
  const source = await testRepo({ name: `source-${Math.random()}` });
  const { person } = await personWithMeetings(source, 1);
  const file = JSON.parse(await source.exportJson());
  for (let i = 0; i < count; i++) {
    file.data.notes.push({
      id: `note${String(i).padStart(5, '0')}`,
      createdAt: NOW,
      updatedAt: NOW,
      rev: 1,
      personId: person.id,
      text: `alpha note number ${i}`,
      private: true,
      topics: [],
    });
  }
  return { text: JSON.stringify(file), personId: person.id };
}

describe('import progress and cancel', () => {
  it('reports checking, then rows written up to the total', async () => {
    const { text } = await fileWithNotes(4500);
    const repo = await testRepo({ name: `target-${Math.random()}` });
    const seen: ImportProgress[] = [];
    const result = await repo.importBackup(text, { onProgress: (p) => seen.push(p) });
    expect(result.ok).toBe(true);
    expect(seen[0]).toEqual({ phase: 'checking' });
    const writing = seen.filter((p) => p.phase === 'writing');
    expect(writing.map((p) => p.done)).toEqual([2000, 4000, writing.at(-1)!.total]);
    expect(writing.at(-1)!.total).toBeGreaterThan(4500);
  }, 60_000);

  it('cancelled while writing, changes nothing (records, search, backlog)', async () => {
    const { text } = await fileWithNotes(4500);
    const repo = await testRepo({ name: `target-${Math.random()}` });
    await repo.addQuickNote({
      personId: (await repo.createPerson({ displayName: 'Kim' })).id,
      text: 'kept beta',
    });
    const before = await repo.exportData();
    const controller = new AbortController();
    const result = await repo.importBackup(text, {
      signal: controller.signal,
      onProgress: (p) => {
        if (p.phase === 'writing') controller.abort();
      },
    });
    expect(result).toMatchObject({ ok: false, cancelled: true });
    const after = await repo.exportData();
    expect({ ...after, exportedAt: '' }).toEqual({ ...before, exportedAt: '' });
    expect(await repo.searchBacklogSize()).toBe(0);
    expect(await repo.search('alpha')).toEqual([]);
    expect((await repo.search('beta')).map((h) => h.snippet)).toEqual(['kept beta']);
    // The same file imports fine afterwards.
    expect((await repo.importBackup(text)).ok).toBe(true);
  }, 60_000);

  it('cancelled before it starts, does not read the database', async () => {
    const { text } = await fileWithNotes(3);
    const repo = await testRepo({ name: `target-${Math.random()}` });
    const controller = new AbortController();
    controller.abort();
    expect(await repo.importBackup(text, { signal: controller.signal })).toMatchObject({
      cancelled: true,
    });
    expect((await repo.exportData()).data.notes).toEqual([]);
  });
});

describe('deferred search indexing', () => {
  it('indexes new records after the import; search waits for it, never misses one', async () => {
    const { text, personId } = await fileWithNotes(700);
    const repo = await testRepo({ name: `target-${Math.random()}` });
    expect((await repo.importBackup(text)).ok).toBe(true);
    expect(await repo.searchBacklogSize()).toBe(700);
    // Before the backlog is indexed: one record changed, one deleted, by the ordinary writes.
    const notes = await repo.notesForPerson(personId, { limit: 2000 });
    const edited = notes.find((n) => n.id === 'note00007')!;
    await repo.saveNote(edited.id, {
      text: 'gamma instead',
      baseRev: edited.rev,
      baseText: edited.text,
    });
    await repo.deleteNote('note00008');
    expect(await repo.search('alpha', { limit: 5000 })).toHaveLength(698);
    expect(await repo.searchBacklogSize()).toBe(0);
    expect((await repo.search('gamma')).map((h) => h.id)).toEqual(['note00007']);
    expect(await repo.search('alpha', { personId, limit: 5000 })).toHaveLength(698);
    expect(await repo.indexPending()).toBe(0);
  }, 60_000);

  it('an import over stored records updates their postings at once', async () => {
    const { text } = await fileWithNotes(5);
    const repo = await testRepo({ name: `target-${Math.random()}` });
    expect((await repo.importBackup(text)).ok).toBe(true);
    expect(await repo.indexPending()).toBe(5);
    const file = JSON.parse(text);
    file.data.notes[0] = {
      ...file.data.notes[0],
      text: 'delta now',
      rev: 2,
      updatedAt: '2026-02-01T00:00:00.000Z',
    };
    expect((await repo.importBackup(JSON.stringify(file))).ok).toBe(true);
    expect(await repo.searchBacklogSize()).toBe(0);
    expect((await repo.search('delta')).map((h) => h.id)).toEqual(['note00000']);
    expect(await repo.search('alpha', { limit: 50 })).toHaveLength(4);
  });
});
