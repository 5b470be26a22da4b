/**
 * The question library and the asked log. Built-ins come from the release (passed to
 * openRepository, never imported here): missing ones are added on open, unedited ones follow
 * the shipped text, edited or disabled ones are kept as the user left them. Built-ins can be
 * disabled and reset but never deleted; the user's own questions can.
 */
import { TEMPLATE_BLANK, type QuestionContent } from '../schema/question';
import type { AskedLog, StoredQuestion } from '../schema/records';
import { queue, write, type Ctx } from './context';
import { NotAllowedError, RecordNotFoundError } from './errors';
import { bump, firstRevision } from './rows';

function content(q: QuestionContent): QuestionContent {
  return {
    id: q.id,
    text: q.text,
    category: q.category,
    depth: q.depth,
    relationships: [...q.relationships],
    ...(q.growStep !== undefined && { growStep: q.growStep }),
    // A template whose blank the user filled in is an ordinary question again.
    ...(q.template && q.text.includes(TEMPLATE_BLANK) && { template: { ...q.template } }),
    ...(q.lang !== undefined && { lang: q.lang }),
    ...(q.textFormal !== undefined && { textFormal: q.textFormal }),
    ...tags(q),
  };
}

/** The optional tags of a question (direction, mode, idea, follow-ups in both addresses), as present. */
function tags(q: QuestionContent): Partial<QuestionContent> {
  return {
    ...(q.directions && { directions: [...q.directions] }),
    ...(q.mode && { mode: q.mode }),
    ...(q.idea && { idea: q.idea }),
    ...(q.followUps && { followUps: [...q.followUps] }),
    ...(q.followUpsFormal && { followUpsFormal: [...q.followUpsFormal] }),
    ...(q.refersBack && { refersBack: q.refersBack }),
  };
}

/** A stored record with new content: optional content fields the new content lacks go. */
function withContent(stored: StoredQuestion, next: QuestionContent): StoredQuestion {
  const {
    growStep: _step,
    template: _template,
    directions: _directions,
    mode: _mode,
    idea: _idea,
    followUps: _followUps,
    refersBack: _refersBack,
    lang: _lang,
    textFormal: _textFormal,
    followUpsFormal: _followUpsFormal,
    ...rest
  } = stored;
  return { ...rest, ...next };
}

/**
 * An edited built-in stored before the tags existed keeps the user's text and takes the
 * shipped tags it lacks (follow-ups, direction, mode, idea); undefined when none are missing.
 */
function withShippedTags(
  stored: StoredQuestion,
  shipped: QuestionContent,
): StoredQuestion | undefined {
  const missing = Object.entries(tags(shipped)).filter(
    ([key]) => stored[key as keyof StoredQuestion] === undefined,
  );
  return missing.length === 0 ? undefined : { ...stored, ...Object.fromEntries(missing) };
}

function sameContent(a: QuestionContent, b: QuestionContent): boolean {
  return JSON.stringify(content(a)) === JSON.stringify(content(b));
}

/** A built-in question as a fresh profile stores it. */
export function seededQuestion(shipped: QuestionContent, now: string): StoredQuestion {
  return {
    ...content(shipped),
    ...firstRevision(now),
    builtIn: true,
    enabled: true,
    edited: false,
  };
}

/**
 * Adds new built-ins, refreshes unedited ones and gives edited ones the shipped tags they
 * lack; a built-in this release no longer ships (merged into another) goes when unedited and
 * becomes the user's own when edited. Runs on every open, writes only differences.
 */
export async function seedBuiltIns(ctx: Ctx): Promise<void> {
  if (ctx.builtInQuestions.length === 0) return;
  await write(ctx, ['questions'], async (tx, touched) => {
    const store = tx.objectStore('questions');
    const stored = new Map((await store.getAll()).map((q) => [q.id, q]));
    const now = ctx.now();
    const shippedIds = new Set<string>();
    for (const shipped of ctx.builtInQuestions) {
      shippedIds.add(shipped.id);
      const current = stored.get(shipped.id);
      let next: StoredQuestion | undefined;
      if (!current) next = seededQuestion(shipped, now);
      else if (!current.builtIn) next = undefined;
      else if (!current.edited && !sameContent(current, shipped))
        next = bump(withContent(current, content(shipped)), now);
      else if (current.edited) {
        const tagged = withShippedTags(current, shipped);
        next = tagged && bump(tagged, now);
      }
      if (next) {
        queue(store.put(next));
        touched.add('questions', shipped.id);
      }
    }
    for (const current of stored.values()) {
      if (!current.builtIn || shippedIds.has(current.id)) continue;
      queue(
        current.edited
          ? store.put(bump({ ...current, builtIn: false, edited: false }, now))
          : store.delete(current.id),
      );
      touched.add('questions', current.id);
    }
  });
}

