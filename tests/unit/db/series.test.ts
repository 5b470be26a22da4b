/**
 * Series: the newest known occurrence of a calendar series, and the grid's other occurrences of
 * a known series recorded as meetings (for "Next 1:1s"). Also: a counterpart first seen by name
 * and then by email stays one person.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { StorageFullError, type DbChange, type Repository } from '../../../lib/db/repository';
import type { SeriesOccurrence } from '../../../lib/db/meetings';
import { closeAll, testRepo } from './helpers';

afterEach(closeAll);

const NOW = '2026-03-02T08:00:00.000Z';

/** Tom's series `tj` with Jonas: two stored occurrences, created newest first. */
async function knownSeries(repo: Repository) {
  const jonas = await repo.ensurePersonForEvent({
    name: 'Jonas Weber',
    email: 'jonas@example.com',
  });
  const later = await repo.upsertMeeting({
    personId: jonas.id,
    site: 'google',
    eventKey: 'tj_20260226T090000Z tom@example.com',
    seriesKey: 'tj',
    title: '1:1 Tom / Jonas',
    start: '2026-02-26T09:00:00Z',
    end: '2026-02-26T09:30:00Z',
  });
  const earlier = await repo.upsertMeeting({
    personId: jonas.id,
    site: 'google',
    eventKey: 'tj_20260223T090000Z tom@example.com',
    seriesKey: 'tj',
    title: '1:1 Tom / Jonas',
    start: '2026-02-23T09:00:00Z',
    end: '2026-02-23T09:30:00Z',
  });
  return { jonas, later, earlier };
}

const occurrence = (day: string, extra: Partial<SeriesOccurrence> = {}): SeriesOccurrence => ({
  site: 'google',
  eventKey: `tj_${day.replaceAll('-', '')}T090000Z tom@example.com`,
  seriesKey: 'tj',
  title: '1:1 Tom / Jonas',
  start: `${day}T09:00:00.000Z`,
  end: `${day}T09:30:00.000Z`,
  ...extra,
});

describe('latestMeetingInSeries', () => {
  it('is the newest occurrence by start, whatever the order they were stored in', async () => {
    const repo = await testRepo();
    const { later } = await knownSeries(repo);
    expect(await repo.latestMeetingInSeries('tj')).toEqual(later);
  });

  it('is null for a series Tandem never saw (and ignores meetings without a series)', async () => {
    const repo = await testRepo();
    await knownSeries(repo);
    const person = await repo.ensurePersonForEvent({ email: 'solo@example.com' });
    await repo.upsertMeeting({
      personId: person.id,
      site: 'google',
      eventKey: 'once',
      title: 'One-off',
      start: '2026-03-03T10:00:00Z',
      end: '2026-03-03T10:30:00Z',
    });
    expect(await repo.latestMeetingInSeries('nope')).toBeNull();
    expect(await repo.latestMeetingInSeries('')).toBeNull();
  });
});

