import { afterEach, describe, expect, it } from 'vitest';
import { tokenize } from '../../../lib/db/text';
import { closeAll, personWithMeetings, testRepo } from './helpers';

afterEach(closeAll);

describe('search', () => {
  it('folds case and diacritics, matches prefixes, intersects words, filters by person', async () => {
    expect(tokenize('Élodie façade STRASSE Straße naïve')).toEqual([
      'elodie',
      'facade',
      'strasse',
      'naive',
    ]);
    const repo = await testRepo();
    const alice = await personWithMeetings(repo, 2);
    const bob = await personWithMeetings(repo, 1, 'bob@example.com');
    const n = await repo.saveMeetingNote(alice.meetings[0]!.id, {
      text: 'Discussed the Zürich offsite budget',
      baseRev: 0,
      baseText: '',
    });
    const a = await repo.addAgendaItem({
      personId: alice.person.id,
      meetingId: null,
      text: 'Offsite agenda',
    });
    const b = await repo.addActionItem({
      personId: bob.person.id,
      meetingId: bob.meetings[0]!.id,
      text: 'Book the offsite venue',
    });

    expect((await repo.search('ZURICH')).map((h) => h.id)).toEqual([n.record.id]);
    expect((await repo.search('offs')).map((h) => h.id)).toEqual([b.id, a.id, n.record.id]);
    expect((await repo.search('offsite budg')).map((h) => h.id)).toEqual([n.record.id]);
    expect((await repo.search('offsite', { personId: bob.person.id })).map((h) => h.kind)).toEqual([
      'action',
    ]);
    expect(await repo.search('offsite', { limit: 1 })).toHaveLength(1);
    expect(await repo.search('   ')).toEqual([]);
    expect(await repo.search('nothing-like-this')).toEqual([]);
    const [hit] = await repo.search('zurich');
    expect(hit).toMatchObject({
      kind: 'note',
      personId: alice.person.id,
      meetingId: alice.meetings[0]!.id,
    });
    expect(hit?.snippet).toContain('Zürich');
  });

  it('updates the index with every write and delete', async () => {
    const repo = await testRepo();
    const { person, meetings } = await personWithMeetings(repo, 1);
    const m = meetings[0]!.id;
    const first = await repo.saveMeetingNote(m, { text: 'alpha', baseRev: 0, baseText: '' });
    await repo.saveMeetingNote(m, { text: 'beta', baseRev: first.record.rev, baseText: 'alpha' });
    expect(await repo.search('alpha')).toEqual([]);
    expect(await repo.search('beta')).toHaveLength(1);
    const item = await repo.addAgendaItem({ personId: person.id, meetingId: m, text: 'gamma' });
    await repo.deleteAgendaItem(item.id);
    expect(await repo.search('gamma')).toEqual([]);
  });
});

describe('mergePeople', () => {
  it('moves all history, emails and notes to the kept person', async () => {
    const repo = await testRepo();
    const keep = await personWithMeetings(repo, 2, 'dana@corp.io');
    const gone = await personWithMeetings(repo, 2, 'dana@gmail.com');
    await repo.savePerson(
      gone.person.id,
      { standingNotes: 'Has two kids', role: 'PM' },
      { baseRev: gone.person.rev, baseStandingNotes: '' },
    );
    const gm = gone.meetings[0]!.id;
    await repo.saveMeetingNote(gm, { text: 'personal account meeting', baseRev: 0, baseText: '' });
    await repo.addAgendaItem({ personId: gone.person.id, meetingId: gm, text: 'open topic' });
    await repo.addActionItem({ personId: gone.person.id, meetingId: gm, text: 'open action' });
    await repo.addQuickNote({ personId: gone.person.id, text: 'quick' });
    await repo.logAsked({
      questionId: 'q',
      personId: gone.person.id,
      meetingId: gm,
      outcome: 'asked',
    });

    const summary = await repo.mergePeople(keep.person.id, gone.person.id);
    expect(summary.moved).toEqual({ meetings: 2, agenda: 1, actions: 1, notes: 2, askedLog: 1 });
    expect(summary.person).toMatchObject({
      emails: ['dana@corp.io', 'dana@gmail.com'],
      standingNotes: 'Has two kids',
      role: 'PM',
    });
    expect(await repo.getPerson(gone.person.id)).toBeNull();
    expect((await repo.findPersonByEmail('dana@gmail.com'))?.id).toBe(keep.person.id);
    expect(await repo.meetingsForPerson(keep.person.id)).toHaveLength(4);
    const latest = keep.meetings[1]!.id;
    const bundle = await repo.prepBundle(latest);
    expect(bundle.agenda.map((a) => a.text)).toEqual(['open topic']);
    expect(bundle.actions.map((a) => a.text)).toEqual(['open action']);
    expect(await repo.search('personal', { personId: keep.person.id })).toHaveLength(1);
    expect(await repo.search('personal', { personId: gone.person.id })).toEqual([]);
    await expect(repo.mergePeople(keep.person.id, keep.person.id)).rejects.toThrow();
  });
});

describe('posting lists', () => {
  it('spread over several chunks and stay exact through edits and deletes', async () => {
    const repo = await testRepo();
    const { person, meetings } = await personWithMeetings(repo, 1);
    const file = JSON.parse(await repo.exportJson());
    const now = '2026-01-05T09:00:00.000Z';
    for (let i = 0; i < 1203; i++) {
      file.data.agenda.push({
        id: `item${String(i).padStart(5, '0')}`,
        createdAt: now,
        updatedAt: now,
        rev: 1,
        personId: person.id,
        meetingId: meetings[0]!.id,
        text: `alpha topic ${i}`,
        addedBy: 'me',
        order: i,
        done: true,
        raisedInMeetingId: meetings[0]!.id,
      });
    }
    expect((await repo.importBackup(JSON.stringify(file))).ok).toBe(true);
    expect(await repo.search('alpha', { limit: 5000 })).toHaveLength(1203);
    await repo.deleteAgendaItem('item00000');
    const item = (await repo.historyPage(person.id))[0]!.agenda.find((a) => a.id === 'item01202')!;
    await repo.editAgendaText(item.id, {
      text: 'beta topic',
      baseRev: item.rev,
      baseText: item.text,
    });
    await repo.addAgendaItem({ personId: person.id, meetingId: null, text: 'alpha again' });
    expect(await repo.search('alpha', { limit: 5000 })).toHaveLength(1202);
    expect((await repo.search('beta')).map((h) => h.id)).toEqual(['item01202']);
    expect((await repo.search('alpha again')).map((h) => h.snippet)).toEqual(['alpha again']);
  }, 20_000);
});
