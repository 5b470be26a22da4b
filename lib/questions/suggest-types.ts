// The suggestion engine's input and output shapes, apart so its parts can share them without a cycle.
import type { Category, Relationship } from '../schema/common';
import type { QuestionContent, QuestionLanguage } from '../schema/question';
import type { OpenAction, OpenAgendaItem } from './suggest-memory';

export type SuggestMode = 'normal' | 'grow' | 'mentor' | 'teacher' | 'first-meeting';

export interface AskedEntry {
  questionId: string;
  meetingId?: string;
  /** ISO time. */
  at: string;
  outcome: 'asked' | 'skipped';
}

export interface SuggestInput {
  person: { name: string; relationship: Relationship; startDate?: string };
  meeting: { id: string; start: string; isFirst: boolean };
  /** Earlier meetings with this person, any order (ISO starts). */
  pastMeetings: { id: string; start: string }[];
  /** Questions asked or skipped with this person. */
  asked: AskedEntry[];
  /** Notes with this person: topics touched and an optional mood (1 low … 5 high). */
  notes: { at: string; topics: Category[]; mood?: number }[];
  /** Defaults plus the user's own; `enabled: false` is never suggested. */
  library: (QuestionContent & { enabled?: boolean })[];
  mode: SuggestMode;
  seed: number;
  /** How many to suggest, 3–5; default 5. GROW mode always returns one per step. */
  count?: number;
  /** Ids already shown or dismissed this session. */
  exclude?: string[];
  /** Open action items with this person ("from last time"). */
  openActions?: OpenAction[];
  /** Open agenda items with this person: carried over, or planned for next time. */
  openAgenda?: OpenAgendaItem[];
  /**
   * Suggest only questions in this language (a question without `lang` is English); default
   * 'en'. The sidebar passes the language it speaks; reasons come in the active UI language.
   */
  language?: QuestionLanguage;
}

export interface Suggestion {
  question: QuestionContent;
  /** Why it is suggested, short and plain. */
  reason: string;
  /** A library pick, the opener that hands over the agenda, or built from last time. */
  kind?: 'opener' | 'from-last-time';
  /** The reason quotes a noted mood: screen-share safe mode shows it masked (shownReason). */
  quotesMood?: true;
}
