// Runs bench/data-layer.ts in Debian Chromium against REAL IndexedDB and prints the figures
// as JSON, each beside its raw-IndexedDB floor (value, floor, ratio). Usage: node bench/run-data-layer.mjs [--people 20] [--years 10] [--in-memory]
//   --people 4 --years 2   a small data set (seconds instead of minutes)
//   --in-memory            an off-the-record context: Chromium keeps IndexedDB in memory there,
//                          where big writes cost several times more (and grow with every run);
//                          the extension itself always runs on a profile on disk, the default
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { fileURLToPath } from 'node:url';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { DATA_BUDGETS } from './data-layer-figures.mjs';
import { pairedMetric } from './lib/stats.mjs';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const people = arg('people', 20);
const years = arg('years', 10);
const inMemory = process.argv.includes('--in-memory');

const entry = `
  import { openRepository } from './lib/db/repository';
  import { seedLargeDataset, runDataLayerBench } from './bench/data-layer';
  window.__runBench = async (options) => {
    const t0 = performance.now();
    const repo = await openRepository({ name: 'tandem-bench' });
    await repo.eraseAll();
    const seeded = await seedLargeDataset(repo, options);
    const seedMs = Math.round(performance.now() - t0);
    const pairs = await runDataLayerBench(repo, { dbName: 'tandem-bench' });
    repo.close();
    return { seeded, seedMs, ...pairs };
  };
`;
const bundle = await build({
  stdin: { contents: entry, resolveDir: root, loader: 'ts', sourcefile: 'bench-entry.ts' },
  bundle: true,
  format: 'iife',
  platform: 'browser',
  target: 'es2022',
  write: false,
  logLevel: 'warning',
});
const script = bundle.outputFiles[0].text;

const launch = {
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
  ],
};
// A profile on disk, like the extension's (and bench/run.mjs's); deleted afterwards.
const profile = inMemory ? null : mkdtempSync(path.join(os.tmpdir(), 'tandem-bench-'));
const browser = inMemory ? await chromium.launch(launch) : null;
const context = inMemory
  ? await browser.newContext()
  : await chromium.launchPersistentContext(profile, launch);
const loadBefore = os.loadavg();
try {
  const page = await context.newPage();
  page.on('console', (msg) => {
    if (msg.type() === 'error') console.error('[page]', msg.text());
  });
  const origin = 'https://bench.tandem.test';
  await page.route(`${origin}/**`, (route) => {
    const url = new URL(route.request().url());
    if (url.pathname === '/bench.js') {
      return route.fulfill({ contentType: 'text/javascript', body: script });
    }
    return route.fulfill({
      contentType: 'text/html',
      body: '<!doctype html><meta charset="utf-8"><title>bench</title><script src="/bench.js"></script>',
    });
  });
  await page.goto(`${origin}/`);
  const { figures, ...result } = await page.evaluate((options) => window.__runBench(options), {
    people,
    years,
  });
  result.metrics = Object.fromEntries(
    Object.entries(DATA_BUDGETS).map(([name, b]) => [
      name,
      pairedMetric({ values: figures[name].value, floors: figures[name].floor, unit: 'ms', ...b }),
    ]),
  );
  const browserVersion = context.browser()?.version() ?? browser?.version() ?? '';
  const load = (l) => l.map((x) => Math.round(x * 10) / 10);
  const machine = {
    cpus: os.cpus().length,
    loadAverageBefore: load(loadBefore),
    loadAverageAfter: load(os.loadavg()),
  };
  const storage = inMemory ? 'in-memory (off the record)' : 'profile on disk';
  console.log(
    JSON.stringify(
      { browser: `Chromium ${browserVersion}`, storage, machine, people, years, ...result },
      null,
      2,
    ),
  );
} finally {
  await context.close();
  await browser?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
}
