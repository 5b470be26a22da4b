import { afterEach, describe, expect, it } from 'vitest';
import { closeAll, personWithMeetings, testRepo } from './helpers';

afterEach(closeAll);

describe('notes', () => {
  it('saves a meeting note repeatedly (debounce-friendly) and writes nothing when unchanged', async () => {
    const repo = await testRepo();
    const { meetings } = await personWithMeetings(repo, 1);
    const m = meetings[0]!.id;
    const first = await repo.saveMeetingNote(m, { text: 'Hel', baseRev: 0, baseText: '' });
    expect(first).toMatchObject({ status: 'saved', record: { rev: 1, private: true, topics: [] } });
    const second = await repo.saveMeetingNote(m, {
      text: 'Hello',
      baseRev: 1,
      baseText: 'Hel',
      mood: 4,
      topics: ['growth', 'growth'],
    });
    expect(second.record).toMatchObject({ rev: 2, text: 'Hello', mood: 4, topics: ['growth'] });
    let changes = 0;
    repo.onChange(() => changes++);
    const same = await repo.saveMeetingNote(m, { text: 'Hello', baseRev: 2, baseText: 'Hello' });
    expect(same.status).toBe('unchanged');
    expect(same.record.rev).toBe(2);
    expect(changes).toBe(0);
    const cleared = await repo.saveMeetingNote(m, {
      text: 'Hello',
      baseRev: 2,
      baseText: 'Hello',
      mood: null,
      private: false,
    });
    expect(cleared.record.mood).toBeUndefined();
    expect(cleared.record.private).toBe(false);
    expect((await repo.getMeetingNote(m))?.id).toBe(first.record.id);
  });

  it('keeps quick notes without a meeting, pages them and deletes', async () => {
    const repo = await testRepo();
    const { person } = await personWithMeetings(repo, 1);
    const q1 = await repo.addQuickNote({
      personId: person.id,
      text: 'First',
      topics: ['career'],
      mood: 3,
    });
    const q2 = await repo.addQuickNote({ personId: person.id, text: 'Second' });
    expect(q1.meetingId).toBeUndefined();
    expect((await repo.notesForPerson(person.id, { limit: 1 })).map((n) => n.id)).toEqual([q2.id]);
    const edited = await repo.saveNote(q1.id, {
      text: 'First, edited',
      baseRev: 1,
      baseText: 'First',
    });
    expect(edited.status).toBe('saved');
    await repo.deleteNote(q2.id);
    expect((await repo.notesForPerson(person.id)).map((n) => n.text)).toEqual(['First, edited']);
  });
});

