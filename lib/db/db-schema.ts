/**
 * The IndexedDB layout of the current schema version, typed for `idb`.
 * Rows are the records of lib/schema/records.ts plus a few derived fields that exist only so an
 * index can answer a question in O(log n) (IndexedDB cannot index booleans or nulls):
 * - `pendingFor` = personId while an agenda/action item is not done (a sparse index of open items);
 * - `sortAt` = the meeting's start for a meeting note, createdAt for a quick note.
 * They are stripped before a record leaves lib/db (see rows.ts).
 */
import type { DBSchema } from 'idb';
import type {
  ActionItem,
  AgendaItem,
  AskedLog,
  Meeting,
  Note,
  Person,
  Settings,
  StoredQuestion,
} from '../schema/records';
import type { FeedbackEntry, Goal } from '../schema/growth';

export const DB_NAME = 'tandem';
/**
 * v1: first release. v2: search index store, `topics` on notes (backfilled).
 * v3: `meetings.bySeries` (series key → its occurrences).
 * v4: `visibility` ('shared' | 'private') on agenda and action items.
 * v5: `standingTopics` on people (an empty list on every stored person).
 * v6: `language` and `address` (du/Sie) in settings.
 * v7: `goals` and `feedback` stores (growth per person); `reminders` in settings.
 */
export const DB_VERSION = 7;

export type AgendaRow = AgendaItem & { pendingFor?: string };
export type ActionRow = ActionItem & { pendingFor?: string };
export type NoteRow = Note & { sortAt: string };

export type SearchKind = 'note' | 'agenda' | 'action';
/**
 * One chunk of a token's posting list (see search-index.ts). Tokens are folded words, plus
 * `@p:<personId>` on every record of a person, so a person filter is one more term.
 */
export interface PostingRow {
  token: string;
  chunk: number;
  /** Document ids: `n:<note id>`, `a:<agenda id>`, `t:<action id>`. */
  ids: string[];
}

export interface TandemDB extends DBSchema {
  people: {
    key: string;
    value: Person;
    indexes: { byEmail: string; byName: string };
  };
  meetings: {
    key: string;
    value: Meeting;
    indexes: { byEvent: [string, string]; byPersonStart: [string, string]; bySeries: string };
  };
  agenda: {
    key: string;
    value: AgendaRow;
    indexes: { byMeeting: string; byPerson: string; byPending: string };
  };
  actions: {
    key: string;
    value: ActionRow;
    indexes: { byMeeting: string; byPerson: string; byPending: string };
  };
  notes: {
    key: string;
    value: NoteRow;
    indexes: { byMeeting: string; byPersonAt: [string, string] };
  };
  questions: { key: string; value: StoredQuestion };
  askedLog: {
    key: string;
    value: AskedLog;
    indexes: { byPersonAt: [string, string] };
  };
  settings: { key: string; value: Settings };
  search: { key: [string, number]; value: PostingRow };
  goals: { key: string; value: Goal; indexes: { byPerson: string } };
  feedback: { key: string; value: FeedbackEntry; indexes: { byPersonDay: [string, string] } };
}

export type StoreName =
  | 'people'
  | 'meetings'
  | 'agenda'
  | 'actions'
  | 'notes'
  | 'questions'
  | 'askedLog'
  | 'settings'
  | 'search'
  | 'goals'
  | 'feedback';