export async function listQuestions(ctx: Ctx): Promise<StoredQuestion[]> {
  // The library is a few hundred records and the UI lists all of them.
  return ctx.db.getAll('questions');
}

async function change(
  ctx: Ctx,
  id: string,
  apply: (q: StoredQuestion) => StoredQuestion,
): Promise<StoredQuestion> {
  return write(ctx, ['questions'], async (tx, touched) => {
    const current = await tx.objectStore('questions').get(id);
    if (!current) throw new RecordNotFoundError('questions', id);
    const next = apply(current);
    if (JSON.stringify(next) === JSON.stringify(current)) return current;
    const bumped = bump(next, ctx.now());
    queue(tx.objectStore('questions').put(bumped));
    touched.add('questions', id);
    return bumped;
  });
}

/** Creates or updates one of the user's own questions (id optional when new). */
export async function saveOwnQuestion(
  ctx: Ctx,
  question: Omit<QuestionContent, 'id'> & { id?: string },
): Promise<StoredQuestion> {
  const id = question.id ?? `own:${ctx.newId()}`;
  return write(ctx, ['questions'], async (tx, touched) => {
    const store = tx.objectStore('questions');
    const current = await store.get(id);
    if (current?.builtIn) throw new NotAllowedError('That id belongs to a built-in question.');
    const now = ctx.now();
    const next: StoredQuestion = current
      ? bump(withContent(current, content({ ...question, id })), now)
      : {
          ...content({ ...question, id }),
          ...firstRevision(now),
          builtIn: false,
          enabled: true,
          edited: false,
        };
    queue(store.put(next));
    touched.add('questions', id);
    return next;
  });
}

/** Changes a question's content; a built-in is marked edited (and kept across releases). */
export function editQuestion(
  ctx: Ctx,
  id: string,
  changes: Partial<Omit<QuestionContent, 'id'>>,
): Promise<StoredQuestion> {
  return change(ctx, id, (q) => {
    const next = withContent(q, content({ ...q, ...changes, id }));
    return { ...next, edited: q.builtIn ? !sameContent(next, shippedOf(ctx, id) ?? next) : false };
  });
}

export function setQuestionEnabled(
  ctx: Ctx,
  id: string,
  enabled: boolean,
): Promise<StoredQuestion> {
  return change(ctx, id, (q) => ({ ...q, enabled }));
}

function shippedOf(ctx: Ctx, id: string): QuestionContent | undefined {
  return ctx.builtInQuestions.find((q) => q.id === id);
}

/** Restores the shipped text of a built-in (it stays enabled or disabled as it was). */
export function resetQuestion(ctx: Ctx, id: string): Promise<StoredQuestion> {
  const shipped = shippedOf(ctx, id);
  return change(ctx, id, (q) => {
    if (!q.builtIn) throw new NotAllowedError('Only built-in questions can be reset.');
    if (!shipped) throw new NotAllowedError('This release no longer ships that question.');
    return { ...q, ...content(shipped), edited: false };
  });
}

export async function deleteQuestion(ctx: Ctx, id: string): Promise<void> {
  await write(ctx, ['questions'], async (tx, touched) => {
    const current = await tx.objectStore('questions').get(id);
    if (!current) return;
    if (current.builtIn) {
      throw new NotAllowedError('Built-in questions cannot be deleted; disable it instead.');
    }
    queue(tx.objectStore('questions').delete(id));
    touched.add('questions', id);
  });
}

export interface AskedInput {
  questionId: string;
  personId: string;
  meetingId: string | null;
  outcome: AskedLog['outcome'];
  at?: string;
}

export async function logAsked(ctx: Ctx, input: AskedInput): Promise<AskedLog> {
  const now = ctx.now();
  const entry: AskedLog = {
    id: ctx.newId(),
    ...firstRevision(now),
    questionId: input.questionId,
    personId: input.personId,
    meetingId: input.meetingId,
    at: input.at ?? now,
    outcome: input.outcome,
  };
  return write(ctx, ['askedLog'], async (tx, touched) => {
    await tx.objectStore('askedLog').add(entry);
    touched.add('askedLog', entry.id);
    return entry;
  });
}

/** Takes back a log entry (an accidental "asked"). */
export async function deleteAsked(ctx: Ctx, id: string): Promise<void> {
  await write(ctx, ['askedLog'], async (tx, touched) => {
    queue(tx.objectStore('askedLog').delete(id));
    touched.add('askedLog', id);
  });
}
