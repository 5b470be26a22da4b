/** People: the other side of every 1:1. Emails are lower-cased and indexed (multiEntry). */
import type { Relationship } from '../schema/common';
import type { Person } from '../schema/records';
import { queue, write, type Ctx } from './context';
import { RecordNotFoundError } from './errors';
import { mergeText, withConflicts, CONFLICT_MESSAGE, type SaveResult } from './merge';
import { bump, firstRevision } from './rows';

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export type PersonInput = Partial<
  Pick<
    Person,
    | 'emails'
    | 'relationship'
    | 'relationshipAsked'
    | 'role'
    | 'team'
    | 'startDate'
    | 'cadence'
    | 'archived'
    | 'standingNotes'
  >
> & { displayName: string };

/** The fields a save may change; absent = leave as stored (so two views editing different
 * fields both win). */
export type PersonPatch = Partial<Omit<PersonInput, 'standingNotes'>> & { standingNotes?: string };

export interface PersonSave {
  baseRev: number;
  /** The standing notes the edit started from (see TextEdit.baseText). */
  baseStandingNotes?: string;
}

function cleanEmails(emails: readonly string[]): string[] {
  return [...new Set(emails.map(normaliseEmail).filter((e) => e.length > 0))];
}

export function newPerson(ctx: Ctx, input: PersonInput): Person {
  const now = ctx.now();
  return {
    id: ctx.newId(),
    ...firstRevision(now),
    displayName: input.displayName.trim() || 'Unnamed',
    emails: cleanEmails(input.emails ?? []),
    relationship: input.relationship ?? 'other',
    ...(input.role !== undefined && { role: input.role }),
    ...(input.team !== undefined && { team: input.team }),
    ...(input.startDate !== undefined && { startDate: input.startDate }),
    ...(input.cadence !== undefined && { cadence: input.cadence }),
    archived: input.archived ?? false,
    standingNotes: input.standingNotes ?? '',
    standingTopics: [],
  };
}

export async function getPerson(ctx: Ctx, id: string): Promise<Person | null> {
  return (await ctx.db.get('people', id)) ?? null;
}

export async function findPersonByEmail(ctx: Ctx, email: string): Promise<Person | null> {
  return (await ctx.db.getFromIndex('people', 'byEmail', normaliseEmail(email))) ?? null;
}

/** Everyone, by name; a whole-store read is right here: it is the list the UI shows. */
export async function listPeople(
  ctx: Ctx,
  options: { includeArchived?: boolean } = {},
): Promise<Person[]> {
  const people = await ctx.db.getAll('people');
  return people
    .filter((p) => options.includeArchived || !p.archived)
    .sort((a, b) => a.displayName.localeCompare(b.displayName));
}

export async function createPerson(ctx: Ctx, input: PersonInput): Promise<Person> {
  const person = newPerson(ctx, input);
  return write(ctx, ['people'], async (tx, touched) => {
    await tx.objectStore('people').add(person);
    touched.add('people', person.id);
    return person;
  });
}

/**
 * The person an event is with: found by email, else by exact name when there is no email
 * (Outlook's peek card shows names only), else created. An email nobody has yet goes to the
 * one person with exactly that name and no emails (Google's details dialog shows the organizer's
 * name ~150 ms before the guest list with the address), instead of a second person; with two
 * such namesakes, or a namesake who already has other addresses, a new person is created.
 * Atomic, so two tabs opening the same event do not create the person twice.
 */
