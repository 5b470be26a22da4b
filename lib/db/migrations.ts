/**
 * Schema migrations, cumulative: a database at any older version walks every later step inside
 * the one versionchange transaction, so an upgrade either completes or leaves the old version
 * untouched. Steps only await IndexedDB requests (anything else would auto-commit the
 * transaction). Never drop a store in the release that migrates data out of it.
 */
import type { IDBPDatabase, IDBPTransaction } from 'idb';
import type { ActionItem, AgendaItem, Note } from '../schema/records';
import { SearchIndexer, type PostingStore } from './search-index';

type AnyDB = IDBPDatabase<unknown>;
type UpgradeTx = IDBPTransaction<unknown, string[], 'versionchange'>;
type Step = (db: AnyDB, tx: UpgradeTx) => Promise<void> | void;

/** v1, the first release: every record store and the indexes lookups need. */
function createV1(db: AnyDB): void {
  const people = db.createObjectStore('people', { keyPath: 'id' });
  people.createIndex('byEmail', 'emails', { multiEntry: true });
  people.createIndex('byName', 'displayName');

  const meetings = db.createObjectStore('meetings', { keyPath: 'id' });
  meetings.createIndex('byEvent', ['site', 'eventKey'], { unique: true });
  meetings.createIndex('byPersonStart', ['personId', 'start']);
  meetings.createIndex('bySeries', 'seriesKey');
  meetings.createIndex('byStart', 'start');

  const agenda = db.createObjectStore('agenda', { keyPath: 'id' });
  agenda.createIndex('byMeeting', 'meetingId');
  agenda.createIndex('byPerson', 'personId');
  agenda.createIndex('byPending', 'pendingFor');
  agenda.createIndex('byRaisedIn', 'raisedInMeetingId');

  const actions = db.createObjectStore('actions', { keyPath: 'id' });
  actions.createIndex('byMeeting', 'meetingId');
  actions.createIndex('byPerson', 'personId');
  actions.createIndex('byPending', 'pendingFor');

  const notes = db.createObjectStore('notes', { keyPath: 'id' });
  notes.createIndex('byMeeting', 'meetingId');
  notes.createIndex('byPersonAt', ['personId', 'sortAt']);

  db.createObjectStore('questions', { keyPath: 'id' });

  const asked = db.createObjectStore('askedLog', { keyPath: 'id' });
  asked.createIndex('byPersonAt', ['personId', 'at']);
  asked.createIndex('byQuestion', 'questionId');

  db.createObjectStore('settings', { keyPath: 'id' });
}

/**
 * v2: the search index (backfilled from every note, agenda and action item) and note topics.
 * Also drops indexes no query used and makes byEvent non-unique (the upsert's readwrite
 * transaction already keeps it unique): Chromium pays for every index entry on every write,
 * and imports of ten years of data must stay within seconds.
 */
async function upgradeToV2(db: AnyDB, tx: UpgradeTx): Promise<void> {
  const meetings = tx.objectStore('meetings');
  meetings.deleteIndex('bySeries');
  meetings.deleteIndex('byStart');
  meetings.deleteIndex('byEvent');
  meetings.createIndex('byEvent', ['site', 'eventKey']);
  tx.objectStore('agenda').deleteIndex('byRaisedIn');
  tx.objectStore('askedLog').deleteIndex('byQuestion');

  db.createObjectStore('search', { keyPath: ['token', 'chunk'] });
  const index = new SearchIndexer();
  let notes = await tx.objectStore('notes').openCursor();
  while (notes) {
    const row = notes.value as Note;
    const note = row.topics ? row : { ...row, topics: [] };
    if (note !== row) void notes.update(note).catch(() => undefined);
    index.change('note', null, note);
    notes = await notes.continue();
  }
  for (const item of (await tx.objectStore('agenda').getAll()) as AgendaItem[]) {
    index.change('agenda', null, item);
  }
  for (const item of (await tx.objectStore('actions').getAll()) as ActionItem[]) {
    index.change('action', null, item);
  }
  await index.flush(tx.objectStore('search') as unknown as PostingStore);
}

/**
 * v3: `meetings.bySeries` again (issue 4: lookups by series key), now that a query uses it —
 * the background records a known series' other occurrences seen in the calendar grid. One
 * entry per meeting with a series key (sparse: manual and one-off meetings have none); the
 * index is built from the stored meetings inside this transaction.
 */
