import { afterEach, describe, expect, it } from 'vitest';
import { closeAll, personWithMeetings, testRepo } from './helpers';

afterEach(closeAll);

describe('topics from the event description', () => {
  it('adds each topic once, skips what is on the agenda or open from before, keeps it shared', async () => {
    const repo = await testRepo();
    const { person, meetings } = await personWithMeetings(repo, 2);
    const [m1, m2] = meetings.map((m) => m.id) as [string, string];
    await repo.addAgendaItem({ personId: person.id, meetingId: m1, text: 'Carried: pay review' });
    await repo.addAgendaItem({ personId: person.id, meetingId: m2, text: 'Hiring plan' });
    const added = await repo.addEventTopics(m2, [
      { text: 'hiring PLAN!', addedBy: 'them' },
      { text: 'Carried – pay review', addedBy: 'them' },
      { text: 'Offsite dates', addedBy: 'them' },
      { text: 'offsite  dates', addedBy: 'me' },
      { text: 'Budget', addedBy: 'me' },
    ]);
    expect(added.map((a) => [a.text, a.addedBy, a.fromEvent, a.visibility])).toEqual([
      ['Offsite dates', 'them', true, 'shared'],
      ['Budget', 'me', true, 'shared'],
    ]);
    // The same description read again (another tab, a reload) adds nothing.
    expect(await repo.addEventTopics(m2, [{ text: 'Offsite dates', addedBy: 'them' }])).toEqual([]);
    const bundle = await repo.prepBundle(m2);
    expect(bundle.agenda.map((a) => a.text)).toEqual([
      'Carried: pay review',
      'Hiring plan',
      'Offsite dates',
      'Budget',
    ]);
    expect((await repo.search('offsite')).map((h) => h.kind)).toEqual(['agenda']);
  });

  it('a topic the user removed does not come back for that occurrence, but may for the next', async () => {
    const repo = await testRepo();
    const { meetings } = await personWithMeetings(repo, 2);
    const [m1, m2] = meetings.map((m) => m.id) as [string, string];
    const [item] = await repo.addEventTopics(m1, [{ text: 'Team morale', addedBy: 'them' }]);
    await repo.removeAgendaItem(item!.id, m1);
    expect((await repo.getMeeting(m1))?.dismissedTopics).toEqual(['team morale']);
    expect(await repo.addEventTopics(m1, [{ text: 'Team Morale', addedBy: 'them' }])).toEqual([]);
    expect((await repo.prepBundle(m1)).agenda).toEqual([]);
    expect((await repo.search('morale')).length).toBe(0);
    expect(await repo.addEventTopics(m2, [{ text: 'Team morale', addedBy: 'them' }])).toHaveLength(
      1,
    );
  });

  it('private and shared: set on add, switched later, kept through export and import', async () => {
    const repo = await testRepo();
    const { person, meetings } = await personWithMeetings(repo, 1);
    const m = meetings[0]!.id;
    const item = await repo.addAgendaItem({
      personId: person.id,
      meetingId: m,
      text: 'Private worry',
      visibility: 'private',
    });
    const action = await repo.addActionItem({
      personId: person.id,
      meetingId: m,
      text: 'Shared task',
    });
    expect([item.visibility, action.visibility]).toEqual(['private', 'shared']);
    expect((await repo.setAgendaVisibility(item.id, 'shared')).visibility).toBe('shared');
    const edited = await repo.editActionItem(action.id, {
      visibility: 'private',
      due: '2026-12-01',
    });
    expect(edited.record).toMatchObject({ visibility: 'private', due: '2026-12-01' });
    const json = await repo.exportJson();
    await repo.eraseAll();
    await repo.importBackup(json);
    const bundle = await repo.prepBundle(m);
    expect(bundle.agenda.map((a) => a.visibility)).toEqual(['shared']);
    expect(bundle.actions.map((a) => a.visibility)).toEqual(['private']);
  });
});
