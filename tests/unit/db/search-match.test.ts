import { describe, expect, it } from 'vitest';
import { newestMatches } from '@/lib/db/search-match';

/** A reference: every term's ids as a set, intersected, sorted newest first, cut to `limit`. */
function reference(terms: string[][][], limit: number): string[] {
  const sets = terms.map((t) => new Set(t.flat()));
  const all = [...sets[0]!].filter((d) => sets.every((s) => s.has(d)));
  return all.sort((a, b) => (a.slice(2) < b.slice(2) ? 1 : -1)).slice(0, limit);
}

/** A small deterministic PRNG (mulberry32). */
function prng(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('newestMatches', () => {
  it('keeps the newest documents found by every term, newest first', () => {
    const roadmap = [['n:003', 'a:001', 't:005'], ['n:007']];
    const budget = [['t:005', 'n:007', 'n:002']];
    expect(newestMatches([roadmap, budget], 20)).toEqual(['n:007', 't:005']);
    expect(newestMatches([roadmap, budget], 1)).toEqual(['n:007']);
  });

  it('counts a document named twice by one term once', () => {
    // "migr" covers "migrate" and "migration": a record holding both is in both lists.
    const migr = [['n:001', 'n:002'], ['n:002', 'n:003'], ['n:002']];
    expect(newestMatches([migr], 20)).toEqual(['n:003', 'n:002', 'n:001']);
    expect(newestMatches([migr, [['n:002', 'n:002']]], 20)).toEqual(['n:002']);
  });

  it('finds nothing when one term matches nothing, or for no terms', () => {
    expect(newestMatches([[['n:001']], []], 20)).toEqual([]);
    expect(newestMatches([], 20)).toEqual([]);
    expect(newestMatches([[['n:001']]], 0)).toEqual([]);
  });

  it('agrees with sorting every match, over random posting lists', () => {
    const rand = prng(14);
    const id = () =>
      `${'nat'[Math.floor(rand() * 3)]}:${Math.floor(rand() * 400)
        .toString(36)
        .padStart(3, '0')}`;
    for (let round = 0; round < 200; round++) {
      const terms = Array.from({ length: 1 + Math.floor(rand() * 3) }, () =>
        Array.from({ length: 1 + Math.floor(rand() * 3) }, () =>
          Array.from({ length: Math.floor(rand() * 300) }, id),
        ),
      );
      const limit = 1 + Math.floor(rand() * 30);
      // Ids of different kinds may share a time key here; compare as sets per time key.
      const got = newestMatches(terms, limit);
      const want = reference(terms, limit);
      expect(got.map((d) => d.slice(2))).toEqual(want.map((d) => d.slice(2)));
      expect(new Set(got).size).toBe(got.length);
    }
  });
});
