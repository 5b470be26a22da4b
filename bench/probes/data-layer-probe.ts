/**
 * In-page probe for the data-layer figures: bench/data-layer.ts (seed + the timed calls) against real
 * IndexedDB, with every sample reported so the runner can give runs and spread.
 */
import { openRepository } from '../../lib/db/repository';
import { buildLargeExport, runDataLayerBench, seedLargeDataset } from '../data-layer';
import { canonicalJson } from '../../lib/db/backup-file';

const w = window as unknown as Record<string, unknown>;

w.__dataLayerBench = async (options: { people: number; years: number }) => {
  const t0 = performance.now();
  const repo = await openRepository({ name: 'tandem-bench' });
  await repo.eraseAll();
  const seeded = await seedLargeDataset(repo, options);
  const seedMs = performance.now() - t0;
  const samples: Record<string, number[]> = {};
  const figures = await runDataLayerBench(repo, undefined, (figure, ms) => {
    (samples[figure] ??= []).push(ms);
  });
  repo.close();
  return { seeded, seedMs, figures, samples };
};

/** The same data set as an export file, for importing into the extension (prep latency). */
w.__largeExportText = (options: { people: number; years: number }) =>
  canonicalJson(buildLargeExport(options));
