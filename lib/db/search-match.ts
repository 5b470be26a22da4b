/**
 * The in-memory half of a search (pure): given each query term's posting lists, the newest
 * `limit` documents found by every term. After ten years a common word is on tens of thousands
 * of records, so this is written to touch each posted id once and allocate little:
 * - only the rarest term's ids are collected into a Set; every other term only tests
 *   membership in the (shrinking) candidates, never building a Set of its own ids;
 * - "newest first" keeps the `limit` best while scanning instead of sorting every match
 *   (document ids are `<kind>:<time-sortable id>`, see search-index.ts and ids.ts).
 * A term's lists may name a document twice (a prefix covers several words, and a stray
 * duplicate id is allowed in a posting list): it counts once.
 */

/** One term: the id arrays of every posting-list chunk its key range returned. */
export type TermPostings = readonly (readonly string[])[];

const postedCount = (term: TermPostings) => term.reduce((n, ids) => n + ids.length, 0);

/** The part of a document id that orders it in time (after the `n:` / `a:` / `t:` prefix). */
const timeKey = (doc: string) => doc.slice(2);

/** Inserts `doc` into `top` (newest first, at most `limit`, no repeats). */
function keepNewest(top: string[], doc: string, limit: number): void {
  const key = timeKey(doc);
  if (top.length >= limit && key <= timeKey(top[top.length - 1]!)) return;
  let at = top.length;
  while (at > 0 && timeKey(top[at - 1]!) < key) at--;
  // Equal time keys sit together: the same document already kept is not kept twice.
  for (let i = at - 1; i >= 0 && timeKey(top[i]!) === key; i--) if (top[i] === doc) return;
  top.splice(at, 0, doc);
  if (top.length > limit) top.pop();
}

/** The newest `limit` document ids present in every term's postings, newest first. */
export function newestMatches(terms: readonly TermPostings[], limit: number): string[] {
  if (terms.length === 0 || limit <= 0) return [];
  const ordered = [...terms].sort((a, b) => postedCount(a) - postedCount(b));
  const top: string[] = [];
  if (ordered.length === 1) {
    for (const ids of ordered[0]!) for (const doc of ids) keepNewest(top, doc, limit);
    return top;
  }
  let candidates = new Set<string>();
  for (const ids of ordered[0]!) for (const doc of ids) candidates.add(doc);
  for (const term of ordered.slice(1)) {
    const kept = new Set<string>();
    for (const ids of term) for (const doc of ids) if (candidates.has(doc)) kept.add(doc);
    candidates = kept;
    if (candidates.size === 0) return [];
  }
  for (const doc of candidates) keepNewest(top, doc, limit);
  return top;
}
