import { afterEach, describe, expect, it } from 'vitest';
import { closeAll, personWithMeetings, testRepo } from './helpers';

afterEach(closeAll);

describe('agenda carry-over', () => {
  it('one item raised in meeting 1 stays open through 3, is done in 3 and is gone from 4', async () => {
    const repo = await testRepo();
    const { person, meetings } = await personWithMeetings(repo, 4);
    const [m1, m2, m3, m4] = meetings.map((m) => m.id) as [string, string, string, string];
    const item = await repo.addAgendaItem({
      personId: person.id,
      meetingId: m1,
      text: 'Promotion path',
    });
    expect(item.raisedInMeetingId).toBe(m1);

    const first = await repo.prepBundle(m1);
    expect(first.agenda).toMatchObject([{ id: item.id, carriedOver: false, nextTime: false }]);
    for (const m of [m2, m3]) {
      const bundle = await repo.prepBundle(m);
      expect(bundle.agenda).toHaveLength(1);
      expect(bundle.agenda[0]).toMatchObject({ id: item.id, carriedOver: true, done: false });
    }

    const done = await repo.setAgendaDone(item.id, true, { inMeetingId: m3 });
    expect(done).toMatchObject({ done: true, meetingId: m3, raisedInMeetingId: m1 });
    expect(done.doneAt).toBeDefined();
    const third = await repo.prepBundle(m3);
    expect(third.agenda).toMatchObject([{ id: item.id, done: true, carriedOver: false }]);
    expect((await repo.prepBundle(m4)).agenda).toEqual([]);
    // Still one record, not copies.
    expect((await repo.exportData()).data.agenda).toHaveLength(1);
  });

  it('shows "next time" items everywhere until done, and not items planned for later meetings', async () => {
    const repo = await testRepo();
    const { person, meetings } = await personWithMeetings(repo, 3);
    const next = await repo.addAgendaItem({
      personId: person.id,
      meetingId: null,
      text: 'Offsite',
      addedBy: 'them',
    });
    await repo.addAgendaItem({
      personId: person.id,
      meetingId: meetings[2]!.id,
      text: 'Later topic',
    });
    const bundle = await repo.prepBundle(meetings[0]!.id);
    expect(bundle.agenda).toMatchObject([{ id: next.id, nextTime: true, addedBy: 'them' }]);
    expect((await repo.prepBundle(meetings[2]!.id)).agenda.map((a) => a.text)).toEqual([
      'Offsite',
      'Later topic',
    ]);
    const moved = await repo.moveAgendaItem(next.id, meetings[1]!.id);
    expect(moved.meetingId).toBe(meetings[1]!.id);
    expect((await repo.prepBundle(meetings[0]!.id)).agenda).toEqual([]);
  });

  it('edits, reorders, sets addedBy, reopens and deletes', async () => {
    const repo = await testRepo();
    const { person, meetings } = await personWithMeetings(repo, 1);
    const m = meetings[0]!.id;
    const a = await repo.addAgendaItem({ personId: person.id, meetingId: m, text: 'A' });
    const b = await repo.addAgendaItem({ personId: person.id, meetingId: m, text: 'B' });
    const c = await repo.addAgendaItem({ personId: person.id, meetingId: m, text: 'C' });
    await repo.reorderAgenda([c.id, a.id, b.id]);
    expect((await repo.prepBundle(m)).agenda.map((i) => i.text)).toEqual(['C', 'A', 'B']);
    const edited = await repo.editAgendaText(a.id, { text: 'A2', baseRev: a.rev, baseText: 'A' });
    // The reorder bumped the rev; the text was untouched there, so this merges cleanly.
    expect(edited.status).toBe('merged');
    expect(edited.record.text).toBe('A2');
    expect((await repo.setAgendaAddedBy(a.id, 'them')).addedBy).toBe('them');
    await repo.setAgendaDone(b.id, true);
    const reopened = await repo.setAgendaDone(b.id, false);
    expect(reopened.done).toBe(false);
    expect(reopened.doneAt).toBeUndefined();
    await repo.deleteAgendaItem(c.id);
    expect((await repo.prepBundle(m)).agenda.map((i) => i.text)).toEqual(['A2', 'B']);
    await expect(repo.setAgendaDone('missing', true)).rejects.toThrow(/No agenda record/);
  });
});