describe('recordSeriesOccurrences', () => {
  it('adds the unseen occurrences of a known series for its person, in one write', async () => {
    const repo = await testRepo();
    const { jonas } = await knownSeries(repo);
    const changes: DbChange[] = [];
    repo.onChange((c) => changes.push(c));
    const added = await repo.recordSeriesOccurrences(
      [occurrence('2026-03-05'), occurrence('2026-03-09', { title: 'Renamed?' })],
      NOW,
    );
    expect(added).toBe(2);
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ stores: ['meetings'], bulk: false });
    expect(changes[0]!.ids).toHaveLength(2);
    const found = await repo.findMeetingByEvent('google', occurrence('2026-03-09').eventKey);
    expect(found).toMatchObject({
      personId: jonas.id,
      seriesKey: 'tj',
      title: 'Renamed?',
      start: '2026-03-09T09:00:00.000Z',
      end: '2026-03-09T09:30:00.000Z',
      rev: 1,
    });
    expect((await repo.latestMeetingInSeries('tj'))?.id).toBe(found?.id);
    const upcoming = await repo.upcomingMeetings(NOW);
    expect(upcoming.map((u) => [u.meeting.start, u.person?.displayName])).toEqual([
      ['2026-03-05T09:00:00.000Z', 'Jonas Weber'],
      ['2026-03-09T09:00:00.000Z', 'Jonas Weber'],
    ]);
    // Seen again (another grid pass, another tab): nothing twice, no write.
    expect(
      await repo.recordSeriesOccurrences([occurrence('2026-03-05'), occurrence('2026-03-09')], NOW),
    ).toBe(0);
    expect(changes).toHaveLength(1);
  });

  it('leaves unknown series, stored occurrences and other sites alone', async () => {
    const repo = await testRepo();
    const { earlier, later } = await knownSeries(repo);
    const before = (await repo.exportData()).data.meetings;
    const changes: DbChange[] = [];
    repo.onChange((c) => changes.push(c));
    const added = await repo.recordSeriesOccurrences(
      [
        // stored: a different title or time on the page changes nothing
        occurrence('2026-02-26', { title: 'New title', end: '2026-02-26T10:00:00.000Z' }),
        { ...occurrence('2026-02-23'), seriesKey: 'tj' },
        // a series nobody prepared
        occurrence('2026-03-05', { seriesKey: 'other', eventKey: 'other_20260305' }),
        // the same key on the other site is another calendar's series
        occurrence('2026-03-05', { site: 'outlook', eventKey: 'AAMk-tj' }),
        // no series key
        occurrence('2026-03-05', { seriesKey: undefined, eventKey: 'single' }),
      ],
      NOW,
    );
    expect(added).toBe(0);
    expect(changes).toEqual([]);
    expect((await repo.exportData()).data.meetings).toEqual(before);
    expect(await repo.getMeeting(later.id)).toEqual(later);
    expect(await repo.getMeeting(earlier.id)).toEqual(earlier);
  });

  it('skips occurrences without a start, long over, or stored under another series', async () => {
    const repo = await testRepo();
    const { jonas } = await knownSeries(repo);
    // The occurrence of 03-12 was already stored (opened before Tandem knew it was a series).
    const stray = await repo.upsertMeeting({
      personId: jonas.id,
      site: 'google',
      eventKey: occurrence('2026-03-12').eventKey,
      title: 'Moved',
      start: '2026-03-12T11:00:00Z',
      end: '2026-03-12T11:30:00Z',
    });
    const added = await repo.recordSeriesOccurrences(
      [
        occurrence('2026-03-05', { start: undefined }),
        occurrence('2026-03-06', { start: 'next Tuesday-ish' }),
        occurrence('2026-02-19'), // ended 11 days before now
        occurrence('2026-03-01', { start: '2026-03-01T07:00:00.000Z', end: undefined }), // 25 h ago
        occurrence('2026-03-01', {
          eventKey: 'tj_yesterday',
          start: '2026-03-01T09:00:00.000Z',
          end: '2026-03-01T09:30:00.000Z',
        }), // within the day: kept
        occurrence('2026-03-12'),
        occurrence('2026-03-16'),
        occurrence('2026-03-16'), // the grid lists it twice (two calendars shown)
      ],
      NOW,
    );
    expect(added).toBe(2);
    expect(await repo.getMeeting(stray.id)).toEqual(stray);
    const stored = (await repo.meetingsForPerson(jonas.id, { limit: 50 })).map((m) => m.eventKey);
    expect(stored).toEqual([
      occurrence('2026-03-16').eventKey,
      occurrence('2026-03-12').eventKey,
      'tj_yesterday',
      occurrence('2026-02-26').eventKey,
      occurrence('2026-02-23').eventKey,
    ]);
    // No end on the page: half an hour, as when a 1:1 is opened.
    expect(
      await repo.recordSeriesOccurrences([occurrence('2026-03-19', { end: undefined })], NOW),
    ).toBe(1);
    expect((await repo.findMeetingByEvent('google', occurrence('2026-03-19').eventKey))?.end).toBe(
      '2026-03-19T09:30:00.000Z',
    );
  });

  it('follows the person of the newest occurrence, and handles several series at once', async () => {
    const repo = await testRepo();
    const { later } = await knownSeries(repo);
    // The series was handed to Lea (the newest occurrence is hers).
    const lea = await repo.ensurePersonForEvent({ name: 'Lea', email: 'lea@example.com' });
    await repo.upsertMeeting({
      ...later,
      personId: lea.id,
      eventKey: 'tj_20260302T090000Z tom@example.com',
      start: '2026-03-02T09:00:00Z',
      end: '2026-03-02T09:30:00Z',
    });
    const sam = await repo.ensurePersonForEvent({ name: 'Sam', email: 'sam@example.com' });
    await repo.upsertMeeting({
      personId: sam.id,
      site: 'outlook',
      eventKey: 'AAMk-sam-1',
      seriesKey: 'AAMk-sam',
      title: 'Sam <> me',
      start: '2026-02-24T15:00:00Z',
      end: '2026-02-24T15:30:00Z',
    });
    const added = await repo.recordSeriesOccurrences(
      [
        occurrence('2026-03-05'),
        {
          site: 'outlook',
          eventKey: 'AAMk-sam-2',
          seriesKey: 'AAMk-sam',
          title: 'Sam <> me',
          start: '2026-03-03T15:00:00Z',
          end: '2026-03-03T15:30:00Z',
        },
      ],
      NOW,
    );
    expect(added).toBe(2);
    expect(
      (await repo.findMeetingByEvent('google', occurrence('2026-03-05').eventKey))?.personId,
    ).toBe(lea.id);
    expect((await repo.findMeetingByEvent('outlook', 'AAMk-sam-2'))?.personId).toBe(sam.id);
  });

  it('a full disk adds nothing and says so', async () => {
    const repo = await testRepo();
    await knownSeries(repo);
    const realAdd = IDBObjectStore.prototype.add;
    let calls = 0;
    IDBObjectStore.prototype.add = function (
      this: IDBObjectStore,
      ...args: [unknown, IDBValidKey?]
    ) {
      if (++calls === 2) throw new DOMException('full', 'QuotaExceededError');
      return realAdd.apply(this, args);
    };
    try {
      await expect(
        repo.recordSeriesOccurrences([occurrence('2026-03-05'), occurrence('2026-03-09')], NOW),
      ).rejects.toBeInstanceOf(StorageFullError);
    } finally {
      IDBObjectStore.prototype.add = realAdd;
    }
    expect(await repo.findMeetingByEvent('google', occurrence('2026-03-05').eventKey)).toBeNull();
    expect((await repo.exportData()).data.meetings).toHaveLength(2);
  });

  it('recorded meetings survive an export → erase → import round trip, index included', async () => {
    const repo = await testRepo();
    await knownSeries(repo);
    await repo.recordSeriesOccurrences([occurrence('2026-03-05'), occurrence('2026-03-09')], NOW);
    const first = await repo.exportJson();
    expect(JSON.parse(first).data.meetings).toHaveLength(4);
    await repo.eraseAll();
    expect(await repo.latestMeetingInSeries('tj')).toBeNull();
    const check = await repo.checkImport(first);
    expect(check).toMatchObject({ ok: true });
    const result = await repo.importBackup(first);
    expect(result).toMatchObject({ ok: true });
    const again = await repo.exportJson();
    const data = (text: string) => (JSON.parse(text) as { data: unknown }).data;
    expect(data(again)).toEqual(data(first));
    expect((await repo.latestMeetingInSeries('tj'))?.start).toBe('2026-03-09T09:00:00.000Z');
    // Imported occurrences are known: the grid adds nothing again.
    expect(
      await repo.recordSeriesOccurrences([occurrence('2026-03-05'), occurrence('2026-03-09')], NOW),
    ).toBe(0);
    // And into a fresh profile.
    const fresh = await testRepo({ name: 'series-fresh' });
    expect(await fresh.importBackup(first)).toMatchObject({ ok: true });
    expect((await fresh.latestMeetingInSeries('tj'))?.eventKey).toBe(
      occurrence('2026-03-09').eventKey,
    );
  });
});

