import { afterEach, describe, expect, it } from 'vitest';
import { closeAll, personWithMeetings, testRepo } from './helpers';

afterEach(closeAll);

describe('people', () => {
  it('creates a person for an event once and finds them by any email, case-insensitively', async () => {
    const repo = await testRepo();
    const a = await repo.ensurePersonForEvent({ name: 'Alice', email: 'Alice@Example.com' });
    const again = await repo.ensurePersonForEvent({ email: 'alice@example.COM' });
    expect(again.id).toBe(a.id);
    expect(a.emails).toEqual(['alice@example.com']);
    expect(a.relationship).toBe('other');
    await repo.savePerson(
      a.id,
      { emails: ['alice@example.com', 'A.Smith@Corp.io'] },
      { baseRev: a.rev },
    );
    expect((await repo.findPersonByEmail('a.smith@corp.io'))?.id).toBe(a.id);
    expect(await repo.findPersonByEmail('nobody@example.com')).toBeNull();
  });

  it('matches a name-only attendee by exact name and derives a name from an email', async () => {
    const repo = await testRepo();
    const bob = await repo.ensurePersonForEvent({ name: 'Bob Stone', relationship: 'peer' });
    expect((await repo.ensurePersonForEvent({ name: 'Bob Stone' })).id).toBe(bob.id);
    const carol = await repo.ensurePersonForEvent({ email: 'carol@example.com' });
    expect(carol.displayName).toBe('carol');
    await expect(repo.ensurePersonForEvent({})).rejects.toThrow();
  });

  it('saves fields, bumps rev, lists by name and archives', async () => {
    const repo = await testRepo();
    const z = await repo.createPerson({ displayName: 'Zoe', relationship: 'report' });
    await repo.createPerson({ displayName: 'Adam' });
    const saved = await repo.savePerson(
      z.id,
      {
        role: 'Engineer',
        team: 'Core',
        cadence: 'weekly',
        startDate: '2025-03-01',
        standingNotes: 'Likes async',
      },
      { baseRev: z.rev },
    );
    expect(saved.status).toBe('saved');
    expect(saved.record.rev).toBe(2);
    expect(saved.record).toMatchObject({
      role: 'Engineer',
      cadence: 'weekly',
      standingNotes: 'Likes async',
    });
    expect((await repo.listPeople()).map((p) => p.displayName)).toEqual(['Adam', 'Zoe']);
    await repo.archivePerson(z.id);
    expect((await repo.listPeople()).map((p) => p.displayName)).toEqual(['Adam']);
    expect(await repo.listPeople({ includeArchived: true })).toHaveLength(2);
    expect((await repo.getPerson(z.id))?.archived).toBe(true);
  });
});

describe('meetings', () => {
  it('upserts by event key: the same event is one meeting, a reschedule updates it', async () => {
    const repo = await testRepo();
    const { person, meetings } = await personWithMeetings(repo, 1);
    const m = meetings[0]!;
    const same = await repo.upsertMeeting({
      personId: person.id,
      site: 'google',
      eventKey: m.eventKey,
      seriesKey: 'evt',
      title: m.title,
      start: m.start,
      end: m.end,
    });
    expect(same).toEqual(m);
    const moved = await repo.upsertMeeting({
      personId: person.id,
      site: 'google',
      eventKey: m.eventKey,
      title: 'Moved',
      start: '2026-01-06T11:00:00+01:00',
      end: '2026-01-06T11:30:00+01:00',
    });
    expect(moved.id).toBe(m.id);
    expect(moved.start).toBe('2026-01-06T10:00:00.000Z');
    expect(moved.rev).toBe(2);
    expect((await repo.findMeetingByEvent('google', m.eventKey))?.title).toBe('Moved');
    const manual = await repo.upsertMeeting({
      personId: person.id,
      site: 'manual',
      title: 'Hallway',
      start: '2026-02-01T10:00:00Z',
      end: '2026-02-01T10:10:00Z',
    });
    expect(manual.eventKey).toMatch(/^manual:/);
  });

  it("pages a person's meetings newest first and finds the last one before a time", async () => {
    const repo = await testRepo();
    const { person, meetings } = await personWithMeetings(repo, 5);
    const other = await personWithMeetings(repo, 2, 'bob@example.com');
    expect(other.person.id).not.toBe(person.id);
    const page1 = await repo.meetingsForPerson(person.id, { limit: 2 });
    expect(page1.map((m) => m.id)).toEqual([meetings[4]!.id, meetings[3]!.id]);
    const page2 = await repo.meetingsForPerson(person.id, { limit: 2, before: page1[1]!.start });
    expect(page2.map((m) => m.id)).toEqual([meetings[2]!.id, meetings[1]!.id]);
    const page3 = await repo.meetingsForPerson(person.id, { limit: 2, before: page2[1]!.start });
    expect(page3.map((m) => m.id)).toEqual([meetings[0]!.id]);
    expect((await repo.lastMeetingBefore(person.id, meetings[2]!.start))?.id).toBe(meetings[1]!.id);
    expect(await repo.lastMeetingBefore(person.id, meetings[0]!.start)).toBeNull();
  });

  it('lists upcoming meetings soonest first with their person', async () => {
    const repo = await testRepo();
    const { person, meetings } = await personWithMeetings(repo, 4);
    const during = new Date(Date.parse(meetings[1]!.start) + 60_000).toISOString();
    const upcoming = await repo.upcomingMeetings(during, 2);
    expect(upcoming.map((u) => u.meeting.id)).toEqual([meetings[1]!.id, meetings[2]!.id]);
    expect(upcoming[0]!.person?.id).toBe(person.id);
  });

  it("builds history pages with each meeting's note and items", async () => {
    const repo = await testRepo();
    const { person, meetings } = await personWithMeetings(repo, 3);
    await repo.saveMeetingNote(meetings[1]!.id, {
      text: 'Talked about the launch',
      baseRev: 0,
      baseText: '',
    });
    await repo.addAgendaItem({ personId: person.id, meetingId: meetings[1]!.id, text: 'Launch' });
    await repo.addActionItem({ personId: person.id, meetingId: meetings[1]!.id, text: 'Send doc' });
    const page = await repo.historyPage(person.id, { limit: 2 });
    expect(page.map((e) => e.meeting.id)).toEqual([meetings[2]!.id, meetings[1]!.id]);
    expect(page[1]!.note?.text).toBe('Talked about the launch');
    expect(page[1]!.agenda.map((a) => a.text)).toEqual(['Launch']);
    expect(page[1]!.actions.map((a) => a.text)).toEqual(['Send doc']);
    expect(page[0]!.note).toBeNull();
  });
});
