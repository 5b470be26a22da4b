/**
 * Data-layer scale benchmark: ten years of weekly 1:1s with 20 people (fixtures/large-export.ts),
 * measured in a real browser against real IndexedDB. Every timed call is paired with its floor
 * (data-floors.ts: raw IndexedDB doing the same storage work), the two run interleaved with
 * alternating order (A B, B A, …), so a busy machine slows both alike; the runner reports the
 * median of the per-pair ratios.
 */
import { canonicalJson } from '../lib/db/backup-file';
import { openRepository, type Repository } from '../lib/db/repository';
import type { ExportFile } from '../lib/schema/export-file';
import {
  floorHistory,
  floorPrepBundle,
  floorRead,
  floorSearch,
  floorWrite,
  openBareDatabase,
  openRaw,
} from './data-floors';
import { buildLargeExport, type SeedCounts, type SeedOptions } from './fixtures/large-export';

export { buildLargeExport, type SeedCounts, type SeedOptions } from './fixtures/large-export';

export async function seedLargeDataset(
  repo: Repository,
  options: SeedOptions = {},
): Promise<SeedCounts> {
  const file = buildLargeExport(options);
  const text = canonicalJson(file);
  const result = await repo.importBackup(text);
  if (!result.ok) throw new Error(result.message);
  // The search postings of the imported records (written after an import, see search-backlog.ts).
  await repo.indexPending();
  const d = file.data;
  return {
    people: d.people.length,
    meetings: d.meetings.length,
    notes: d.notes.length,
    agenda: d.agenda.length,
    actions: d.actions.length,
    askedLog: d.askedLog.length,
    fileBytes: text.length,
  };
}

/** One figure's samples: value[i] and floor[i] were measured side by side. */
export interface Pairs {
  value: number[];
  floor: number[];
}

export type FigureName = 'historyMs' | 'prepBundleMs' | 'searchMs' | 'exportMs' | 'importMs';

export interface BenchPairs {
  figures: Record<FigureName, Pairs>;
  /** Median ms per search query (the real call), for the details. */
  searchQueries: Record<string, number>;
  /** After each timed import: indexing its records for search (the deferred postings), ms. */
  indexingAfterImportMs: number[];
}

const QUERIES = [
  'roadmap',
  'zurich budget',
  'migr',
  'cafe resume',
  'promotion career growth',
  'postmortem',
];

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

async function timed(fn: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

/** `runs` interleaved pairs, the order alternating so neither arm always goes first. */
async function paired(
  into: Pairs,
  runs: number,
  real: (i: number) => Promise<number>,
  floor: (i: number) => Promise<number>,
): Promise<void> {
  for (let i = 0; i < runs; i++) {
    if (i % 2 === 0) {
      into.value.push(await real(i));
      into.floor.push(await floor(i));
    } else {
      const f = await floor(i);
      into.value.push(await real(i));
      into.floor.push(f);
    }
  }
}

export interface BenchOptions {
  /** The name the repository was opened with (the floors read the same database). */
  dbName: string;
  /** Opens an empty repository for the import figure. */
  openEmpty?: () => Promise<Repository>;
  importRuns?: number;
}

export async function runDataLayerBench(
  repo: Repository,
  options: BenchOptions,
): Promise<BenchPairs> {
  const openEmpty = options.openEmpty ?? (() => openRepository({ name: 'tandem-bench-import' }));
  const figures = Object.fromEntries(
    (['historyMs', 'prepBundleMs', 'searchMs', 'exportMs', 'importMs'] as const).map((n) => [
      n,
      { value: [], floor: [] },
    ]),
  ) as unknown as Record<FigureName, Pairs>;
  const raw = await openRaw(options.dbName);
  try {
    const people = await repo.listPeople();
    const person = (i: number) => people[i % people.length]!;
    await repo.historyPage(person(0).id); // warm up both arms
    await floorHistory(raw, person(0).id, 20);
    await paired(
      figures.historyMs,
      21,
      (i) => timed(() => repo.historyPage(person(i).id, { limit: 20 })),
      (i) => floorHistory(raw, person(i).id, 20),
    );
    const latest = await Promise.all(people.map((p) => repo.meetingsForPerson(p.id, { limit: 1 })));
    const latestId = (i: number) => latest[i % latest.length]![0]!.id;
    await paired(
      figures.prepBundleMs,
      21,
      (i) => timed(() => repo.prepBundle(latestId(i))),
      (i) => floorPrepBundle(raw, latestId(i)),
    );

    const searchQueries: Record<string, number> = {};
    const searches: { label: string; q: string; personId?: (i: number) => string }[] = [
      ...QUERIES.map((q) => ({ label: q, q })),
      { label: 'roadmap (one person)', q: 'roadmap', personId: (i) => person(i).id },
    ];
    for (const s of searches) {
      const before = figures.searchMs.value.length;
      let hits: { kind: string; id: string }[] = [];
      await paired(
        figures.searchMs,
        7,
        (i) =>
          timed(async () => {
            hits = await repo.search(s.q, { personId: s.personId?.(i), limit: 20 });
          }),
        // The floor of run i reads what the query found; its first run follows the query's.
        async (i) => {
          if (i % 2 === 1 || hits.length === 0) {
            hits = await repo.search(s.q, { personId: s.personId?.(i), limit: 20 });
          }
          return floorSearch(raw, s.q, s.personId?.(i), hits);
        },
      );
      searchQueries[s.label] = median(figures.searchMs.value.slice(before));
    }

    // Export and import: the floors use a database of bare stores holding the same records.
    const indexingAfterImportMs: number[] = [];
    const text = await repo.exportJson();
    const data = (JSON.parse(text) as ExportFile).data;
    const bare = await openBareDatabase('tandem-bench-floor');
    try {
      await floorWrite(bare, data);
      await paired(
        figures.exportMs,
        3,
        () => timed(() => repo.exportJson()),
        () => floorRead(bare),
      );
      await paired(
        figures.importMs,
        options.importRuns ?? 3,
        async () => {
          const empty = await openEmpty();
          await empty.eraseAll();
          let ok = true;
          const ms = await timed(async () => {
            ok = (await empty.importBackup(text)).ok;
          });
          // Not part of the import's time: it has returned (and the UI said "Imported.").
          indexingAfterImportMs.push(await timed(() => empty.indexPending()));
          empty.close();
          if (!ok) throw new Error('the benchmark import failed');
          return ms;
        },
        () => floorWrite(bare, data),
      );
    } finally {
      bare.close();
      indexedDB.deleteDatabase('tandem-bench-floor');
    }
    return { figures, searchQueries, indexingAfterImportMs };
  } finally {
    raw.close();
  }
}
