/**
 * Tandem's data layer: the ONLY code that touches IndexedDB. Extension pages (sidebar, popup,
 * options) and the background open it; content scripts never do (their IndexedDB would be the
 * calendar page's own) and talk to the background instead.
 *
 *   const repo = await openRepository({ builtInQuestions: defaultQuestions, onClosed: reload });
 *   const off = repo.onChange((c) => { if (c.stores.includes('agenda')) refetch(); });
 *
 * Rules the API keeps:
 * - One transaction per logical change: a failure (StorageFullError on a full disk included)
 *   leaves nothing half-written. Reads that must agree (prepBundle) use one transaction.
 * - After every committed write, `onChange` listeners here and in every other extension page
 *   (BroadcastChannel 'tandem-db') get {stores, ids, bulk}; never any text. Views re-query.
 * - Text edits carry `baseRev` (and ideally `baseText`); the check runs inside the write, so
 *   nothing typed is lost: a SaveResult with status 'conflict' means both versions are kept
 *   (the record's `conflicts`) and `message` says so. List operations (add, tick, reorder)
 *   are field operations and never conflict.
 * - Lookups use indexes and key ranges with limits; cost grows with log n.
 *
 * People
 *   findPersonByEmail(email) → Person | null
 *   ensurePersonForEvent({ name?, email?, relationship? }) → Person   (find or create, atomic;
 *     an email arriving after the name goes to the one same-named person without emails)
 *   createPerson(input) → Person;  getPerson(id) → Person | null
 *   listPeople({ includeArchived? }) → Person[]   (by name)
 *   savePerson(id, patch, { baseRev, baseStandingNotes? }) → SaveResult<Person>
 *   archivePerson(id, archived = true) → Person;  dismissPersonConflicts(id) → Person
 *   mergePeople(keepId, goneId) → MergeSummary   (all history moves; goneId is removed)
 * Meetings
 *   upsertMeeting({ personId, site, eventKey?, seriesKey?, title, start, end }) → Meeting
 *   getMeeting(id);  findMeetingByEvent(site, eventKey)
 *   meetingsForPerson(personId, { before?, limit? }) → Meeting[]       newest first
 *   historyPage(personId, { before?, limit? }) → HistoryEntry[]         meeting + note + items
 *   upcomingMeetings(now, limit?) → { meeting, person }[];  lastMeetingBefore(personId, before)
 *   latestMeetingInSeries(seriesKey) → Meeting | null   (newest by start)
 *   recordSeriesOccurrences(events, now) → number added   (occurrences the grid shows of known
 *     series become meetings of the series' person; one transaction; existing ones untouched)
 *   prepBundle(meetingId) → PrepBundle   (everything the sidebar shows, one transaction)
 * Agenda (an unfinished item carries over to later meetings; ticked off in a meeting it moves there)
 *   addAgendaItem({ personId, meetingId | null, text, addedBy? });  editAgendaText(id, TextEdit)
 *   setAgendaDone(id, done, { inMeetingId? });  reorderAgenda(orderedIds)
 *   setAgendaAddedBy(id, who);  moveAgendaItem(id, meetingId | null);  deleteAgendaItem(id)
 *   setAgendaVisibility(id, 'shared' | 'private')
 *   addEventTopics(meetingId, [{ text, addedBy }]) → added   (topics of the event's description,
 *     each normalised text once; never one the user removed from that meeting)
 *   removeAgendaItem(id, meetingId)   (deletes; the meeting remembers the text as removed)
 *   addStandingTopic(personId, { text, every, unit }) / removeStandingTopic(personId, id)
 *   setStandingTopicDiscussed(personId, id, meetingId, discussed)   (its history; on the person)
 * Action items
 *   addActionItem({ personId, meetingId, text, owner?, due? });  setActionDone(id, done)
 *   editActionItem(id, { text?: TextEdit, owner?, due?, visibility? });  deleteActionItem(id)
 *   openActionsOwnedByMe() → { item, personName }[]   (open, owner "me", active people)
 * Growth (v7)
 *   goalsOf(personId);  addGoal({ personId, text });  editGoal(id, { text?, status? });  deleteGoal(id)
 *   feedbackOf(personId, { from?, to? });  addFeedback({ personId, day, kind, text });  deleteFeedback(id)
 *   reviewExport(personId, { from, to, includePrivateNotes, today }) → Markdown
 * Notes
 *   saveMeetingNote(meetingId, NoteEdit) → SaveResult<Note>   (creates; debounce-friendly)
 *   setMeetingMood(meetingId, mood | null) → SaveResult<Note>  (the 1–5 mood on the meeting's note)
 *   addQuickNote({ personId, text, topics?, mood?, private? });  saveNote(id, NoteEdit)
 *   getMeetingNote(meetingId);  notesForPerson(personId, { before?, limit? });  deleteNote(id)
 *   dismissConflicts(kind, id)
 * Questions and the asked log
 *   listQuestions();  saveOwnQuestion(q);  editQuestion(id, changes);  setQuestionEnabled(id, on)
 *   resetQuestion(id);  deleteQuestion(id)   (built-ins: NotAllowedError)
 *   logAsked({ questionId, personId, meetingId, outcome, at? });  deleteAsked(id)
 * Settings: getSettings();  saveSettings(patch)
 * Search:   search(query, { personId?, limit? }) → SearchHit[]  (indexes a pending backlog first)
 *           indexPending({ onProgress? }) → documents indexed;  searchBacklogSize()
 * Backup:   exportData() / exportJson();  checkImport(fileOrText) (dry run);
 *           importBackup(fileOrText, { signal?, onProgress? })  (abort: nothing changes)
 *           eraseAll() (built-in questions are stored again in the same transaction);
 *           personMarkdown(personId)
 * Sync (lib/sync): syncRead(refs) / syncAll() → logical records;  syncApply(batch) → AppliedRecord[]
 *           (another device's records and deletions, merged as an import merges)
 * Lifecycle: onChange(cb) → unsubscribe;  close()
 */
