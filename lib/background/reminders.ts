/**
 * Reminders before each known 1:1 and a wrap-up nudge after it (opt-in: Settings → Reminders,
 * which asks for the optional `alarms` and `notifications` permissions). Nothing is kept in the
 * worker's memory: every alarm and every worker start runs `tick`, which re-reads the meetings,
 * shows what is due (lib/reminders/schedule.ts), remembers it in storage.local (one per meeting
 * and kind, ever) and sets one alarm per coming reminder. `browser.alarms` survive the worker
 * being stopped; a periodic alarm catches changes made while it slept.
 */
import { browser } from 'wxt/browser';
import type { Repository } from '../db/repository';
import { t, tn } from '../i18n/catalog';
import { loadLanguage } from '../i18n/load';
import {
  dueReminders,
  minutesUntil,
  needsWrapUp,
  upcomingReminders,
  WRAPUP_DELAY_MS,
  WRAPUP_STALE_MS,
  type Reminder,
} from '../reminders/schedule';
import type { Meeting } from '../schema/records';
import type { TabRecord } from './tab-state';

export const REMINDER_ALARM = 'tandem-reminder:';
export const PLAN_ALARM = 'tandem-reminders-plan';
const NOTIFICATION = 'tandem-reminder:';
const SENT_KEY = 'tandem:remindersSent';
/** Shown reminders are remembered this long (a meeting is long over by then). */
const SENT_KEEP_MS = 14 * 86_400_000;
const MAX_ALARMS = 40;

interface Alarm {
  name: string;
}
interface ReminderApis {
  alarms: {
    create(name: string, info: { when?: number; periodInMinutes?: number }): Promise<void> | void;
    getAll(): Promise<Alarm[]>;
    clear(name: string): Promise<boolean>;
    onAlarm: { addListener(listener: (alarm: Alarm) => void): void };
  };
  notifications: {
    create(id: string, options: Record<string, unknown>): Promise<string>;
    clear(id: string): Promise<boolean>;
    onClicked: { addListener(listener: (id: string) => void): void };
  };
}

/** Both APIs exist only once the user granted the optional permissions. */
function apis(): ReminderApis | null {
  const b = browser as unknown as Partial<ReminderApis>;
  return b.alarms && b.notifications ? (b as ReminderApis) : null;
}

/** The prep page of one meeting (prep.html?meeting=…). */
export function meetingPrepUrl(meetingId: string): string {
  return browser.runtime.getURL('/prep.html') + '?meeting=' + encodeURIComponent(meetingId);
}

async function readSent(now: number): Promise<Record<string, number>> {
  const stored = (await browser.storage.local.get(SENT_KEY))[SENT_KEY] as
    Record<string, number> | undefined;
  return Object.fromEntries(
    Object.entries(stored ?? {}).filter(([, at]) => now - at < SENT_KEEP_MS),
  );
}

/** Whether a calendar tab shows this meeting in Tandem's sidebar right now. */
async function inSidebarOf(meeting: Meeting): Promise<boolean> {
  const all = await browser.storage.session.get(null);
  return Object.entries(all).some(([key, value]) => {
    if (!key.startsWith('tab:')) return false;
    const state = (value as TabRecord).state;
    return (
      !!state?.detection?.isOneOnOne &&
      state.open?.site === meeting.site &&
      state.open.eventKey === meeting.eventKey
    );
  });
}

export function startReminders(repository: () => Promise<Repository>): void {
  let attached = false;
  let running: Promise<void> = Promise.resolve();
  const run = () => {
    running = running.then(() =>
      tick(repository).catch((e: unknown) => console.warn('Tandem reminders:', e)),
    );
    return running;
  };
  const attach = () => {
    const api = apis();
    if (attached || !api) return;
    attached = true;
    api.alarms.onAlarm.addListener((alarm) => {
      if (alarm.name === PLAN_ALARM || alarm.name.startsWith(REMINDER_ALARM)) void run();
    });
    api.notifications.onClicked.addListener((id) => {
      if (!id.startsWith(NOTIFICATION)) return;
      const meetingId = id.slice(id.indexOf(':', NOTIFICATION.length) + 1);
      void browser.tabs.create({ url: meetingPrepUrl(meetingId) });
      void api.notifications.clear(id);
    });
  };
  attach();
  browser.permissions.onAdded.addListener(() => {
    attach();
    void run();
  });
  void run();
  void repository().then((repo) =>
    repo.onChange((change) => {
      if (change.stores.some((s) => ['meetings', 'settings', 'notes', 'actions'].includes(s)))
        void run();
    }),
  );
}

