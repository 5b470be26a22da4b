import { describe, expect, it } from 'vitest';
import { saidAbout, standingStatus } from '../../../lib/agenda/standing';

// A weekly 1:1 on Mondays at 09:00 UTC: m1 = 2026-11-02, m2 = 11-09, …
const start = (n: number) => new Date(Date.UTC(2026, 10, 2 + 7 * (n - 1), 9)).toISOString();
const meeting = (n: number) => ({ id: `m${n}`, start: start(n) });
const earlier = (n: number) => Array.from({ length: n - 1 }, (_, i) => start(n - 1 - i)); // newest first
const topic = (every: number, unit: 'meetings' | 'weeks', discussedIn: number[]) => ({
  id: 't',
  text: 'Career',
  every,
  unit,
  discussed: discussedIn.map((n) => ({ meetingId: `m${n}`, at: start(n) })),
});

describe('standingStatus: every N meetings', () => {
  it('is due at once when never discussed', () => {
    expect(standingStatus(topic(2, 'meetings', []), meeting(1), [])).toEqual({
      due: true,
      discussedHere: false,
    });
  });

  it('every 2 meetings: discussed in the 1st → not in the 2nd, due in the 3rd and 4th, again after', () => {
    const t = topic(2, 'meetings', [1]);
    expect(standingStatus(t, meeting(1), earlier(1))).toMatchObject({
      due: true,
      discussedHere: true,
    });
    expect(standingStatus(t, meeting(2), earlier(2))).toEqual({
      due: false,
      discussedHere: false,
      last: { meetingId: 'm1', at: start(1) },
      dueIn: { count: 1, unit: 'meetings' },
    });
    expect(standingStatus(t, meeting(3), earlier(3))).toMatchObject({ due: true });
    // Not discussed in the 3rd: still due in the 4th (it does not silently skip a round).
    expect(standingStatus(t, meeting(4), earlier(4))).toMatchObject({ due: true });
    const t2 = topic(2, 'meetings', [1, 3]);
    expect(standingStatus(t2, meeting(4), earlier(4)).due).toBe(false);
    expect(standingStatus(t2, meeting(5), earlier(5)).due).toBe(true);
  });

  it('every meeting is due every time; every 3 counts meetings, not weeks', () => {
    expect(standingStatus(topic(1, 'meetings', [1]), meeting(2), earlier(2)).due).toBe(true);
    // Meetings 2 and 3 were skipped weeks apart: only the meetings held count.
    const sparse = [start(6), start(2)]; // newest first; the 3rd–5th weeks had no meeting
    const t = topic(3, 'meetings', [2]);
    expect(standingStatus(t, meeting(7), sparse)).toMatchObject({
      due: false,
      dueIn: { count: 1, unit: 'meetings' },
    });
    expect(standingStatus(t, meeting(8), [start(7), ...sparse]).due).toBe(true);
  });

  it('the open meeting is the reference, even when it is an older one being looked at again', () => {
    const t = topic(2, 'meetings', [1, 3]);
    // Looking back at the 2nd: the 3rd's discussion is later and does not count.
    expect(standingStatus(t, meeting(2), earlier(2))).toMatchObject({
      due: false,
      last: { meetingId: 'm1' },
    });
    expect(standingStatus(t, meeting(3), earlier(3))).toMatchObject({
      due: true,
      discussedHere: true,
      last: { meetingId: 'm1' },
    });
  });
});

describe('standingStatus: every N weeks', () => {
  it('is due once N weeks have passed, a day early allowed', () => {
    const t = topic(2, 'weeks', [1]);
    expect(standingStatus(t, meeting(2), earlier(2))).toEqual({
      due: false,
      discussedHere: false,
      last: { meetingId: 'm1', at: start(1) },
      dueIn: { count: 6, unit: 'days' },
    });
    expect(standingStatus(t, meeting(3), earlier(3)).due).toBe(true);
    // Moved a day earlier (13 days later): still counts as two weeks.
    const early = { id: 'x', start: new Date(Date.parse(start(3)) - 86_400_000).toISOString() };
    expect(standingStatus(t, early, earlier(3)).due).toBe(true);
    const tooEarly = {
      id: 'y',
      start: new Date(Date.parse(start(3)) - 2 * 86_400_000).toISOString(),
    };
    expect(standingStatus(t, tooEarly, earlier(3))).toMatchObject({
      due: false,
      dueIn: { count: 1, unit: 'days' },
    });
  });

  it('counts weeks whatever the number of meetings in between', () => {
    const t = topic(4, 'weeks', [1]);
    expect(standingStatus(t, meeting(2), []).due).toBe(false);
    expect(standingStatus(t, meeting(5), []).due).toBe(true);
  });
});

describe('saidAbout', () => {
  const note =
    'Quick sync on the release. Career: wants to lead the Q1 roadmap! Wellbeing ok, a bit tired.\nFeedback for me: shorter status mails.';

  it('keeps the sentences that name the topic, case and accents ignored', () => {
    expect(saidAbout('career', note)).toBe('Career: wants to lead the Q1 roadmap!');
    expect(saidAbout('Feedback for me', note)).toBe('Feedback for me: shorter status mails.');
    expect(saidAbout('Wellbeing', note)).toBe('Wellbeing ok, a bit tired.');
    expect(saidAbout('Carrière', 'Sa carrière avance. Autre chose.')).toBe('Sa carrière avance.');
  });

  it('null when no sentence names it, or the topic has no word to look for', () => {
    expect(saidAbout('Promotion', note)).toBeNull();
    expect(saidAbout('for me', note)).toBeNull();
    expect(saidAbout('career', '')).toBeNull();
  });

  it('cuts long passages and keeps markup as text', () => {
    const long = `Career ${'x'.repeat(500)}.`;
    const said = saidAbout('career', long, 100)!;
    expect(said).toHaveLength(100);
    expect(said.endsWith('…')).toBe(true);
    expect(saidAbout('career', 'Career <img src=x onerror=alert(1)> talk.')).toBe(
      'Career <img src=x onerror=alert(1)> talk.',
    );
  });
});
