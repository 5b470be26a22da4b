/**
 * Two tabs (two repository connections on one database) edit the same agenda and the same note
 * at the same time. No edit may be lost: list operations merge, a real text conflict keeps both
 * versions and says so. A seeded random schedule interleaves hundreds of autosave-style saves.
 */
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { Repository } from '../../../lib/db/repository';
import { CONFLICT_MESSAGE } from '../../../lib/db/merge';
import { closeAll, personWithMeetings, testRepo } from '../db/helpers';
import { seeded } from './helpers';

afterEach(closeAll);

const figures = { saves: 0, conflicts: 0, records: 0 };
afterAll(() =>
  console.info(
    `concurrency: ${figures.saves} concurrent saves, ${figures.conflicts} conflicts kept, ` +
      `${figures.records} records compared`,
  ),
);

async function twoTabs(name: string): Promise<[Repository, Repository]> {
  const channelName = `chan-${name}`;
  const a = await testRepo({ name, channelName });
  const b = await testRepo({ name, channelName });
  return [a, b];
}

/** What one tab's note editor does: keeps its text, saves from the last rev it saw. */
class Editor {
  text: string;
  rev: number;
  base: string;
  constructor(
    private readonly repo: Repository,
    private readonly meetingId: string,
  ) {
    this.text = '';
    this.rev = 0;
    this.base = '';
  }
  async save() {
    const result = await this.repo.saveMeetingNote(this.meetingId, {
      text: this.text,
      baseRev: this.rev,
      baseText: this.base,
    });
    figures.saves++;
    this.rev = result.record.rev;
    this.base = result.record.text;
    return result;
  }
}

describe('two tabs at the same time', () => {
  it('the same note typed in both: both versions kept, and the result says so', async () => {
    const [a, b] = await twoTabs('note');
    const { meetings } = await personWithMeetings(a, 1);
    const m = meetings[0]!.id;
    const ea = new Editor(a, m);
    const eb = new Editor(b, m);
    ea.text = 'Tab A: career plan';
    eb.text = 'Tab B: vacation schedule';
    const [ra, rb] = await Promise.all([ea.save(), eb.save()]);
    const statuses = [ra.status, rb.status].sort();
    expect(statuses).toEqual(['conflict', 'saved']);
    const conflict = ra.status === 'conflict' ? ra : rb;
    expect(conflict.message).toBe(CONFLICT_MESSAGE);
    const note = (await b.getMeetingNote(m))!;
    const versions = [note.text, ...(note.conflicts ?? []).map((c) => c.text)];
    expect(versions.sort()).toEqual(['Tab A: career plan', 'Tab B: vacation schedule']);
    figures.conflicts++;
  });

  it('the same agenda: 2 × 40 simultaneous adds, ticks and reorders lose nothing', async () => {
    const [a, b] = await twoTabs('agenda');
    const { person, meetings } = await personWithMeetings(a, 2);
    const m = meetings[1]!.id;
    const adds = (repo: Repository, tab: string) =>
      Array.from({ length: 40 }, (_, i) =>
        repo.addAgendaItem({ personId: person.id, meetingId: m, text: `${tab} item ${i}` }),
      );
    const added = await Promise.all([...adds(a, 'A'), ...adds(b, 'B')]);
    figures.saves += added.length;
    // Tick from A, reorder from B, at the same time.
    const ids = added.map((x) => x.id);
    await Promise.all([
      ...ids.slice(0, 10).map((id) => a.setAgendaDone(id, true, { inMeetingId: m })),
      b.reorderAgenda([...ids].reverse()),
    ]);
    for (const repo of [a, b]) {
      const agenda = (await repo.prepBundle(m)).agenda;
      expect(agenda.map((x) => x.text).sort()).toEqual(added.map((x) => x.text).sort());
      expect(
        agenda
          .filter((x) => x.done)
          .map((x) => x.id)
          .sort(),
      ).toEqual(ids.slice(0, 10).sort());
      figures.records += agenda.length;
    }
  });

  it('the same agenda item edited in both: both texts kept, says so', async () => {
    const [a, b] = await twoTabs('item');
    const { person, meetings } = await personWithMeetings(a, 1);
    const item = await a.addAgendaItem({
      personId: person.id,
      meetingId: meetings[0]!.id,
      text: 'Budget',
    });
    const [ra, rb] = await Promise.all([
      a.editAgendaText(item.id, { text: 'Budget for Q3', baseRev: item.rev, baseText: 'Budget' }),
      b.editAgendaText(item.id, {
        text: 'Budget and hiring',
        baseRev: item.rev,
        baseText: 'Budget',
      }),
    ]);
    expect([ra.status, rb.status].sort()).toEqual(['conflict', 'saved']);
    expect((ra.status === 'conflict' ? ra : rb).message).toBe(CONFLICT_MESSAGE);
    const stored = (await a.prepBundle(meetings[0]!.id)).agenda.find((x) => x.id === item.id)!;
    expect([stored.text, ...(stored.conflicts ?? []).map((c) => c.text)].sort()).toEqual([
      'Budget and hiring',
      'Budget for Q3',
    ]);
    figures.conflicts++;
  });

  it('a seeded schedule of 300 interleaved saves from two tabs loses no typed text', async () => {
    const [a, b] = await twoTabs('fuzz');
    const { meetings } = await personWithMeetings(a, 1);
    const m = meetings[0]!.id;
    const rng = seeded(0xc0ffee);
    const editors = [new Editor(a, m), new Editor(b, m)];
    /** Every text a tab sent; each must end up in the note, in its conflicts, or be the base a
     * later save of the same tab started from (i.e. the tab itself moved on from it). */
    const sent: { tab: number; text: string; superseded: boolean }[] = [];
    let conflicts = 0;
    for (let round = 0; round < 150; round++) {
      const who = rng.pick([[0], [1], [0, 1], [0, 1]]);
      const results = await Promise.all(
        who.map(async (tab) => {
          const editor = editors[tab]!;
          // The tab types: appends a word, or (sometimes) rewrites from scratch.
          const word = `w${round}t${tab}`;
          editor.text = rng.next() < 0.15 ? word : `${editor.text} ${word}`.trim();
          // Whatever this tab sent before was its own text, which it just edited on from.
          for (const s of sent) if (s.tab === tab) s.superseded = true;
          sent.push({ tab, text: editor.text, superseded: false });
          const result = await editor.save();
          // Like the autosave: after a save, the tab keeps its text (the stored one).
          editor.text = result.record.text;
          return result;
        }),
      );
      conflicts += results.filter((r) => r.status === 'conflict').length;
      for (const r of results.filter((x) => x.status === 'conflict'))
        expect(r.message).toBe(CONFLICT_MESSAGE);
    }
    const note = (await a.getMeetingNote(m))!;
    const kept = new Set([note.text, ...(note.conflicts ?? []).map((c) => c.text)]);
    const lost = sent.filter((s) => !s.superseded && !kept.has(s.text));
    expect(lost).toEqual([]);
    // Each tab's latest text survives.
    for (const e of editors) expect(kept.has(e.text)).toBe(true);
    expect(conflicts).toBeGreaterThan(0);
    figures.conflicts += conflicts;
    figures.records += kept.size;
  });
});