describe('prepBundle', () => {
  it('gathers everything for one meeting', async () => {
    const repo = await testRepo();
    const { person, meetings } = await personWithMeetings(repo, 8);
    for (const [i, m] of meetings.slice(0, 7).entries()) {
      await repo.saveMeetingNote(m.id, { text: `Note ${i + 1}`, baseRev: 0, baseText: '' });
    }
    const quick = await repo.addQuickNote({ personId: person.id, text: 'Quick thought' });
    const target = meetings[6]!;
    const open = await repo.addActionItem({
      personId: person.id,
      meetingId: meetings[1]!.id,
      text: 'Old open action',
      owner: 'them',
    });
    const closed = await repo.addActionItem({
      personId: person.id,
      meetingId: meetings[1]!.id,
      text: 'Closed',
    });
    await repo.setActionDone(closed.id, true);
    const here = await repo.addActionItem({
      personId: person.id,
      meetingId: target.id,
      text: 'Done here',
      due: '2026-03-01',
    });
    await repo.setActionDone(here.id, true);
    await repo.logAsked({
      questionId: 'q-energy',
      personId: person.id,
      meetingId: meetings[5]!.id,
      outcome: 'asked',
    });

    const bundle = await repo.prepBundle(target.id);
    expect(bundle.person.id).toBe(person.id);
    expect(bundle.meeting.id).toBe(target.id);
    expect(bundle.previousMeeting?.id).toBe(meetings[5]!.id);
    expect(bundle.note?.text).toBe('Note 7');
    expect(bundle.earlierNotes.map((n) => n.text)).toEqual([
      'Note 6',
      'Note 5',
      'Note 4',
      'Note 3',
      'Note 2',
    ]);
    expect(bundle.earlierNotes.some((n) => n.id === quick.id)).toBe(false);
    expect(bundle.actions.map((a) => a.id)).toEqual([open.id, here.id]);
    expect(bundle.askedLog).toHaveLength(1);
    expect(bundle.pastMeetingStarts).toEqual(
      meetings
        .slice(0, 6)
        .map((m) => m.start)
        .reverse(),
    );
    expect(bundle.pastMeetingCount).toBe(6);
    await expect(repo.prepBundle('nope')).rejects.toThrow();
  });

  it('bounds its lookups: the newest 200 asked entries, notes beyond the window, skipped gaps', async () => {
    const repo = await testRepo();
    const person = await repo.ensurePersonForEvent({ name: 'Bo', email: 'bo@example.com' });
    const meeting = (start: string, i: number) =>
      repo.upsertMeeting({
        personId: person.id,
        site: 'google',
        eventKey: `e${i}`,
        title: `Bo ${i}`,
        start,
        end: start,
      });
    // Three old meetings (years before the target), two recent ones without notes.
    const old = [];
    for (let i = 0; i < 3; i++) old.push(await meeting(`2020-0${i + 1}-06T10:00:00.000Z`, i));
    for (const [i, m] of old.entries()) {
      await repo.saveMeetingNote(m.id, { text: `Old ${i}`, baseRev: 0, baseText: '' });
    }
    await repo.addQuickNote({ personId: person.id, text: 'Quick in between' });
    const recent = [await meeting('2026-01-05T10:00:00.000Z', 10)];
    recent.push(await meeting('2026-01-12T10:00:00.000Z', 11));
    await repo.saveMeetingNote(recent[0]!.id, { text: 'Recent', baseRev: 0, baseText: '' });
    const target = await meeting('2026-01-19T10:00:00.000Z', 12);
    const later = await meeting('2026-01-26T10:00:00.000Z', 13);
    const planned = await repo.addAgendaItem({
      personId: person.id,
      meetingId: later.id,
      text: 'For later',
    });
    const carried = await repo.addAgendaItem({
      personId: person.id,
      meetingId: old[0]!.id,
      text: 'Still open',
    });
    for (let i = 0; i < 230; i++) {
      await repo.logAsked({
        questionId: `q${i}`,
        personId: person.id,
        meetingId: null,
        outcome: 'asked',
        at: new Date(Date.UTC(2025, 0, 1) + i * 3_600_000).toISOString(),
      });
    }
    const bundle = await repo.prepBundle(target.id);
    expect(bundle.earlierNotes.map((n) => n.text)).toEqual(['Recent', 'Old 2', 'Old 1', 'Old 0']);
    expect(bundle.askedLog).toHaveLength(200);
    expect(bundle.askedLog[0]!.questionId).toBe('q229');
    expect(bundle.askedLog[199]!.questionId).toBe('q30');
    expect(bundle.agenda.map((a) => a.id)).toEqual([carried.id]);
    expect(bundle.agenda.some((a) => a.id === planned.id)).toBe(false);
    expect(bundle.pastMeetingCount).toBe(5);
    expect(bundle.pastMeetingStarts).toEqual([recent[1]!.start, recent[0]!.start]);
  });
});