export async function ensurePersonForEvent(
  ctx: Ctx,
  who: { name?: string; email?: string; relationship?: Relationship },
): Promise<Person> {
  const email = who.email ? normaliseEmail(who.email) : undefined;
  const name = who.name?.trim();
  if (!email && !name) throw new Error('ensurePersonForEvent needs a name or an email');
  return write(ctx, ['people'], async (tx, touched) => {
    const store = tx.objectStore('people');
    const byName = store.index('byName');
    const found = email ? await store.index('byEmail').get(email) : await byName.get(name ?? '');
    if (found) return found;
    // A title often names a person by first name only ("1:1 Tom / Jonas"): when exactly one
    // person is called "Jonas …", that is who is meant.
    if (!email && name && !name.includes(' ')) {
      const [only, other] = await byName.getAll(IDBKeyRange.bound(`${name} `, `${name} \uffff`), 2);
      if (only && !other) return only;
    }
    if (email && name) {
      // The page named them before it showed their email (Google fills in guests last, Outlook
      // may never): the one person known by that name, or that first name, and no email yet is
      // them. Never when it is ambiguous.
      const first = name.split(' ')[0] ?? name;
      const candidates = [
        ...(await byName.getAll(name, 2)),
        ...(first !== name ? await byName.getAll(first, 2) : []),
      ].filter((p) => p.emails.length === 0);
      const [only, other] = candidates;
      if (only && !other) {
        const next = bump({ ...only, emails: [email], displayName: name }, ctx.now());
        queue(store.put(next));
        touched.add('people', next.id);
        return next;
      }
    }
    const person = newPerson(ctx, {
      displayName: name || (email ?? '').split('@')[0] || 'Unnamed',
      emails: email ? [email] : [],
      ...(who.relationship && { relationship: who.relationship }),
    });
    await store.add(person);
    touched.add('people', person.id);
    return person;
  });
}

export async function savePerson(
  ctx: Ctx,
  id: string,
  patch: PersonPatch,
  save: PersonSave,
): Promise<SaveResult<Person>> {
  return write(ctx, ['people'], async (tx, touched) => {
    const store = tx.objectStore('people');
    const current = await store.get(id);
    if (!current) throw new RecordNotFoundError('people', id);
    const { standingNotes, ...fields } = patch;
    let next: Person = { ...current, ...fields };
    if (fields.emails) next.emails = cleanEmails(fields.emails);
    if (fields.displayName !== undefined) next.displayName = fields.displayName.trim() || 'Unnamed';
    let status: SaveResult<Person>['status'] = current.rev === save.baseRev ? 'saved' : 'merged';
    if (standingNotes !== undefined) {
      const merged = mergeText(
        { ...current, text: current.standingNotes },
        {
          text: standingNotes,
          baseRev: save.baseRev,
          // Without the base text only the rev can tell: any other write counts as a conflict.
          baseText: save.baseStandingNotes ?? '\u0000unknown',
        },
      );
      next = withConflicts({ ...next, standingNotes: merged.text }, merged.conflicts);
      if (merged.status === 'conflict') status = 'conflict';
    }
    if (JSON.stringify(next) === JSON.stringify(current))
      return { status: 'unchanged', record: current };
    next = bump(next, ctx.now());
    queue(store.put(next));
    touched.add('people', id);
    return { status, record: next, ...(status === 'conflict' && { message: CONFLICT_MESSAGE }) };
  });
}

export async function archivePerson(ctx: Ctx, id: string, archived = true): Promise<Person> {
  return write(ctx, ['people'], async (tx, touched) => {
    const current = await tx.objectStore('people').get(id);
    if (!current) throw new RecordNotFoundError('people', id);
    if (current.archived === archived) return current;
    const next = bump({ ...current, archived }, ctx.now());
    queue(tx.objectStore('people').put(next));
    touched.add('people', id);
    return next;
  });
}

/** Keeps the other versions of standing notes out of the way once the user has read them. */
export async function dismissPersonConflicts(ctx: Ctx, id: string): Promise<Person> {
  return write(ctx, ['people'], async (tx, touched) => {
    const current = await tx.objectStore('people').get(id);
    if (!current) throw new RecordNotFoundError('people', id);
    if (!current.conflicts) return current;
    const next = bump(withConflicts(current, undefined), ctx.now());
    queue(tx.objectStore('people').put(next));
    touched.add('people', id);
    return next;
  });
}
