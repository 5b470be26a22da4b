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

export const Person = Base.extend({
  displayName: z.string().min(1).max(300),
  /** Lower-cased; one person may use several addresses. */
  emails: z.array(z.string().min(3).max(320)),
  /** My relationship to them ("report" = they report to me). */
  relationship: Relationship,
  role: z.string().max(300).optional(),
  team: z.string().max(300).optional(),
  startDate: IsoDay.optional(),
  cadence: Cadence.optional(),
  archived: z.boolean(),
  /** About the person, belonging to no meeting. */
  standingNotes: z.string(),
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
  /** Screen-share safe mode turns on whenever a calendar page shows the sidebar. Absent = off. */
  hidePrivateOnCalendarOpen: z.boolean().optional(),
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
};
