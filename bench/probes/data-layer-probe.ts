/**
 * In-page probe for the data-layer figures: bench/data-layer.ts (seed, then every timed call
 * beside its raw-IndexedDB floor) against real IndexedDB; returns every sample pair.
 */
import { openRepository } from '../../lib/db/repository';
import { buildLargeExport, runDataLayerBench, seedLargeDataset } from '../data-layer';
import { canonicalJson } from '../../lib/db/backup-file';

const w = window as unknown as Record<string, unknown>;
const DB = 'tandem-bench';

w.__dataLayerBench = async (options: { people: number; years: number; importRuns: number }) => {
  const t0 = performance.now();
  const repo = await openRepository({ name: DB });
  await repo.eraseAll();
  const seeded = await seedLargeDataset(repo, options);
  const seedMs = performance.now() - t0;
  try {
    return {
      seeded,
      seedMs,
      ...(await runDataLayerBench(repo, { dbName: DB, importRuns: options.importRuns })),
    };
  } finally {
    repo.close();
  }
};

/** The same data set as an export file, for importing into the extension (prep latency). */
w.__largeExportText = (options: { people: number; years: number }) =>
  canonicalJson(buildLargeExport(options));
