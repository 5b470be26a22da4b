/**
 * Stored records: the zod schemas are the single source of the types (z.infer).
 * Every record carries id, createdAt, updatedAt and rev (1 on creation, +1 on every write).
 * Times are ISO 8601 strings in UTC (`Date#toISOString()`), so they sort as strings.
 */
import { z } from './zod';
import { Cadence, Category, Relationship, Site } from './common';
import { QuestionContent } from './question';
import { SITE_IDS } from '../sites/hosts';

/** Any string `Date.parse` understands; the repository stores the normalised UTC form. */
export const IsoTime = z
  .string()
  .refine((s) => !Number.isNaN(Date.parse(s)), { message: 'Not a date and time (ISO 8601)' });

/** A calendar day, YYYY-MM-DD. */
export const IsoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Not a day (YYYY-MM-DD)');

export const Base = z.object({
  id: z.string().min(1).max(200),
  createdAt: IsoTime,
  updatedAt: IsoTime,
  rev: z.number().int().min(1),
});
export type Base = z.infer<typeof Base>;

/** A version of a text that lost a concurrent edit: kept so nothing typed is ever lost. */
export const ConflictCopy = z.object({ text: z.string(), at: IsoTime });
export type ConflictCopy = z.infer<typeof ConflictCopy>;
/** Present only while the user has not dismissed the other versions. */
const conflicts = z.array(ConflictCopy).optional();

export const Who = z.enum(['me', 'them']);
export type Who = z.infer<typeof Who>;

/**
 * Whether an agenda or action item may be handed to the other person ("Copy agenda for the
 * invite", the recap). Notes have no such field: they are private, always. Files exported
 * before v4 have none: their items were shared by default, as the v4 migration makes them.
 */
export const Visibility = z.enum(['shared', 'private']);
export type Visibility = z.infer<typeof Visibility>;
const visibility = Visibility.default('shared');

/**
 * A topic that comes back with a person every `every` meetings or weeks ("career",
 * "wellbeing", "feedback for me"). `discussed` is its history: the meetings it was ticked off
 * in (their start as `at`), oldest first; what was said is read from those meetings' notes.
 * When it is due: lib/agenda/standing.ts.
 */
export const StandingTopicUnit = z.enum(['meetings', 'weeks']);
export type StandingTopicUnit = z.infer<typeof StandingTopicUnit>;
export const StandingTopic = z.object({
  id: z.string().min(1).max(200),
  text: z.string().min(1).max(300),
  every: z.number().int().min(1).max(52),
  unit: StandingTopicUnit,
  createdAt: IsoTime,
  discussed: z.array(z.object({ meetingId: z.string().min(1).max(200), at: IsoTime })).max(200),
});
export type StandingTopic = z.infer<typeof StandingTopic>;

export const Person = Base.extend({
  displayName: z.string().min(1).max(300),
  /** Lower-cased; one person may use several addresses. */
  emails: z.array(z.string().min(3).max(320)),
  /** My relationship to them ("report" = they report to me). */
  relationship: Relationship,
  /**
   * The sidebar asked once who they are to the user (answered or skipped): never asked again.
   * Absent = never asked; people stored before it read as never asked.
   */
  relationshipAsked: z.boolean().optional(),
  role: z.string().max(300).optional(),
  team: z.string().max(300).optional(),
  startDate: IsoDay.optional(),
  cadence: Cadence.optional(),
  archived: z.boolean(),
  /** About the person, belonging to no meeting. */
  standingNotes: z.string(),
  /** v5; files exported before it have none: read as no standing topics. */
  standingTopics: z.array(StandingTopic).max(50).default([]),
  conflicts,
});
export type Person = z.infer<typeof Person>;

export const Meeting = Base.extend({
  personId: z.string().min(1),
  site: Site,
  /** Google: decoded event id + calendar id; Outlook: the item id; manual: generated. */
  eventKey: z.string().min(1).max(1000),
  seriesKey: z.string().max(1000).optional(),
  title: z.string().max(1000),
  start: IsoTime,
  end: IsoTime,
  /** Topics read from the event's description that the user removed (topicKey form): never re-added. */
  dismissedTopics: z.array(z.string().max(600)).max(500).optional(),
});
export type Meeting = z.infer<typeof Meeting>;