describe('ensurePersonForEvent: the email arrives after the name', () => {
  it('adds the email to the one same-named person without emails', async () => {
    const repo = await testRepo();
    const byName = await repo.ensurePersonForEvent({ name: 'Maria Lopez' });
    expect(byName.emails).toEqual([]);
    const changes: DbChange[] = [];
    repo.onChange((c) => changes.push(c));
    const byEmail = await repo.ensurePersonForEvent({
      name: 'Maria Lopez',
      email: 'Maria.Lopez@Example.com',
    });
    expect(byEmail).toMatchObject({
      id: byName.id,
      emails: ['maria.lopez@example.com'],
      rev: byName.rev + 1,
    });
    expect(changes).toMatchObject([{ stores: ['people'], ids: [byName.id] }]);
    expect(await repo.listPeople()).toHaveLength(1);
    expect((await repo.findPersonByEmail('maria.lopez@example.com'))?.id).toBe(byName.id);
    // Found by email from now on, with or without the name.
    expect((await repo.ensurePersonForEvent({ email: 'maria.lopez@example.com' })).id).toBe(
      byName.id,
    );
    expect(await repo.getPerson(byName.id)).toEqual(byEmail);
  });

  it('creates a new person when the namesake already has an address', async () => {
    const repo = await testRepo();
    const first = await repo.ensurePersonForEvent({ name: 'Alex Kim', email: 'alex@a.example' });
    const other = await repo.ensurePersonForEvent({ name: 'Alex Kim', email: 'alex@b.example' });
    expect(other.id).not.toBe(first.id);
    expect(await repo.getPerson(first.id)).toEqual(first);
  });

  it('creates a new person when two people share the name (it cannot tell which)', async () => {
    const repo = await testRepo();
    const a = await repo.createPerson({ displayName: 'Chris Lee' });
    const b = await repo.createPerson({ displayName: 'Chris Lee' });
    const c = await repo.ensurePersonForEvent({ name: 'Chris Lee', email: 'chris@example.com' });
    expect([a.id, b.id]).not.toContain(c.id);
    expect(await repo.getPerson(a.id)).toEqual(a);
    expect(await repo.getPerson(b.id)).toEqual(b);
  });

  it('an email alone still creates a person; a known email wins over the name', async () => {
    const repo = await testRepo();
    const maria = await repo.ensurePersonForEvent({ name: 'Maria Lopez' });
    const anon = await repo.ensurePersonForEvent({ email: 'maria.lopez@example.com' });
    expect(anon.id).not.toBe(maria.id);
    expect(
      (await repo.ensurePersonForEvent({ name: 'Maria Lopez', email: 'maria.lopez@example.com' }))
        .id,
    ).toBe(anon.id);
    expect((await repo.getPerson(maria.id))?.emails).toEqual([]);
  });
});