describe('concurrent edits (two connections on one database)', () => {
  it('keeps both versions when the same note text changes in two views', async () => {
    const a = await testRepo({ channelName: 'shared' });
    const b = await testRepo({ channelName: 'shared' });
    const { meetings } = await personWithMeetings(a, 1);
    const m = meetings[0]!.id;
    const base = (await a.saveMeetingNote(m, { text: 'Agenda: hiring', baseRev: 0, baseText: '' }))
      .record;
    const fromA = await a.saveMeetingNote(m, {
      text: 'Agenda: hiring, budget',
      baseRev: base.rev,
      baseText: base.text,
    });
    expect(fromA.status).toBe('saved');
    const fromB = await b.saveMeetingNote(m, {
      text: 'Agenda: hiring, offsite',
      baseRev: base.rev,
      baseText: base.text,
    });
    expect(fromB.status).toBe('conflict');
    expect(fromB.message).toMatch(/both versions are kept/);
    expect(fromB.record.text).toBe('Agenda: hiring, offsite');
    expect(fromB.record.conflicts).toEqual([
      { text: 'Agenda: hiring, budget', at: fromA.record.updatedAt },
    ]);
    const stored = await a.getMeetingNote(m);
    expect(stored?.conflicts).toHaveLength(1);
    const dismissed = await a.dismissConflicts('note', stored!.id);
    expect((dismissed as { conflicts?: unknown }).conflicts).toBeUndefined();
  });

  it("merges a text edit with another view's change of other fields", async () => {
    const a = await testRepo();
    const b = await testRepo();
    const { meetings } = await personWithMeetings(a, 1);
    const m = meetings[0]!.id;
    const base = (await a.saveMeetingNote(m, { text: 'x', baseRev: 0, baseText: '' })).record;
    await a.saveMeetingNote(m, { text: 'x', baseRev: base.rev, baseText: 'x', mood: 2 });
    const fromB = await b.saveMeetingNote(m, { text: 'xy', baseRev: base.rev, baseText: 'x' });
    expect(fromB.status).toBe('merged');
    expect(fromB.record).toMatchObject({ text: 'xy', mood: 2, rev: 3 });
    expect(fromB.record.conflicts).toBeUndefined();
  });

  it('two views creating the same meeting note keep both texts', async () => {
    const a = await testRepo();
    const b = await testRepo();
    const { meetings } = await personWithMeetings(a, 1);
    const m = meetings[0]!.id;
    await a.saveMeetingNote(m, { text: 'typed in the sidebar', baseRev: 0, baseText: '' });
    const fromB = await b.saveMeetingNote(m, {
      text: 'typed in the popup',
      baseRev: 0,
      baseText: '',
    });
    expect(fromB.status).toBe('conflict');
    expect(fromB.record.conflicts?.map((c) => c.text)).toEqual(['typed in the sidebar']);
  });

  it('never conflicts on list operations on different items; same item text keeps both', async () => {
    const a = await testRepo();
    const b = await testRepo();
    const { person, meetings } = await personWithMeetings(a, 1);
    const m = meetings[0]!.id;
    const one = await a.addAgendaItem({ personId: person.id, meetingId: m, text: 'one' });
    const two = await b.addAgendaItem({ personId: person.id, meetingId: m, text: 'two' });
    await Promise.all([
      a.setAgendaDone(one.id, true),
      b.reorderAgenda([two.id, one.id]),
      b.setAgendaDone(two.id, true),
    ]);
    const bundle = await a.prepBundle(m);
    expect(bundle.agenda.map((i) => [i.text, i.done])).toEqual([
      ['two', true],
      ['one', true],
    ]);

    const [ea, eb] = await Promise.all([
      a.editAgendaText(one.id, { text: 'one (A)', baseRev: one.rev, baseText: 'one' }),
      b.editAgendaText(one.id, { text: 'one (B)', baseRev: one.rev, baseText: 'one' }),
    ]);
    expect(ea.status).toBe('merged');
    expect(eb.status).toBe('conflict');
    expect(eb.record).toMatchObject({ text: 'one (B)', conflicts: [{ text: 'one (A)' }] });

    const act = await a.addActionItem({ personId: person.id, meetingId: m, text: 'send' });
    await a.editActionItem(act.id, {
      text: { text: 'send doc', baseRev: act.rev, baseText: 'send' },
    });
    const other = await b.editActionItem(act.id, {
      text: { text: 'send deck', baseRev: act.rev, baseText: 'send' },
      owner: 'them',
      due: '2026-02-01',
    });
    expect(other.status).toBe('conflict');
    expect(other.record).toMatchObject({
      text: 'send deck',
      owner: 'them',
      due: '2026-02-01',
      conflicts: [{ text: 'send doc' }],
    });
    const noDue = await a.editActionItem(act.id, { due: null });
    expect(noDue.record.due).toBeUndefined();
  });

  it('person: different fields merge, standing notes edited twice keep both', async () => {
    const a = await testRepo();
    const b = await testRepo();
    const p = await a.createPerson({ displayName: 'Dana', standingNotes: 'Prefers mornings' });
    await a.savePerson(p.id, { role: 'PM' }, { baseRev: p.rev });
    const fromB = await b.savePerson(p.id, { team: 'Growth' }, { baseRev: p.rev });
    expect(fromB.status).toBe('merged');
    expect(fromB.record).toMatchObject({ role: 'PM', team: 'Growth' });
    const n1 = await a.savePerson(
      p.id,
      { standingNotes: 'Prefers mornings; kids' },
      { baseRev: fromB.record.rev, baseStandingNotes: 'Prefers mornings' },
    );
    const n2 = await b.savePerson(
      p.id,
      { standingNotes: 'Prefers mornings; runner' },
      { baseRev: fromB.record.rev, baseStandingNotes: 'Prefers mornings' },
    );
    expect(n1.status).toBe('saved');
    expect(n2).toMatchObject({
      status: 'conflict',
      record: {
        standingNotes: 'Prefers mornings; runner',
        conflicts: [{ text: 'Prefers mornings; kids' }],
      },
    });
  });
});
