/** Shared by the reliability tests: a seeded random source, a digest of the whole database. */
import { createHash } from 'node:crypto';
import type { Repository } from '../../../lib/db/repository';

/** mulberry32: a small, fast, seedable PRNG; the same seed always gives the same files. */
export function seeded(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  return { next, int, pick };
}
export type Random = ReturnType<typeof seeded>;

/** SHA-256 of the whole database as exported (minus the export time). */
export async function digest(repo: Repository): Promise<string> {
  const json = (await repo.exportJson()).replace(/"exportedAt":"[^"]+"/, '"exportedAt":"X"');
  return createHash('sha256').update(json).digest('hex');
}

/** A database with a bit of everything: people, meetings, agenda, actions, notes, conflicts. */
export async function populate(repo: Repository, people = 3, meetingsEach = 3) {
  const ids: { person: string; meetings: string[] }[] = [];
  for (let p = 0; p < people; p++) {
    const person = await repo.ensurePersonForEvent({
      name: `Person ${p} <b>bold</b>`,
      email: `p${p}@example.com`,
    });
    const meetings: string[] = [];
    for (let i = 0; i < meetingsEach; i++) {
      const start = new Date(Date.UTC(2026, 0, 5 + 7 * i, 10 + p)).toISOString();
      const end = new Date(Date.UTC(2026, 0, 5 + 7 * i, 10 + p, 30)).toISOString();
      const m = await repo.upsertMeeting({
        personId: person.id,
        site: 'google',
        eventKey: `evt${p}-${i}`,
        seriesKey: `evt${p}`,
        title: `1:1 ${p} #${i}`,
        start,
        end,
      });
      meetings.push(m.id);
      await repo.addAgendaItem({ personId: person.id, meetingId: m.id, text: `Agenda ${p}.${i}` });
      await repo.addActionItem({ personId: person.id, meetingId: m.id, text: `Action ${p}.${i}` });
      await repo.saveMeetingNote(m.id, {
        text: `Note ${p}.${i}`,
        baseRev: 0,
        baseText: '',
        topics: ['career'],
      });
      await repo.logAsked({
        questionId: 'q-energy',
        personId: person.id,
        meetingId: m.id,
        outcome: i % 2 ? 'asked' : 'skipped',
      });
    }
    // A conflict: a second edit from the same base rev keeps both versions.
    await repo.saveMeetingNote(meetings[0]!, { text: `Other ${p}`, baseRev: 0, baseText: '' });
    await repo.addAgendaItem({ personId: person.id, meetingId: null, text: `Next time ${p}` });
    await repo.addQuickNote({ personId: person.id, text: `Quick ${p}` });
    ids.push({ person: person.id, meetings });
  }
  await repo.saveSettings({ theme: 'dark', seriesOverrides: { evt0: 'always' } });
  return ids;
}
