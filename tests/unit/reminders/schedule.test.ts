import { describe, expect, it } from 'vitest';
import {
  dueReminders,
  minutesUntil,
  needsWrapUp,
  reminderKey,
  upcomingReminders,
  WRAPUP_DELAY_MS,
  WRAPUP_STALE_MS,
  type ReminderMeeting,
} from '@/lib/reminders/schedule';

const MIN = 60_000;
const at = (iso: string) => Date.parse(iso);
const felix: ReminderMeeting = {
  id: 'm1',
  start: '2026-12-03T14:00:00.000Z',
  end: '2026-12-03T14:30:00.000Z',
};
const none = new Set<string>();
const wanted = { needsWrapUp: () => true };

describe('upcomingReminders', () => {
  it('plans one before and one wrap-up per meeting, soonest first, none already past or sent', () => {
    const other = { id: 'm2', start: '2026-12-03T10:00:00.000Z', end: '2026-12-03T10:30:00.000Z' };
    const plan = upcomingReminders([felix, other], {
      now: at('2026-12-03T09:00:00.000Z'),
      minutesBefore: 10,
      sent: new Set([reminderKey('m2', 'wrapup')]),
    });
    expect(plan.map((r) => [r.key, new Date(r.at).toISOString()])).toEqual([
      ['before:m2', '2026-12-03T09:50:00.000Z'],
      ['before:m1', '2026-12-03T13:50:00.000Z'],
      ['wrapup:m1', new Date(at(felix.end) + WRAPUP_DELAY_MS).toISOString()],
    ]);
    expect(
      upcomingReminders([felix], {
        now: at('2026-12-03T13:55:00.000Z'),
        minutesBefore: 10,
        sent: none,
      }).map((r) => r.kind),
    ).toEqual(['wrapup']);
  });

  it('is the same instant whatever zone the meeting was written in, across a DST change', () => {
    // Berlin leaves summer time on 25 Oct 2026 at 03:00 CEST (→ 02:00 CET). A 1:1 at 09:00 CET
    // that morning, and the same instant written in New York (still on EDT) and in UTC.
    const berlin = {
      id: 'b',
      start: '2026-10-25T09:00:00+01:00',
      end: '2026-10-25T09:30:00+01:00',
    };
    const newYork = {
      id: 'n',
      start: '2026-10-25T04:00:00-04:00',
      end: '2026-10-25T04:30:00-04:00',
    };
    const options = { now: at('2026-10-24T20:00:00Z'), minutesBefore: 10, sent: none };
    const [b] = upcomingReminders([berlin], options);
    const [n] = upcomingReminders([newYork], options);
    expect(new Date(b!.at).toISOString()).toBe('2026-10-25T07:50:00.000Z');
    expect(n!.at).toBe(b!.at);
    // Over the night of the change: 10 minutes before a 03:05 CET start is 02:55 CET, which is
    // 01:55 UTC — not an hour off because the wall clock repeated 02:00–03:00.
    const early = { id: 'e', start: '2026-10-25T03:05:00+01:00', end: '2026-10-25T03:35:00+01:00' };
    expect(new Date(upcomingReminders([early], options)[0]!.at).toISOString()).toBe(
      '2026-10-25T01:55:00.000Z',
    );
    // Spring forward (29 Mar 2026, 02:00 CET → 03:00 CEST): 03:10 CEST minus 10 min is 03:00
    // CEST = 01:00 UTC, the instant the wall clock jumped.
    const spring = {
      id: 's',
      start: '2026-03-29T03:10:00+02:00',
      end: '2026-03-29T03:40:00+02:00',
    };
    expect(
      new Date(
        upcomingReminders([spring], { ...options, now: at('2026-03-28T00:00:00Z') })[0]!.at,
      ).toISOString(),
    ).toBe('2026-03-29T01:00:00.000Z');
  });
});

describe('dueReminders', () => {
  it('shows the before reminder at its time, once', () => {
    const now = at('2026-12-03T13:50:00.000Z');
    const due = dueReminders([felix], { now, minutesBefore: 10, sent: none, ...wanted });
    expect(due.map((r) => r.key)).toEqual(['before:m1']);
    expect(minutesUntil(felix.start, now)).toBe(10);
    expect(
      dueReminders([felix], { now, minutesBefore: 10, sent: new Set(['before:m1']), ...wanted }),
    ).toEqual([]);
  });

  it('a worker woken late still reminds before the start, never after it', () => {
    const late = at('2026-12-03T13:57:00.000Z');
    expect(
      dueReminders([felix], { now: late, minutesBefore: 10, sent: none, ...wanted }).map(
        (r) => r.key,
      ),
    ).toEqual(['before:m1']);
    expect(minutesUntil(felix.start, late)).toBe(3);
    const afterStart = at('2026-12-03T14:01:00.000Z');
    expect(
      dueReminders([felix], { now: afterStart, minutesBefore: 10, sent: none, ...wanted }),
    ).toEqual([]);
  });

  it('a meeting moved later or cancelled: the old alarm finds nothing due', () => {
    const oldAlarm = at('2026-12-03T13:50:00.000Z');
    const moved = { ...felix, start: '2026-12-03T16:00:00.000Z', end: '2026-12-03T16:30:00.000Z' };
    expect(
      dueReminders([moved], { now: oldAlarm, minutesBefore: 10, sent: none, ...wanted }),
    ).toEqual([]);
    expect(
      upcomingReminders([moved], { now: oldAlarm, minutesBefore: 10, sent: none })[0]!.at,
    ).toBe(at('2026-12-03T15:50:00.000Z'));
    const cancelled = { ...felix, cancelled: true };
    expect(
      dueReminders([cancelled], { now: oldAlarm, minutesBefore: 10, sent: none, ...wanted }),
    ).toEqual([]);
    expect(upcomingReminders([cancelled], { now: 0, minutesBefore: 10, sent: none })).toEqual([]);
  });

  it('a meeting moved earlier, already started: no before reminder any more', () => {
    const moved = { ...felix, start: '2026-12-03T13:40:00.000Z', end: '2026-12-03T14:10:00.000Z' };
    expect(
      dueReminders([moved], {
        now: at('2026-12-03T13:50:00.000Z'),
        minutesBefore: 10,
        sent: none,
        ...wanted,
      }),
    ).toEqual([]);
  });

  it('nudges a wrap-up after the end only when wanted, and lets it go once stale', () => {
    const wrapAt = at(felix.end) + WRAPUP_DELAY_MS;
    const keys = (now: number, needs: boolean) =>
      dueReminders([felix], {
        now,
        minutesBefore: 10,
        sent: new Set(['before:m1']),
        needsWrapUp: () => needs,
      }).map((r) => r.key);
    expect(keys(wrapAt - MIN, true)).toEqual([]);
    expect(keys(wrapAt, true)).toEqual(['wrapup:m1']);
    expect(keys(wrapAt, false)).toEqual([]);
    expect(keys(wrapAt + WRAPUP_STALE_MS, true)).toEqual([]);
  });
});

describe('needsWrapUp', () => {
  it('wants one when nothing was written and no next step has an owner', () => {
    expect(needsWrapUp({ noteText: '', meetingActions: [] })).toBe(true);
    expect(needsWrapUp({ noteText: null, meetingActions: [{ owner: null }] })).toBe(true);
    expect(needsWrapUp({ noteText: '  ', meetingActions: [{ owner: 'me' }] })).toBe(false);
    expect(needsWrapUp({ noteText: 'We agreed on the plan', meetingActions: [] })).toBe(false);
  });
});
