/**
 * Reads the history with one person into the facts the suggestion engine weighs: which
 * questions are too recent to repeat, which categories have gone quiet, whether there was a
 * long gap, and the last mood noted. Pure; "now" is the start of the meeting being prepared.
 */
import type { Category } from '../schema/common';
import type { QuestionContent } from '../schema/question';
import { mergedQuestionIds } from './merged';

export const DAY_MS = 86_400_000;
/** A question asked in any of the last this-many earlier meetings (or in this one) waits. */
export const REPEAT_WINDOW_MEETINGS = 4;
/** A category nobody touched for this long is worth bringing back. */
export const QUIET_AFTER_DAYS = 42;
/** A gap this long, or twice the usual cadence, calls for reconnecting first. */
export const LONG_GAP_DAYS = 30;
/** A mood at or below this (on a 1–5 scale) asks for a gentler meeting. */
export const LOW_MOOD = 2;
/** A mood note older than this says little about how they are now. */
const MOOD_RECENT_DAYS = 60;

export interface HistoryInput {
  meeting: { id: string; start: string };
  pastMeetings: readonly { id: string; start: string }[];
  asked: readonly {
    questionId: string;
    meetingId?: string;
    at: string;
    outcome: 'asked' | 'skipped';
  }[];
  notes: readonly { at: string; topics: readonly Category[]; mood?: number }[];
  library: readonly QuestionContent[];
}

export interface QuietCategory {
  /** Whole weeks since it last came up; undefined when it never has. */
  weeks?: number;
}

export interface History {
  /** Asked in the current meeting or in the last REPEAT_WINDOW_MEETINGS earlier ones. */
  recentlyAsked: Set<string>;
  /** Skipped in that same window: still eligible, but less likely. */
  recentlySkipped: Set<string>;
  quietCategories: Map<Category, QuietCategory>;
  /** Days since the last earlier meeting, when it counts as a long gap. */
  longGapDays?: number;
  /** The last noted mood, when it was low and recent. */
  lowMood?: number;
  /** When that low mood was noted. */
  lowMoodAt?: number;
  /** Every question ever asked with this person (as far as the log reaches): last time asked. */
  askedBefore: Map<string, number>;
  /** When each category last came up (an asked question of it, or a note topic). */
  lastTouched: Map<Category, number>;
}

/** An asked-log id as this release knows it: merged questions count for the one kept. */
export function currentId(questionId: string): string {
  return mergedQuestionIds[questionId] ?? questionId;
}

export function parseTime(iso: string | undefined): number | undefined {
  if (iso === undefined) return undefined;
  const time = Date.parse(iso);
  return Number.isFinite(time) ? time : undefined;
}

export function readHistory(input: HistoryInput, now: number): History {
  // Earlier meetings only, newest first; the current one may be listed by mistake.
  const earlier = input.pastMeetings
    .map((m) => ({ id: m.id, start: parseTime(m.start) }))
    .filter((m): m is { id: string; start: number } => m.start !== undefined)
    .filter((m) => m.id !== input.meeting.id && m.start < now)
    .sort((a, b) => b.start - a.start || a.id.localeCompare(b.id));

  const { recentlyAsked, recentlySkipped } = readRepeatWindow(input, earlier);
  const mood = readLowMood(input.notes, now);
  const { quiet, lastTouched } = readQuietCategories(input, earlier, now);
  return {
    recentlyAsked,
    recentlySkipped,
    quietCategories: quiet,
    ...optional('longGapDays', readLongGap(earlier, now)),
    ...optional('lowMood', mood?.mood),
    ...optional('lowMoodAt', mood?.at),
    askedBefore: readAskedBefore(input, now),
    lastTouched,
  };
}

function readAskedBefore(input: HistoryInput, now: number): Map<string, number> {
  const asked = new Map<string, number>();
  for (const entry of input.asked) {
    const at = parseTime(entry.at);
    if (entry.outcome !== 'asked' || at === undefined || at > now) continue;
    const id = currentId(entry.questionId);
    asked.set(id, Math.max(asked.get(id) ?? -Infinity, at));
  }
  return asked;
}

/** Spreads `{ key: value }` only when value is defined (exactOptionalPropertyTypes-friendly). */
function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

/**
 * The repeat rule counts meetings, not days. An entry belongs to the window when its
 * meeting id is the current meeting or one of the last few; entries without a known meeting
 * id are placed by time: anything at or after the start of the oldest meeting in the window.
 * With fewer earlier meetings than the window holds, everything on record is recent.
 */
