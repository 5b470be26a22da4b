// What an import would do, decided in memory from one bulk read: for the dry run and the import.
import { EXPORT_STORES, type ExportData, type ExportStore } from '../schema/export-file';
import type { Settings } from '../schema/records';
import { SETTINGS_ID } from '../schema/records';
import type { ReadTx, WriteTx } from './context';
import type { StoreName } from './db-schema';
import { missingReferences, type ImportProblem } from './backup-file';
import { resolve, type Outcome } from './import-plan';
import { actionItem, agendaItem, note as toNote } from './rows';

export type StoreSummary = Record<Outcome, number>;
export type ImportSummary = Record<ExportStore, StoreSummary>;
export type ImportResult =
  | { ok: true; summary: ImportSummary }
  | { ok: false; problems: ImportProblem[]; message: string; cancelled?: true };

type AnyTx = ReadTx<StoreName[]> | WriteTx<StoreName[]>;

export async function readAll(tx: AnyTx): Promise<ExportData> {
  const [people, meetings, agenda, actions, notes, questions, askedLog, settings, goals, feedback] =
    await Promise.all([
      tx.objectStore('people').getAll(),
      tx.objectStore('meetings').getAll(),
      tx.objectStore('agenda').getAll(),
      tx.objectStore('actions').getAll(),
      tx.objectStore('notes').getAll(),
      tx.objectStore('questions').getAll(),
      tx.objectStore('askedLog').getAll(),
      tx.objectStore('settings').get(SETTINGS_ID),
      tx.objectStore('goals').getAll(),
      tx.objectStore('feedback').getAll(),
    ]);
  return {
    people,
    meetings,
    agenda: agenda.map(agendaItem),
    actions: actions.map(actionItem),
    notes: notes.map(toNote),
    questions,
    askedLog,
    settings: (settings as Settings | undefined) ?? null,
    goals,
    feedback,
  };
}

function emptySummary(): ImportSummary {
  const summary = {} as ImportSummary;
  for (const store of EXPORT_STORES) {
    summary[store] = { new: 0, updated: 0, conflicting: 0, unchanged: 0 };
  }
  return summary;
}

type Writes = {
  [S in Exclude<ExportStore, 'settings'>]: ExportData[S];
} & { settings: Settings[] };

/** One empty list per store, built from EXPORT_STORES so a new store cannot be left out. */
function emptyWrites(): Writes {
  const writes = {} as Record<ExportStore, unknown[]>;
  for (const store of EXPORT_STORES) writes[store] = [];
  return writes as Writes;
}

interface Plan {
  summary: ImportSummary;
  /** Records to write, per store (records, not rows). */
  writes: Writes;
  problem: ImportResult | null;
  /** What the database held before, to update the search index by difference. */
  stored: ExportData | null;
  /** The search store holds no posting list yet (a fresh profile): nothing to read back. */
  searchEmpty: boolean;
}

/**
 * Reads what the database holds (one bulk `getAll` per store, issued together) and decides,
 * in memory, what happens to every record of the file. No per-record request.
 */
export async function plan(tx: AnyTx, incoming: ExportData): Promise<Plan> {
  const [stored, searchCount] = await Promise.all([readAll(tx), tx.objectStore('search').count()]);
  const ids = (records: { id: string }[]) => new Set(records.map((r) => r.id));
  const missing = missingReferences(incoming, {
    people: ids(stored.people),
    meetings: ids(stored.meetings),
    questions: ids(stored.questions),
  });
  const summary = emptySummary();
  const writes = emptyWrites();
  const searchEmpty = searchCount === 0;
  if (missing && !missing.ok) {
    return { summary, writes, problem: missing, stored: null, searchEmpty };
  }

  const eventOwner = new Map(stored.meetings.map((m) => [`${m.site}\n${m.eventKey}`, m.id]));
  for (const store of EXPORT_STORES) {
    const list =
      store === 'settings' ? (incoming.settings ? [incoming.settings] : []) : incoming[store];
    const storedList: { id: string }[] =
      store === 'settings' ? (stored.settings ? [stored.settings] : []) : stored[store];
    const byId = new Map(storedList.map((r) => [r.id, r]));
    for (const [i, record] of list.entries()) {
      if (store === 'meetings' && 'eventKey' in record) {
        const key = `${record.site}\n${record.eventKey}`;
        const owner = eventOwner.get(key);
        if (owner !== undefined && owner !== record.id) {
          const problem = `The same calendar event is stored as meeting "${owner}".`;
          return {
            summary,
            writes,
            stored: null,
            searchEmpty,
            problem: {
              ok: false,
              problems: [{ path: `data.meetings[${i}].eventKey`, message: problem }],
              message: `This file cannot be imported; nothing was changed. data.meetings[${i}].eventKey: ${problem}`,
            },
          };
        }
        // Two meetings of the file for one event are refused the same way (the second one).
        eventOwner.set(key, record.id);
      }
      const { outcome, write: toWrite } = resolve(
        record,
        byId.get(record.id) as typeof record | undefined,
      );
      summary[store][outcome]++;
      if (toWrite) (writes[store] as unknown[]).push(toWrite);
    }
  }
  return { summary, writes, problem: null, stored, searchEmpty };
}
