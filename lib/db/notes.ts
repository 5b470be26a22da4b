/**
 * Notes. A meeting has one note, saved over and over while the user types: the UI calls
 * saveMeetingNote (debounced) with the rev it got back last time; an unchanged text writes
 * nothing. Quick notes belong to a person and no meeting. Private by default.
 */
import type { Category } from '../schema/common';
import type { Mood, Note } from '../schema/records';
import { queue, read, write, type Ctx, type Touched, type WriteTx } from './context';
import { RecordNotFoundError } from './errors';
import { saveResult, mergeText, withConflicts, type SaveResult, type TextEdit } from './merge';
import { bump, firstRevision, note as toNote, personBefore } from './rows';
import { SearchIndexer, type PostingStore } from './search-index';

export interface NoteEdit extends TextEdit {
  topics?: Category[];
  /** null clears the mood. */
  mood?: Mood | null;
  private?: boolean;
}

type NoteTx = WriteTx<['notes', 'search']>;

/** Stores the note and updates the search index for what changed since `before`. */
async function store(
  note: Note,
  before: Note | null,
  sortAt: string,
  tx: NoteTx,
  touched: Touched,
): Promise<void> {
  queue(tx.objectStore('notes').put({ ...note, sortAt }));
  const index = new SearchIndexer();
  index.change('note', before, note);
  await index.flush(tx.objectStore('search') as unknown as PostingStore);
  touched.add('notes', note.id);
}

/** Applies an edit to a stored note: text through the conflict rule, other fields as given. */
function applyEdit(
  current: Note,
  edit: NoteEdit,
): { next: Note; status: SaveResult<Note>['status'] } {
  const merged = mergeText(current, edit);
  let next: Note = withConflicts({ ...current, text: merged.text }, merged.conflicts);
  if (edit.topics !== undefined) next.topics = [...new Set(edit.topics)];
  if (edit.private !== undefined) next.private = edit.private;
  if (edit.mood === null) {
    const { mood: _mood, ...rest } = next;
    next = rest;
  } else if (edit.mood !== undefined) next.mood = edit.mood;
  const otherFields =
    JSON.stringify(next) !==
    JSON.stringify({ ...current, text: next.text, conflicts: next.conflicts });
  const status = merged.status === 'unchanged' && otherFields ? 'saved' : merged.status;
  return { next, status };
}

export async function saveMeetingNote(
  ctx: Ctx,
  meetingId: string,
  edit: NoteEdit,
): Promise<SaveResult<Note>> {
  return write(ctx, ['notes', 'search', 'meetings'], async (tx, touched) => {
    const meeting = await tx.objectStore('meetings').get(meetingId);
    if (!meeting) throw new RecordNotFoundError('meetings', meetingId);
    const row = await tx.objectStore('notes').index('byMeeting').get(meetingId);
    if (!row) {
      const now = ctx.now();
      const base: Note = {
        id: ctx.newId(),
        ...firstRevision(now),
        personId: meeting.personId,
        meetingId,
        text: '',
        private: true,
        topics: [],
      };
      const { next } = applyEdit(base, { ...edit, baseRev: 1 });
      await store(next, null, meeting.start, tx as unknown as NoteTx, touched);
      return saveResult('saved', next);
    }
    const current = toNote(row);
    const { next, status } = applyEdit(current, edit);
    if (status === 'unchanged') return saveResult(status, current);
    const bumped = bump(next, ctx.now());
    await store(bumped, current, row.sortAt, tx as unknown as NoteTx, touched);
    return saveResult(status, bumped);
  });
}

/**
 * The mood (1 low … 5 high; null clears it) noted for a meeting, on its note, which it creates
 * when there is none. Its own write, not part of the text's autosave: the text is left as stored,
 * so an edit typed meanwhile still saves as "merged", never as a conflict.
 */
export async function setMeetingMood(
  ctx: Ctx,
  meetingId: string,
  mood: Mood | null,
): Promise<SaveResult<Note>> {
  const stored = await getMeetingNote(ctx, meetingId);
  return saveMeetingNote(ctx, meetingId, {
    text: stored?.text ?? '',
    baseRev: stored?.rev ?? 0,
    baseText: stored?.text ?? '',
    mood,
  });
}

export interface QuickNoteInput {
  personId: string;
  text: string;
  topics?: Category[];
  mood?: Mood;
  private?: boolean;
}

export async function addQuickNote(ctx: Ctx, input: QuickNoteInput): Promise<Note> {
  const now = ctx.now();
  const note: Note = {
    id: ctx.newId(),
    ...firstRevision(now),
    personId: input.personId,
    text: input.text,
    private: input.private ?? true,
    topics: [...new Set(input.topics ?? [])],
    ...(input.mood !== undefined && { mood: input.mood }),
  };
  return write(ctx, ['notes', 'search'], async (tx, touched) => {
    await store(note, null, now, tx, touched);
    return note;
  });
}

/** Edits any note by id (quick notes, or a meeting note from the history). */
export async function saveNote(ctx: Ctx, id: string, edit: NoteEdit): Promise<SaveResult<Note>> {
  return write(ctx, ['notes', 'search'], async (tx, touched) => {
    const row = await tx.objectStore('notes').get(id);
    if (!row) throw new RecordNotFoundError('notes', id);
    const current = toNote(row);
    const { next, status } = applyEdit(current, edit);
    if (status === 'unchanged') return saveResult(status, current);
    const bumped = bump(next, ctx.now());
    await store(bumped, current, row.sortAt, tx, touched);
    return saveResult(status, bumped);
  });
}

export async function dismissNoteConflicts(ctx: Ctx, id: string): Promise<Note> {
  return write(ctx, ['notes', 'search'], async (tx, touched) => {
    const row = await tx.objectStore('notes').get(id);
    if (!row) throw new RecordNotFoundError('notes', id);
    const current = toNote(row);
    if (!current.conflicts) return current;
    const next = bump(withConflicts(current, undefined), ctx.now());
    await store(next, current, row.sortAt, tx, touched);
    return next;
  });
}

export async function getMeetingNote(ctx: Ctx, meetingId: string): Promise<Note | null> {
  const row = await ctx.db.getFromIndex('notes', 'byMeeting', meetingId);
  return row ? toNote(row) : null;
}

/** A person's notes (meeting and quick), newest first, one page at a time. */
export async function notesForPerson(
  ctx: Ctx,
  personId: string,
  page: { before?: string; limit?: number } = {},
): Promise<Note[]> {
  return read(ctx, ['notes'], async (tx) => {
    const notes: Note[] = [];
    let cursor = await tx.store
      .index('byPersonAt')
      .openCursor(personBefore(personId, page.before), 'prev');
    while (cursor && notes.length < (page.limit ?? 20)) {
      notes.push(toNote(cursor.value));
      cursor = await cursor.continue();
    }
    return notes;
  });
}

export async function deleteNote(ctx: Ctx, id: string): Promise<void> {
  await write(ctx, ['notes', 'search'], async (tx, touched) => {
    const row = await tx.objectStore('notes').get(id);
    if (!row) return;
    queue(tx.objectStore('notes').delete(id));
    const index = new SearchIndexer();
    index.change('note', toNote(row), null);
    await index.flush(tx.objectStore('search') as unknown as PostingStore);
    touched.add('notes', id);
  });
}
