/**
 * Full-text search over notes, agenda and action items, answered from the posting lists of the
 * `search` store (search-index.ts): every query word is a prefix key range over tokens, words
 * are intersected (search-match.ts), and a person filter is one more (exact) term. Nothing is
 * scanned and nothing is kept in memory between searches.
 */
import type { SearchKind } from './db-schema';
import { read, type Ctx } from './context';
import { actionItem, agendaItem, note as toNote } from './rows';
import { BACKLOG_TOKEN, parseDocId, tokenRange } from './search-index';
import { indexPending } from './search-backlog';
import { newestMatches } from './search-match';
import { fold, personToken, prefixEnd, tokenize } from './text';

export interface SearchHit {
  kind: SearchKind;
  id: string;
  personId: string;
  meetingId: string | null;
  /** A short piece of the text around the first match. */
  snippet: string;
  updatedAt: string;
}

export interface SearchOptions {
  personId?: string;
  limit?: number;
}

const MAX_TERMS = 8;

/** All tokens starting with `term`, every chunk. */
function prefixRange(term: string): IDBKeyRange {
  return IDBKeyRange.bound([term, 0], [prefixEnd(term), Infinity]);
}

export async function search(
  ctx: Ctx,
  query: string,
  options: SearchOptions = {},
): Promise<SearchHit[]> {
  const terms = tokenize(query).slice(0, MAX_TERMS);
  if (terms.length === 0) return [];
  const limit = options.limit ?? 20;
  const hits = await answer(ctx, terms, options.personId, limit);
  if (hits) return hits;
  // Records of an import wait to be indexed: index them first, then answer.
  await indexPending(ctx);
  return (await answer(ctx, terms, options.personId, limit)) ?? [];
}

/** The hits, or null while the backlog (search-backlog.ts) still lists unindexed records. */
async function answer(
  ctx: Ctx,
  terms: string[],
  personId: string | undefined,
  limit: number,
): Promise<SearchHit[] | null> {
  return read(ctx, ['search', 'notes', 'agenda', 'actions'], async (tx) => {
    const postings = tx.objectStore('search');
    const ranges = terms.map(prefixRange);
    if (personId) ranges.push(tokenRange(personToken(personId)));
    const [backlog, ...lists] = await Promise.all([
      postings.getKey(tokenRange(BACKLOG_TOKEN)),
      ...ranges.map((range) => postings.getAll(range)),
    ]);
    if (backlog !== undefined) return null;
    const docs = newestMatches(
      lists.map((chunks) => chunks.map((chunk) => chunk.ids)),
      limit,
    )
      .map(parseDocId)
      .filter((d): d is NonNullable<typeof d> => d !== null);
    const hits = await Promise.all(
      docs.map(async ({ kind, id }): Promise<SearchHit | null> => {
        const record =
          kind === 'note'
            ? await tx
                .objectStore('notes')
                .get(id)
                .then((r) => r && toNote(r))
            : kind === 'agenda'
              ? await tx
                  .objectStore('agenda')
                  .get(id)
                  .then((r) => r && agendaItem(r))
              : await tx
                  .objectStore('actions')
                  .get(id)
                  .then((r) => r && actionItem(r));
        if (!record) return null;
        return {
          kind,
          id,
          personId: record.personId,
          meetingId: record.meetingId ?? null,
          snippet: snippet(record.text, terms),
          updatedAt: record.updatedAt,
        };
      }),
    );
    return hits.filter((hit): hit is SearchHit => hit !== null);
  });
}

/** Up to ~160 characters around the first word that matches a term. */
export function snippet(text: string, terms: readonly string[], width = 160): string {
  const folded = fold(text);
  // fold() keeps lengths for most scripts; when it does not, fall back to the start.
  const aligned = folded.length === text.length;
  let at = -1;
  for (const term of terms) {
    const i = folded.indexOf(term);
    if (i >= 0 && (at < 0 || i < at)) at = i;
  }
  const start = aligned && at > width / 3 ? at - Math.floor(width / 3) : 0;
  const piece = text
    .slice(start, start + width)
    .replace(/\s+/g, ' ')
    .trim();
  return `${start > 0 ? '…' : ''}${piece}${start + width < text.length ? '…' : ''}`;
}