import type { QuestionContent } from '../schema/question';
import { ChangeBus, CHANNEL_NAME, type ChangeListener } from './changes';
import type { Ctx } from './context';
import { newId } from './ids';
import { openTandemDB } from './open';
import * as actions from './actions';
import * as agenda from './agenda';
import * as backup from './backup';
import * as commitments from './commitments';
import * as growth from './growth';
import * as managerHandover from './manager-handover';
import * as review from './review-export';
import * as eventTopics from './event-topics';
import * as history from './history';
import * as markdown from './markdown';
import * as meetings from './meetings';
import * as merge from './merge-people';
import * as notes from './notes';
import * as people from './people';
import * as standing from './standing-topics';
import * as prep from './prep';
import * as questions from './questions';
import * as searching from './search';
import * as backlog from './search-backlog';
import * as settings from './settings';
import * as sync from './sync';

export interface RepositoryOptions {
  /** The questions this release ships (lib/questions/library.ts), seeded on open. */
  builtInQuestions?: readonly QuestionContent[];
  /** Database name; tests and benchmarks use their own. */
  name?: string;
  /** Change channel name (defaults to 'tandem-db'). */
  channelName?: string;
  /** The clock, for tests. */
  now?: () => Date;
  /** This connection was closed for a newer version or by the browser: reload the view. */
  onClosed?: (reason: 'versionchange' | 'terminated') => void;
  /** Opening waits on an old connection that does not close: ask to close other Tandem tabs. */
  onBlocked?: () => void;
}

/** Drops the leading context argument of a module function. */
type Bound<F> = F extends (ctx: Ctx, ...args: infer A) => infer R ? (...args: A) => R : never;
type BoundModule<M> = { [K in keyof M]: Bound<M[K]> };

function bind<M extends Record<string, unknown>>(ctx: Ctx, module: M): BoundModule<M> {
  const bound: Record<string, unknown> = {};
  for (const [name, fn] of Object.entries(module)) {
    if (typeof fn === 'function') bound[name] = (...args: unknown[]) => fn(ctx, ...args);
  }
  return bound as BoundModule<M>;
}

