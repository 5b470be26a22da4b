/**
 * Builds the extension into the benchmark's own folder (out/bench-ext/chrome-mv3), so other people
 * rebuilding .output/ while the benchmark runs cannot swap the code under it.
 */
import { build } from 'wxt';
import path from 'node:path';

export const BENCH_OUT = path.resolve('out/bench-ext');
export const BENCH_EXT_DIR = path.join(BENCH_OUT, 'chrome-mv3');

export async function buildBenchExtension() {
  await build({ outDir: BENCH_OUT, logLevel: 'warn' });
  return BENCH_EXT_DIR;
}
