/**
 * Deferred search indexing. Importing years of notes spent a third of its time on the search
 * postings (tokenising every record and writing posting lists as large as the data itself), so an
 * import stores its NEW records with their ids on the backlog (the posting list of BACKLOG_TOKEN)
 * instead, and this module indexes them afterwards in batches, each batch ONE transaction that
 * reads the records as they are now, writes their postings and drops them from the backlog: an
 * interruption (a closed tab) leaves the rest on the backlog, never a half-indexed batch.
 * A record edited or deleted before its batch runs is indexed as it is then (an edit's own
 * postings diff may add a duplicate id, which search ignores), a deleted one is skipped.
 * search() drains the backlog before it answers, so no result is ever missing.
 */
import type { ActionItem, AgendaItem, Note } from '../schema/records';
import { write, type Ctx } from './context';
import type { PostingRow } from './db-schema';
import { actionItem, agendaItem, note as toNote } from './rows';
import {
  BACKLOG_TOKEN,
  CHUNK_SIZE,
  SearchIndexer,
  parseDocId,
  tokenRange,
  type PostingStore,
} from './search-index';

/** Backlog chunks (of CHUNK_SIZE ids) indexed per transaction: large, as each batch rewrites
 * the last chunk of every word it touches. */
const CHUNKS_PER_BATCH = 20;

/** Indexes one batch; returns how many documents it took off the backlog (0: none left). */
async function indexBatch(ctx: Ctx): Promise<number> {
  return write(ctx, ['search', 'notes', 'agenda', 'actions'], async (tx) => {
    const search = tx.objectStore('search');
    const chunks: PostingRow[] = await search.getAll(tokenRange(BACKLOG_TOKEN), CHUNKS_PER_BATCH);
    if (chunks.length === 0) return 0;
    const docs = chunks.flatMap((c) => c.ids.map(parseDocId)).filter((d) => d !== null);
    const records = await Promise.all(
      docs.map(({ kind, id }) =>
        kind === 'note'
          ? tx.objectStore('notes').get(id)
          : kind === 'agenda'
            ? tx.objectStore('agenda').get(id)
            : tx.objectStore('actions').get(id),
      ),
    );
    const index = new SearchIndexer();
    docs.forEach(({ kind }, i) => {
      const row = records[i];
      if (!row) return; // deleted since
      const record =
        kind === 'note'
          ? toNote(row as Parameters<typeof toNote>[0])
          : kind === 'agenda'
            ? agendaItem(row as Parameters<typeof agendaItem>[0])
            : actionItem(row as Parameters<typeof actionItem>[0]);
      index.change(kind, null, record as Note | AgendaItem | ActionItem);
    });
    for (const chunk of chunks) void search.delete([chunk.token, chunk.chunk]).catch(() => {});
    await index.flush(search as unknown as PostingStore, { empty: false });
    return docs.length;
  });
}

/** How many documents wait on the backlog (an upper bound: a chunk may hold fewer). */
export async function searchBacklogSize(ctx: Ctx): Promise<number> {
  const keys = await ctx.db.getAllKeys('search', tokenRange(BACKLOG_TOKEN));
  if (keys.length === 0) return 0;
  const last = await ctx.db.get('search', keys[keys.length - 1]!);
  return (keys.length - 1) * CHUNK_SIZE + (last?.ids.length ?? 0);
}

const draining = new WeakMap<Ctx, Promise<number>>();

/**
 * Indexes everything on the backlog, batch by batch; resolves with the number of documents
 * indexed. Calls while one runs (in this context) share it; other contexts' batches interleave
 * safely (each batch is its own transaction and reads the backlog afresh).
 */
export function indexPending(
  ctx: Ctx,
  options: { onProgress?: (indexed: number) => void } = {},
): Promise<number> {
  const running = draining.get(ctx);
  if (running) return running;
  const run = (async () => {
    let total = 0;
    try {
      for (;;) {
        const n = await indexBatch(ctx);
        if (n === 0) return total;
        total += n;
        options.onProgress?.(total);
      }
    } finally {
      draining.delete(ctx);
    }
  })();
  draining.set(ctx, run);
  return run;
}
