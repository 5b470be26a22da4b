/** The export/backup file: versioned, lossless, validated as a whole before anything is written. */
import { z } from './zod';
import {
  ActionItem,
  AgendaItem,
  AskedLog,
  IsoTime,
  Meeting,
  Note,
  Person,
  Settings,
  StoredQuestion,
} from './records';
import { FeedbackEntry, Goal } from './growth';

export const EXPORT_FORMAT = 'tandem-export';
/** Bump when the file's shape changes; import accepts every version it knows. */
export const EXPORT_VERSION = 1;

export const ExportData = z.object({
  people: z.array(Person),
  meetings: z.array(Meeting),
  agenda: z.array(AgendaItem),
  actions: z.array(ActionItem),
  notes: z.array(Note),
  questions: z.array(StoredQuestion),
  askedLog: z.array(AskedLog),
  settings: Settings.nullable(),
  /** v7 (growth per person); files from before have none. */
  goals: z.array(Goal).default([]),
  feedback: z.array(FeedbackEntry).default([]),
});
export type ExportData = z.infer<typeof ExportData>;

export const ExportFile = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  exportedAt: IsoTime,
  data: ExportData,
});
export type ExportFile = z.infer<typeof ExportFile>;

/** The stores of an export, in the order they are written to the file. */
export const EXPORT_STORES = [
  'people',
  'meetings',
  'agenda',
  'actions',
  'notes',
  'questions',
  'askedLog',
  'settings',
  'goals',
  'feedback',
] as const;
export type ExportStore = (typeof EXPORT_STORES)[number];
