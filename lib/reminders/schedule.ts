/**
 * When Tandem reminds (pure; the background wires it to `browser.alarms`). Two kinds per
 * meeting: `before` (N minutes before it starts) and `wrapup` (once after it ends, only when it
 * has no notes and an open action item has no owner). Never more than one per meeting and kind:
 * the caller keeps the keys of those already shown in `sent`.
 *
 * Times are instants (UTC ms), so a meeting's local time zone and daylight-saving changes cannot
 * shift a reminder: "10 minutes before" is 600 000 ms before the start instant, whatever the
 * wall clock does in between. A meeting moved or cancelled is simply what the data says at the
 * moment the alarm fires: `dueNow` re-reads it and the alarm of the old time finds nothing due.
 */
export type ReminderKind = 'before' | 'wrapup';

export interface ReminderMeeting {
  id: string;
  start: string;
  end: string;
  /** Cancelled or removed from the calendar (Tandem keeps the record). */
  cancelled?: boolean;
}

export interface ReminderState {
  /** When the wrap-up nudge is wanted: the meeting has no notes and unowned open items. */
  needsWrapUp: (meetingId: string) => boolean;
}

export interface Reminder {
  key: string;
  meetingId: string;
  kind: ReminderKind;
  /** When it should show (UTC ms). */
  at: number;
}

/** After the end, the wrap-up waits this long (the user may still be writing). */
export const WRAPUP_DELAY_MS = 15 * 60_000;
/** A worker woken later than this after a wrap-up's time lets it go: the moment has passed. */
export const WRAPUP_STALE_MS = 12 * 60 * 60_000;

export function reminderKey(meetingId: string, kind: ReminderKind): string {
  return `${kind}:${meetingId}`;
}

function both(meeting: ReminderMeeting, minutesBefore: number): Reminder[] {
  const start = Date.parse(meeting.start);
  const end = Date.parse(meeting.end);
  if (Number.isNaN(start) || Number.isNaN(end)) return [];
  return [
    {
      key: reminderKey(meeting.id, 'before'),
      meetingId: meeting.id,
      kind: 'before',
      at: start - minutesBefore * 60_000,
    },
    {
      key: reminderKey(meeting.id, 'wrapup'),
      meetingId: meeting.id,
      kind: 'wrapup',
      at: Math.max(end, start) + WRAPUP_DELAY_MS,
    },
  ];
}

/**
 * Whether a reminder may still show at `now`: a `before` one until the meeting starts (a worker
 * woken late still says "in 3 min", never after the start), a wrap-up for a while after its time.
 */
function stillUseful(reminder: Reminder, meeting: ReminderMeeting, now: number): boolean {
  if (reminder.kind === 'before') return now < Date.parse(meeting.start);
  return now - reminder.at < WRAPUP_STALE_MS;
}

/** The alarms to set: every reminder not shown yet whose time is still ahead, soonest first. */
export function upcomingReminders(
  meetings: readonly ReminderMeeting[],
  options: { now: number; minutesBefore: number; sent: ReadonlySet<string> },
): Reminder[] {
  return meetings
    .filter((m) => !m.cancelled)
    .flatMap((m) => both(m, options.minutesBefore))
    .filter((r) => !options.sent.has(r.key) && r.at > options.now)
    .sort((a, b) => a.at - b.at || a.key.localeCompare(b.key));
}

/**
 * What to show now (an alarm fired, or the worker woke up): every reminder whose time has come,
 * not shown yet, still useful, and (a wrap-up) still wanted. A meeting moved later has its
 * `before` time ahead again, so the old alarm shows nothing; a cancelled one never shows.
 */
export function dueReminders(
  meetings: readonly ReminderMeeting[],
  options: { now: number; minutesBefore: number; sent: ReadonlySet<string> } & ReminderState,
): Reminder[] {
  const due: Reminder[] = [];
  for (const meeting of meetings) {
    if (meeting.cancelled) continue;
    for (const reminder of both(meeting, options.minutesBefore)) {
      if (options.sent.has(reminder.key) || reminder.at > options.now) continue;
      if (!stillUseful(reminder, meeting, options.now)) continue;
      if (reminder.kind === 'wrapup' && !options.needsWrapUp(meeting.id)) continue;
      due.push(reminder);
    }
  }
  return due.sort((a, b) => a.at - b.at || a.key.localeCompare(b.key));
}

/** Whole minutes until the start, at least 1 (what "in 10 min" says). */
export function minutesUntil(start: string, now: number): number {
  return Math.max(1, Math.round((Date.parse(start) - now) / 60_000));
}

/**
 * The wrap-up is wanted when nothing was written down for the meeting and no next step has an
 * owner. Tandem's action items always name one (me or them), so in practice: no note and no
 * action item came out of the meeting; an item without an owner (an imported one) counts too.
 */
export function needsWrapUp(input: {
  noteText: string | null | undefined;
  /** The open action items written in this meeting. */
  meetingActions: readonly { owner?: string | null }[];
}): boolean {
  if (input.noteText?.trim()) return false;
  return input.meetingActions.length === 0 || input.meetingActions.some((a) => !a.owner);
}
