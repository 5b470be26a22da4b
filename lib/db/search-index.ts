/**
 * Incremental full-text index: posting lists in the `search` store, keyed [token, chunk], each
 * holding up to CHUNK_SIZE document ids. A write diffs the old and new words of the records it
 * changes and touches only the posting lists of words that appeared or disappeared, inside the
 * same transaction, so the index is never rebuilt and never out of step with the data.
 * (One row per posting list, not a multiEntry index: Chromium pays ~40 µs per index entry, which
 * made importing ten years of notes take minutes; see docs/DATA.md.)
 */
import type { ActionItem, AgendaItem, Note } from '../schema/records';
import type { PostingRow, SearchKind } from './db-schema';
import { personToken, tokenize } from './text';

export const CHUNK_SIZE = 500;

/**
 * The posting list of the empty token (no word folds to it, no query reaches it) lists the
 * documents stored without their postings yet: an import defers indexing its new records, and
 * search-backlog.ts indexes them afterwards (see docs/DATA.md, "Deferred search indexing").
 */
export const BACKLOG_TOKEN = '';

const KIND_PREFIX: Record<SearchKind, string> = { note: 'n', agenda: 'a', action: 't' };
const PREFIX_KIND: Record<string, SearchKind> = { n: 'note', a: 'agenda', t: 'action' };

/** `n:<id>` for notes, `a:<id>` agenda items, `t:<id>` action items (short: stored many times). */
export function docId(kind: SearchKind, id: string): string {
  return `${KIND_PREFIX[kind]}:${id}`;
}

export function parseDocId(doc: string): { kind: SearchKind; id: string } | null {
  const kind = PREFIX_KIND[doc.slice(0, 1)];
  return kind && doc[1] === ':' ? { kind, id: doc.slice(2) } : null;
}

type Searchable = Note | AgendaItem | ActionItem;

/** The words a record is found by, plus its person's pseudo-token. */
export function docTokens(record: Searchable): string[] {
  const kept = (record.conflicts ?? []).map((c) => c.text).join(' ');
  return [...tokenize(`${record.text} ${kept}`), personToken(record.personId)];
}

/** The part of an object store the indexer uses (typed loosely so migrations can pass theirs). */
export interface PostingStore {
  getAll(query: IDBKeyRange): Promise<PostingRow[]>;
  openCursor(query: IDBKeyRange, direction: 'prev'): Promise<{ value: PostingRow } | null>;
  put(value: PostingRow): Promise<unknown>;
  delete(key: IDBValidKey): Promise<unknown>;
  count(): Promise<number>;
}

/** Every chunk of one token's posting list. */
export function tokenRange(token: string): IDBKeyRange {
  return IDBKeyRange.bound([token, 0], [token, Infinity]);
}

/** Collects token changes of one transaction, then applies them per token in one go. */
export class SearchIndexer {
  private readonly byToken = new Map<string, { add: Set<string>; remove: Set<string> }>();

  private entry(token: string) {
    let e = this.byToken.get(token);
    if (!e) this.byToken.set(token, (e = { add: new Set(), remove: new Set() }));
    return e;
  }

  /** A record was created (before = null), changed, or deleted (after = null). */
  change(
    kind: SearchKind,
    before: Searchable | null | undefined,
    after: Searchable | null | undefined,
  ): void {
    const id = docId(kind, (after ?? before)?.id ?? '');
    const old = new Set(before ? docTokens(before) : []);
    const now = new Set(after ? docTokens(after) : []);
    for (const t of old) if (!now.has(t)) this.entry(t).remove.add(id);
    for (const t of now) if (!old.has(t)) this.entry(t).add.add(id);
  }

  /** A new record whose postings are written later: it goes on the backlog instead. */
  defer(kind: SearchKind, record: Searchable): void {
    this.entry(BACKLOG_TOKEN).add.add(docId(kind, record.id));
  }

  get size(): number {
    return this.byToken.size;
  }

  /**
   * Writes the changes: reads the posting lists it extends (none when the store is known to be
   * empty, e.g. a first import), then queues one put per changed chunk without awaiting it.
   * Only IndexedDB requests are awaited (safe inside a transaction).
   */
  async flush(store: PostingStore, options: { empty?: boolean } = {}): Promise<void> {
    if (this.byToken.size === 0) return;
    const empty = options.empty ?? (await store.count()) === 0;
    const tokens = [...this.byToken.keys()];
    // Removing needs every chunk; adding only the last one (a common word's list is long, and
    // a stray duplicate id would be harmless: search de-duplicates).
    const lists = empty
      ? []
      : await Promise.all(
          tokens.map(async (t) => {
            if (this.byToken.get(t)!.remove.size > 0) return store.getAll(tokenRange(t));
            const last = await store.openCursor(tokenRange(t), 'prev');
            return last ? [last.value] : [];
          }),
        );
    tokens.forEach((token, i) => {
      const { add, remove } = this.byToken.get(token)!;
      const chunks = lists[i] ?? [];
      const changed = new Set<PostingRow>();
      if (remove.size > 0) {
        for (const chunk of chunks) {
          const kept = chunk.ids.filter((d) => !remove.has(d));
          if (kept.length !== chunk.ids.length) {
            chunk.ids = kept;
            changed.add(chunk);
          }
        }
      }
      const present = new Set<string>();
      if (add.size > 0) for (const chunk of chunks) for (const d of chunk.ids) present.add(d);
      let last = chunks[chunks.length - 1];
      for (const d of add) {
        if (present.has(d)) continue;
        if (!last || last.ids.length >= CHUNK_SIZE) {
          last = { token, chunk: last ? last.chunk + 1 : 0, ids: [] };
          chunks.push(last);
        }
        last.ids.push(d);
        changed.add(last);
      }
      for (const chunk of changed) {
        if (chunk.ids.length === 0) void store.delete([token, chunk.chunk]).catch(() => undefined);
        else void store.put(chunk).catch(() => undefined);
      }
    });
    this.byToken.clear();
  }
}