const api = {
  findPersonByEmail: people.findPersonByEmail,
  ensurePersonForEvent: people.ensurePersonForEvent,
  createPerson: people.createPerson,
  getPerson: people.getPerson,
  listPeople: people.listPeople,
  savePerson: people.savePerson,
  archivePerson: people.archivePerson,
  dismissPersonConflicts: people.dismissPersonConflicts,
  mergePeople: merge.mergePeople,
  upsertMeeting: meetings.upsertMeeting,
  getMeeting: meetings.getMeeting,
  findMeetingByEvent: meetings.findMeetingByEvent,
  meetingsForPerson: meetings.meetingsForPerson,
  upcomingMeetings: meetings.upcomingMeetings,
  lastMeetingBefore: meetings.lastMeetingBefore,
  latestMeetingInSeries: meetings.latestMeetingInSeries,
  recordSeriesOccurrences: meetings.recordSeriesOccurrences,
  historyPage: history.historyPage,
  prepBundle: prep.prepBundle,
  addAgendaItem: agenda.addAgendaItem,
  editAgendaText: agenda.editAgendaText,
  setAgendaDone: agenda.setAgendaDone,
  setAgendaAddedBy: agenda.setAgendaAddedBy,
  moveAgendaItem: agenda.moveAgendaItem,
  reorderAgenda: agenda.reorderAgenda,
  deleteAgendaItem: agenda.deleteAgendaItem,
  setAgendaVisibility: agenda.setAgendaVisibility,
  addEventTopics: eventTopics.addEventTopics,
  removeAgendaItem: eventTopics.removeAgendaItem,
  addStandingTopic: standing.addStandingTopic,
  removeStandingTopic: standing.removeStandingTopic,
  setStandingTopicDiscussed: standing.setStandingTopicDiscussed,
  addActionItem: actions.addActionItem,
  setActionDone: actions.setActionDone,
  editActionItem: actions.editActionItem,
  deleteActionItem: actions.deleteActionItem,
  openActionsOwnedByMe: commitments.openActionsOwnedByMe,
  saveMeetingNote: notes.saveMeetingNote,
  setMeetingMood: notes.setMeetingMood,
  addQuickNote: notes.addQuickNote,
  saveNote: notes.saveNote,
  getMeetingNote: notes.getMeetingNote,
  notesForPerson: notes.notesForPerson,
  deleteNote: notes.deleteNote,
  listQuestions: questions.listQuestions,
  saveOwnQuestion: questions.saveOwnQuestion,
  editQuestion: questions.editQuestion,
  setQuestionEnabled: questions.setQuestionEnabled,
  resetQuestion: questions.resetQuestion,
  deleteQuestion: questions.deleteQuestion,
  logAsked: questions.logAsked,
  deleteAsked: questions.deleteAsked,
  getSettings: settings.getSettings,
  saveSettings: settings.saveSettings,
  search: searching.search,
  indexPending: backlog.indexPending,
  searchBacklogSize: backlog.searchBacklogSize,
  exportData: backup.exportData,
  exportJson: backup.exportJson,
  checkImport: backup.checkImport,
  importBackup: backup.importBackup,
  eraseAll: backup.eraseAll,
  personMarkdown: markdown.personMarkdown,
  handoverMarkdown: managerHandover.handoverMarkdown,
  goalsOf: growth.goalsOf,
  addGoal: growth.addGoal,
  editGoal: growth.editGoal,
  deleteGoal: growth.deleteGoal,
  feedbackOf: growth.feedbackOf,
  addFeedback: growth.addFeedback,
  deleteFeedback: growth.deleteFeedback,
  reviewExport: review.reviewExport,
  syncRead: sync.readRecords,
  syncAll: sync.allRecords,
  syncApply: sync.applyIncoming,
};

export type ConflictKind = 'note' | 'agenda' | 'action' | 'person';

export type Repository = BoundModule<typeof api> & {
  /** Hides the other versions kept by a conflict once the user has dealt with them. */
  dismissConflicts(kind: ConflictKind, id: string): Promise<unknown>;
  onChange(listener: ChangeListener): () => void;
  /** Closes the connection and the change channel. */
  close(): void;
};

export async function openRepository(options: RepositoryOptions = {}): Promise<Repository> {
  const state = { closed: false };
  const db = await openTandemDB({
    ...(options.name !== undefined && { name: options.name }),
    onClosed: (reason) => {
      state.closed = true;
      options.onClosed?.(reason);
    },
    ...(options.onBlocked && { onBlocked: options.onBlocked }),
  });
  const clock = options.now ?? (() => new Date());
  const ctx: Ctx = {
    db,
    bus: new ChangeBus(options.channelName ?? CHANNEL_NAME),
    now: () => clock().toISOString(),
    newId: () => newId(clock().getTime()),
    builtInQuestions: options.builtInQuestions ?? [],
    state,
  };
  await questions.seedBuiltIns(ctx);
  return {
    ...bind(ctx, api),
    dismissConflicts: (kind, id) =>
      kind === 'note'
        ? notes.dismissNoteConflicts(ctx, id)
        : kind === 'agenda'
          ? agenda.dismissAgendaConflicts(ctx, id)
          : kind === 'action'
            ? actions.dismissActionConflicts(ctx, id)
            : people.dismissPersonConflicts(ctx, id),
    onChange: (listener) => ctx.bus.onChange(listener),
    close: () => {
      state.closed = true;
      ctx.bus.close();
      db.close();
    },
  };
}

export { requestPersistentStorage, storageUsage } from './persistence';
export {
  StorageFullError,
  RecordNotFoundError,
  NotAllowedError,
  DatabaseClosedError,
} from './errors';
export type { DbChange, ChangeListener } from './changes';
export type { SaveResult, SaveStatus, TextEdit } from './merge';
export type { PrepBundle, PrepAgendaItem } from './prep';
export type { HistoryEntry } from './history';
export type { SearchHit, SearchOptions } from './search';
export type { ImportOptions, ImportProgress } from './backup';
export type { ImportResult, ImportSummary, StoreSummary } from './backup';
export type { ImportProblem } from './backup-file';
export type { MergeSummary } from './merge-people';
export type { NoteEdit, QuickNoteInput } from './notes';
export type { PersonInput, PersonPatch, PersonSave } from './people';
export type { MeetingInput, SeriesOccurrence, UpcomingMeeting } from './meetings';
export type { AgendaInput } from './agenda';
export type { ActionInput, ActionEdit } from './actions';
export type { AskedInput } from './questions';
export type { AppliedRecord, IncomingRecord, RecordRef, SyncedRecord } from './sync';