function readRepeatWindow(
  input: HistoryInput,
  earlier: readonly { id: string; start: number }[],
): { recentlyAsked: Set<string>; recentlySkipped: Set<string> } {
  const windowMeetings = earlier.slice(0, REPEAT_WINDOW_MEETINGS);
  const windowIds = new Set([input.meeting.id, ...windowMeetings.map((m) => m.id)]);
  const knownIds = new Set(earlier.map((m) => m.id));
  const oldest = windowMeetings[REPEAT_WINDOW_MEETINGS - 1];
  const windowStart = earlier.length > REPEAT_WINDOW_MEETINGS && oldest ? oldest.start : -Infinity;

  const recentlyAsked = new Set<string>();
  const recentlySkipped = new Set<string>();
  for (const entry of input.asked) {
    let inWindow: boolean;
    if (entry.meetingId !== undefined && windowIds.has(entry.meetingId)) inWindow = true;
    else if (entry.meetingId !== undefined && knownIds.has(entry.meetingId)) inWindow = false;
    else inWindow = (parseTime(entry.at) ?? Infinity) >= windowStart;
    if (!inWindow) continue;
    // Skipping in this very meeting means "not now": treat it like asked.
    const id = currentId(entry.questionId);
    if (entry.outcome === 'asked' || entry.meetingId === input.meeting.id) {
      recentlyAsked.add(id);
    } else {
      recentlySkipped.add(id);
    }
  }
  return { recentlyAsked, recentlySkipped };
}

/**
 * Categories untouched (no question asked, no note topic) for QUIET_AFTER_DAYS. A category
 * that never came up counts only once the history is that long, and is reported without weeks.
 */
function readQuietCategories(
  input: HistoryInput,
  earlier: readonly { start: number }[],
  now: number,
): { quiet: Map<Category, QuietCategory>; lastTouched: Map<Category, number> } {
  const categoryOf = new Map(input.library.map((q) => [q.id, q.category]));
  const lastTouched = new Map<Category, number>();
  let firstContact = earlier.at(-1)?.start ?? Infinity;
  const touch = (category: Category, at: number): void => {
    lastTouched.set(category, Math.max(lastTouched.get(category) ?? -Infinity, at));
  };

  for (const entry of input.asked) {
    const at = parseTime(entry.at);
    if (at === undefined) continue;
    firstContact = Math.min(firstContact, at);
    const category = categoryOf.get(currentId(entry.questionId));
    if (category && entry.outcome === 'asked') touch(category, at);
  }
  for (const note of input.notes) {
    const at = parseTime(note.at);
    if (at === undefined) continue;
    firstContact = Math.min(firstContact, at);
    for (const topic of note.topics) touch(topic, at);
  }

  const quiet = new Map<Category, QuietCategory>();
  const categories = new Set(input.library.map((q) => q.category));
  for (const category of categories) {
    const last = lastTouched.get(category);
    if (last !== undefined) {
      const days = (now - last) / DAY_MS;
      if (days >= QUIET_AFTER_DAYS) quiet.set(category, { weeks: Math.round(days / 7) });
    } else if ((now - firstContact) / DAY_MS >= QUIET_AFTER_DAYS) {
      quiet.set(category, {});
    }
  }
  return { quiet, lastTouched };
}

/** Long gap: more than LONG_GAP_DAYS, or more than twice the usual spacing of meetings. */
function readLongGap(earlier: readonly { start: number }[], now: number): number | undefined {
  const last = earlier[0];
  if (!last) return undefined;
  const gapDays = (now - last.start) / DAY_MS;
  const spacings: number[] = [];
  for (let i = 0; i + 1 < earlier.length; i++) {
    const newer = earlier[i];
    const older = earlier[i + 1];
    if (newer && older) spacings.push((newer.start - older.start) / DAY_MS);
  }
  const cadence = median(spacings);
  const longByCadence = cadence !== undefined && gapDays > 2 * Math.max(cadence, 1);
  return gapDays > LONG_GAP_DAYS || longByCadence ? Math.round(gapDays) : undefined;
}

function median(values: number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? 0;
  const lower = sorted[sorted.length % 2 === 0 ? middle - 1 : middle] ?? upper;
  return (upper + lower) / 2;
}

/** The most recent mood on record, if it is low and recent enough to matter. */
function readLowMood(
  notes: HistoryInput['notes'],
  now: number,
): { mood: number; at: number } | undefined {
  let latest: { at: number; mood: number } | undefined;
  for (const note of notes) {
    const at = parseTime(note.at);
    if (at === undefined || note.mood === undefined || at > now) continue;
    if (!latest || at >= latest.at) latest = { at, mood: note.mood };
  }
  if (!latest || (now - latest.at) / DAY_MS > MOOD_RECENT_DAYS) return undefined;
  return latest.mood <= LOW_MOOD ? latest : undefined;
}