export const AgendaItem = Base.extend({
  personId: z.string().min(1),
  /** The meeting it is planned for; null = "next time". It moves to the meeting it is done in. */
  meetingId: z.string().min(1).nullable(),
  text: z.string().max(5000),
  addedBy: Who,
  order: z.number(),
  done: z.boolean(),
  doneAt: IsoTime.optional(),
  /** Where it was first raised (null when added as "next time"). */
  raisedInMeetingId: z.string().min(1).nullable(),
  visibility,
  /** Read from the calendar event's description (the other person's topic, usually). */
  fromEvent: z.literal(true).optional(),
  conflicts,
});
export type AgendaItem = z.infer<typeof AgendaItem>;

export const ActionItem = Base.extend({
  personId: z.string().min(1),
  meetingId: z.string().min(1).nullable(),
  text: z.string().max(5000),
  owner: Who,
  due: IsoDay.optional(),
  done: z.boolean(),
  doneAt: IsoTime.optional(),
  visibility,
  conflicts,
});
export type ActionItem = z.infer<typeof ActionItem>;

export const Mood = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5)]);
export type Mood = z.infer<typeof Mood>;

export const Note = Base.extend({
  personId: z.string().min(1),
  /** Absent for a quick note taken outside a meeting. */
  meetingId: z.string().min(1).optional(),
  text: z.string().max(200_000),
  private: z.boolean(),
  topics: z.array(Category),
  mood: Mood.optional(),
  conflicts,
});
export type Note = z.infer<typeof Note>;

export const StoredQuestion = QuestionContent.extend({
  createdAt: IsoTime,
  updatedAt: IsoTime,
  rev: z.number().int().min(1),
  /** Shipped with the extension: can be disabled, edited and reset, never deleted. */
  builtIn: z.boolean(),
  enabled: z.boolean(),
  /** A built-in whose content the user changed (kept when a release ships a new text). */
  edited: z.boolean(),
});
export type StoredQuestion = z.infer<typeof StoredQuestion>;

export const AskedOutcome = z.enum(['asked', 'skipped']);
export const AskedLog = Base.extend({
  questionId: z.string().min(1),
  personId: z.string().min(1),
  meetingId: z.string().min(1).nullable(),
  at: IsoTime,
  outcome: AskedOutcome,
});
export type AskedLog = z.infer<typeof AskedLog>;

export const SelfIdentity = z.object({
  site: z.enum(SITE_IDS),
  name: z.string().optional(),
  email: z.string().optional(),
});
export type SelfIdentity = z.infer<typeof SelfIdentity>;

const PerSite = z.object({ google: z.boolean(), outlook: z.boolean() });

export const SETTINGS_ID = 'settings';
export const Settings = Base.extend({
  id: z.literal(SETTINGS_ID),
  selfIdentities: z.array(SelfIdentity),
  sites: PerSite,
  autoOpen: PerSite,
  theme: z.enum(['system', 'light', 'dark']),
  extraKeywords: z.array(z.string().max(200)),
  seriesOverrides: z.record(z.string(), z.enum(['always', 'never'])),
  /** The UI language: 'auto' follows the calendar page, then the browser (lib/i18n/language.ts). */
  language: z.enum(['auto', 'en', 'de']).default('auto'),
  /** How German questions address the other person: informal "du" or formal "Sie". */
  address: z.enum(['du', 'sie']).default('du'),
  /** Screen-share safe mode turns on whenever a calendar page shows the sidebar. Absent = off. */
  hidePrivateOnCalendarOpen: z.boolean().optional(),
  /**
   * Reminders before each 1:1 and a wrap-up nudge after it (v7). Off by default: turning them on
   * asks for the optional `notifications` and `alarms` permissions.
   */
  reminders: z
    .object({ enabled: z.boolean(), minutesBefore: z.number().int().min(1).max(120) })
    .default({ enabled: false, minutesBefore: 10 }),
});
export type Settings = z.infer<typeof Settings>;
/** What the user can change; the repository owns id/createdAt/updatedAt/rev. */
export type SettingsValues = Omit<Settings, keyof Base>;

export const DEFAULT_SETTINGS: SettingsValues = {
  selfIdentities: [],
  sites: { google: true, outlook: true },
  autoOpen: { google: true, outlook: true },
  theme: 'system',
  extraKeywords: [],
  seriesOverrides: {},
  language: 'auto',
  address: 'du',
  reminders: { enabled: false, minutesBefore: 10 },
};