function upgradeToV3(_db: AnyDB, tx: UpgradeTx): void {
  tx.objectStore('meetings').createIndex('bySeries', 'seriesKey');
}

/**
 * v4: `visibility` on agenda and action items (issue 15: what may be handed to the other
 * person). Every stored item was shared by default before, so it becomes 'shared'; rows that
 * already carry one (a v4 profile opened by an older tab's file import) keep theirs.
 */
async function upgradeToV4(_db: AnyDB, tx: UpgradeTx): Promise<void> {
  for (const store of ['agenda', 'actions'] as const) {
    let cursor = await tx.objectStore(store).openCursor();
    while (cursor) {
      const row = cursor.value as { visibility?: string };
      if (row.visibility === undefined)
        void cursor.update({ ...row, visibility: 'shared' }).catch(() => undefined);
      cursor = await cursor.continue();
    }
  }
}

/**
 * v5: standing topics (issue 15), kept on their person as `standingTopics` (a topic, its
 * schedule and the meetings it was discussed in). Every stored person gets an empty list; one
 * that already has a list keeps it. Additive: no store, index or other field changes.
 */
async function upgradeToV5(_db: AnyDB, tx: UpgradeTx): Promise<void> {
  let cursor = await tx.objectStore('people').openCursor();
  while (cursor) {
    const row = cursor.value as { standingTopics?: unknown };
    if (row.standingTopics === undefined)
      void cursor.update({ ...row, standingTopics: [] }).catch(() => undefined);
    cursor = await cursor.continue();
  }
}

/**
 * v6: the UI language and the German form of address (issue 17). The settings record, when one
 * was saved, gets the defaults ('auto': follow the calendar, then the browser; 'du'), so every
 * stored record has every field the schema requires.
 */
async function upgradeToV6(_db: AnyDB, tx: UpgradeTx): Promise<void> {
  const store = tx.objectStore('settings');
  const current = (await store.get('settings')) as Record<string, unknown> | undefined;
  if (!current) return;
  await store.put({ language: 'auto', address: 'du', ...current });
}

/**
 * v7: growth and feedback per person (issue 16) in two new stores, `goals` and `feedback`, each
 * found by person; and reminders (off, 10 minutes before) in the settings record when one was
 * saved. Additive: no stored record changes except the settings' new field.
 */
async function upgradeToV7(db: AnyDB, tx: UpgradeTx): Promise<void> {
  db.createObjectStore('goals', { keyPath: 'id' }).createIndex('byPerson', 'personId');
  db.createObjectStore('feedback', { keyPath: 'id' }).createIndex('byPersonDay', [
    'personId',
    'day',
  ]);
  const store = tx.objectStore('settings');
  const current = (await store.get('settings')) as Record<string, unknown> | undefined;
  if (!current) return;
  await store.put({ reminders: { enabled: false, minutesBefore: 10 }, ...current });
}

/** steps[n - 1] takes a database from version n - 1 to n. */
const STEPS: Step[] = [
  createV1,
  upgradeToV2,
  upgradeToV3,
  upgradeToV4,
  upgradeToV5,
  upgradeToV6,
  upgradeToV7,
];

/** Runs every step after `oldVersion` up to `targetVersion` (tests build old versions with it). */
export async function migrate(
  db: AnyDB,
  oldVersion: number,
  targetVersion: number,
  tx: UpgradeTx,
): Promise<void> {
  for (let version = oldVersion + 1; version <= targetVersion; version++) {
    const step = STEPS[version - 1];
    if (!step) throw new Error(`No migration to schema version ${version}`);
    await step(db, tx);
  }
}

/** An `upgrade` callback for openDB that aborts the upgrade (keeping the old data) on failure. */
export function upgradeTo(targetVersion: number) {
  return (db: AnyDB, oldVersion: number, _new: number | null, tx: UpgradeTx): void => {
    migrate(db, oldVersion, targetVersion, tx).catch((error: unknown) => {
      console.error('Tandem: database upgrade failed, keeping the previous version', error);
      try {
        tx.abort();
      } catch {
        // Already finished or aborted: the open request reports the failure.
      }
    });
  };
}
