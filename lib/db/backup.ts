/**
 * Export, import and erase. Export is one read transaction; import validates the whole file
 * first, then plans and writes in ONE readwrite transaction (so a failure, a quota error or a
 * cancel included, changes nothing) and never deletes. `checkImport` is the same plan as a dry
 * run. The search postings of records new to the database are deferred (search-backlog.ts).
 */
import {
  EXPORT_FORMAT,
  EXPORT_STORES,
  EXPORT_VERSION,
  type ExportFile,
} from '../schema/export-file';
import { unwrap } from 'idb';
import { queue, read, write, type Ctx } from './context';
import type { SearchKind, StoreName } from './db-schema';
import { canonicalJson, checkExportText, readImportText } from './backup-file';
import { plan, readAll, type ImportResult } from './backup-plan';
import { actionRow, agendaRow, noteRow } from './rows';
import { seededQuestion } from './questions';
import { SearchIndexer, type PostingStore } from './search-index';

export type { ImportResult, ImportSummary, StoreSummary } from './backup-plan';

/** Every store: the exported ones and the search index, which is derived from them. */
const ALL_STORES: StoreName[] = [...EXPORT_STORES, 'search'];

/** Where a running import is: checking the file, or writing (`done` of `total` rows queued). */
export type ImportProgress =
  { phase: 'checking' } | { phase: 'writing'; done: number; total: number };

export interface ImportOptions {
  /** Aborting cancels the import: its transaction is aborted, nothing is changed. */
  signal?: AbortSignal;
  onProgress?: (progress: ImportProgress) => void;
}

const CANCELLED: ImportResult = {
  ok: false,
  problems: [],
  message: 'Import cancelled; nothing was changed.',
  cancelled: true,
};

/** Rows per progress report while writing. */
const PROGRESS_EVERY = 2000;

export async function exportData(ctx: Ctx): Promise<ExportFile> {
  const data = await read(ctx, ALL_STORES, readAll);
  return { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: ctx.now(), data };
}

/** The export as text: sorted keys, so the same data always gives the same bytes. */
export async function exportJson(ctx: Ctx): Promise<string> {
  return canonicalJson(await exportData(ctx));
}

async function validated(input: string | Blob) {
  const text = await readImportText(input);
  if (typeof text !== 'string') return text;
  return checkExportText(text);
}

/** The dry run: validates the whole file and says what an import would do. Writes nothing. */
export async function checkImport(ctx: Ctx, input: string | Blob): Promise<ImportResult> {
  const check = await validated(input);
  if (!check.ok) return check;
  const result = await read(ctx, ALL_STORES, (tx) => plan(tx, check.file.data));
  return result.problem ?? { ok: true, summary: result.summary };
}

/**
 * Merges the file into the database by id (never deletes), in ONE readwrite transaction:
 * the reads (one `getAll` per store) come first, then every record's put is queued without
 * awaiting it. Records the database already held get their search postings updated by
 * difference in the same transaction; new ones go on the search backlog, indexed afterwards
 * by `indexPending` (or the first search). Only the commit is awaited. Aborting `signal`
 * aborts the transaction: the database stays exactly as it was.
 */
