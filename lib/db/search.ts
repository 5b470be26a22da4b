/**
 * Full-text search over notes, agenda and action items, answered from the `search` store's
 * multiEntry `tokens` index: every query word is a prefix key range, words are intersected,
 * and a person filter is one more (exact) term. Nothing is scanned and nothing is held in memory
 * between searches.
 */
import type { SearchKind } from './db-schema';
import { read, type Ctx } from './context';
import { actionItem, agendaItem, note as toNote } from './rows';
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

/** Per term, at most this many matches are considered (a one-letter prefix matches a lot). */
const MAX_MATCHES_PER_TERM = 10_000;
const MAX_TERMS = 8;

function idPart(docId: string): string {
  return docId.slice(docId.indexOf(':') + 1);
}

export async function search(
  ctx: Ctx,
  query: string,
  options: SearchOptions = {},
): Promise<SearchHit[]> {
  const terms = tokenize(query).slice(0, MAX_TERMS);
  if (terms.length === 0) return [];
  const limit = options.limit ?? 20;
  return read(ctx, ['search', 'notes', 'agenda', 'actions'], async (tx) => {
    const index = tx.objectStore('search').index('byToken');
    const ranges = terms.map((t) => IDBKeyRange.bound(t, prefixEnd(t)));
    if (options.personId) ranges.push(IDBKeyRange.only(personToken(options.personId)));
    const matches = await Promise.all(
      ranges.map((range) => index.getAllKeys(range, MAX_MATCHES_PER_TERM)),
    );
    matches.sort((a, b) => a.length - b.length);
    let found = new Set(matches[0] ?? []);
    for (const more of matches.slice(1)) {
      const next = new Set(more);
      found = new Set([...found].filter((id) => next.has(id)));
      if (found.size === 0) return [];
    }
    // Ids are time-sortable: the newest records first.
    const top = [...found].sort((a, b) => idPart(b).localeCompare(idPart(a))).slice(0, limit);
    const hits = await Promise.all(
      top.map(async (docId): Promise<SearchHit | null> => {
        const kind = docId.slice(0, docId.indexOf(':')) as SearchKind;
        const id = idPart(docId);
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