async function tick(repository: () => Promise<Repository>): Promise<void> {
  const api = apis();
  if (!api) return;
  const repo = await repository();
  const settings = await repo.getSettings();
  const ours = (await api.alarms.getAll()).filter(
    (a) => a.name === PLAN_ALARM || a.name.startsWith(REMINDER_ALARM),
  );
  if (!settings.reminders.enabled) {
    await Promise.all(ours.map((a) => api.alarms.clear(a.name)));
    return;
  }
  const now = Date.now();
  // Meetings not over by the oldest moment a wrap-up may still be due: recent ones included.
  const since = new Date(now - WRAPUP_STALE_MS - WRAPUP_DELAY_MS).toISOString();
  const known = (await repo.upcomingMeetings(since, 50)).filter(
    (u) => u.person && !u.person.archived,
  );
  const byId = new Map(known.map((u) => [u.meeting.id, u]));
  const meetings = known.map((u) => u.meeting);
  const sentAt = await readSent(now);
  const sent = new Set(Object.keys(sentAt));
  const { minutesBefore } = settings.reminders;

  // Whether each ended meeting wants a wrap-up: read only for those whose time has come.
  const wrapUps = new Set<string>();
  for (const m of meetings) {
    if (Date.parse(m.end) + WRAPUP_DELAY_MS > now || sent.has(`wrapup:${m.id}`)) continue;
    const bundle = await repo.prepBundle(m.id);
    const meetingActions = bundle.actions.filter((a) => a.meetingId === m.id && !a.done);
    if (needsWrapUp({ noteText: bundle.note?.text, meetingActions })) wrapUps.add(m.id);
  }
  const due = dueReminders(meetings, {
    now,
    minutesBefore,
    sent,
    needsWrapUp: (id) => wrapUps.has(id),
  });
  if (due.length) await loadLanguage();
  for (const reminder of due) {
    const found = byId.get(reminder.meetingId)!;
    sentAt[reminder.key] = now; // once per meeting and kind, shown or not
    if (await inSidebarOf(found.meeting)) continue;
    await api.notifications.create(`${NOTIFICATION}${reminder.key}`, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      title: 'Tandem',
      message: await messageFor(repo, reminder, found.meeting, found.person!.displayName, now),
    });
  }
  await browser.storage.local.set({ [SENT_KEY]: sentAt });

  const plan = upcomingReminders(meetings, {
    now,
    minutesBefore,
    sent: new Set(Object.keys(sentAt)),
  });
  const wanted = new Map(plan.slice(0, MAX_ALARMS).map((r) => [REMINDER_ALARM + r.key, r.at]));
  for (const alarm of ours)
    if (alarm.name !== PLAN_ALARM && !wanted.has(alarm.name)) await api.alarms.clear(alarm.name);
  for (const [name, when] of wanted) await api.alarms.create(name, { when });
  if (!ours.some((a) => a.name === PLAN_ALARM))
    await api.alarms.create(PLAN_ALARM, { periodInMinutes: 15 });
}

/** "1:1 with Felix in 10 min · 2 open items, 1 carried over", or the wrap-up nudge. */
async function messageFor(
  repo: Repository,
  reminder: Reminder,
  meeting: Meeting,
  name: string,
  now: number,
): Promise<string> {
  if (reminder.kind === 'wrapup') return t('reminderWrapUp', { name });
  const bundle = await repo.prepBundle(meeting.id);
  const open =
    bundle.agenda.filter((a) => !a.done).length + bundle.actions.filter((a) => !a.done).length;
  const carried = bundle.agenda.filter((a) => !a.done && a.carriedOver).length;
  const parts = [t('reminderBefore', { name, minutes: minutesUntil(meeting.start, now) })];
  if (open > 0)
    parts.push(
      carried > 0
        ? `${tn('reminderOpenItems', open)}, ${tn('reminderCarriedOver', carried)}`
        : tn('reminderOpenItems', open),
    );
  return parts.join(' · ');
}