export async function importBackup(
  ctx: Ctx,
  input: string | Blob,
  options: ImportOptions = {},
): Promise<ImportResult> {
  const { signal, onProgress } = options;
  if (signal?.aborted) return CANCELLED;
  onProgress?.({ phase: 'checking' });
  // Reading the file is not an IndexedDB request: finish it before the transaction starts.
  const check = await validated(input);
  if (!check.ok) return check;
  if (signal?.aborted) return CANCELLED;
  const data = check.file.data;
  let cancel = () => {};
  const onAbort = () => cancel();
  signal?.addEventListener('abort', onAbort, { once: true });
  try {
    return await write(ctx, ALL_STORES, async (tx, touched) => {
      cancel = () => tx.abort();
      const result = await plan(tx, data);
      if (result.problem) return result.problem;
      const { writes } = result;
      const total = EXPORT_STORES.reduce((n, store) => n + writes[store].length, 0);
      let queued = 0;

      const starts = new Map<string, string>();
      for (const m of result.stored?.meetings ?? []) starts.set(m.id, m.start);
      for (const m of data.meetings) starts.set(m.id, m.start);
      for (const m of writes.meetings) starts.set(m.id, m.start);
      // Plain requests, not idb's promise wrappers: 100k promises and listeners cost seconds of
      // main thread. A failed put aborts the transaction, and `write` reports it from tx.done.
      // Requests of a transaction complete in order: every PROGRESS_EVERY-th put reports.
      const put = (store: StoreName, rows: unknown[]) => {
        const os = unwrap(tx.objectStore(store));
        for (const row of rows) {
          const request = os.put(row);
          if (onProgress && ++queued % PROGRESS_EVERY === 0) {
            const done = queued;
            request.onsuccess = () => onProgress({ phase: 'writing', done, total });
          }
        }
      };
      put('people', writes.people);
      put('meetings', writes.meetings);
      put('agenda', writes.agenda.map(agendaRow));
      put('actions', writes.actions.map(actionRow));
      put(
        'notes',
        writes.notes.map((n) => noteRow(n, n.meetingId ? starts.get(n.meetingId) : undefined)),
      );
      put('questions', writes.questions);
      put('askedLog', writes.askedLog);
      put('settings', writes.settings);
      put('goals', writes.goals);
      put('feedback', writes.feedback);

      // Search: a stored record's words are diffed against its new version now; a new record
      // goes on the backlog (its postings are written after the import).
      const index = new SearchIndexer();
      const before = <T extends { id: string }>(list: T[] | undefined) =>
        new Map((list ?? []).map((r) => [r.id, r]));
      const storedAgenda = before(result.stored?.agenda);
      const storedActions = before(result.stored?.actions);
      const storedNotes = before(result.stored?.notes);
      const index_ = <T extends { id: string }>(
        kind: SearchKind,
        stored: Map<string, T>,
        records: T[],
      ) => {
        for (const r of records) {
          const old = stored.get(r.id);
          if (old) index.change(kind, old as never, r as never);
          else index.defer(kind, r as never);
        }
      };
      index_('agenda', storedAgenda, writes.agenda);
      index_('action', storedActions, writes.actions);
      index_('note', storedNotes, writes.notes);
      // Reads the posting lists to extend (none in a fresh profile: no wait), queues their puts.
      await index.flush(tx.objectStore('search') as unknown as PostingStore, {
        empty: result.searchEmpty,
      });
      for (const store of EXPORT_STORES) {
        if (writes[store].length > 200) touched.addAll(store);
        else for (const r of writes[store]) touched.add(store, r.id);
      }
      if (onProgress && total > 0) {
        const last = unwrap(tx.objectStore('settings')).count();
        last.onsuccess = () => onProgress({ phase: 'writing', done: total, total });
      }
      return { ok: true, summary: result.summary };
    });
  } catch (error) {
    if (signal?.aborted) return CANCELLED;
    throw error;
  } finally {
    signal?.removeEventListener('abort', onAbort);
  }
}

/**
 * Deletes everything and, in the same transaction, stores the built-in questions again as a
 * fresh profile has them, so no page (nor the background's open connection) ever sees an empty
 * library. An import afterwards restores the exported questions as they were (import-plan.ts).
 */
export async function eraseAll(ctx: Ctx): Promise<void> {
  await write(ctx, ALL_STORES, async (tx, touched) => {
    for (const store of ALL_STORES) {
      queue(tx.objectStore(store).clear());
      touched.addAll(store);
    }
    const now = ctx.now();
    const questions = tx.objectStore('questions');
    for (const shipped of ctx.builtInQuestions) queue(questions.put(seededQuestion(shipped, now)));
  });
}
