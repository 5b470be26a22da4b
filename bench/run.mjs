/**
 * npm run bench [-- --quick]: builds the extension into out/bench-ext, drives Debian's Chromium on the
 * fixture pages and a generated data set, prints a table and writes bench/results.json. Every timed
 * figure is measured beside its floor (the same work without Tandem), interleaved in the same run,
 * and judged by the ratio: see bench/README.md.
 * --quick: fewer runs and less data, for CI; exits non-zero when a ratio (a figure without floor:
 * its value) is over QUICK_SLACK × its budget, or × its known miss (bench/known-misses.json), or
 * a value over twice its ceiling.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launchBrowser } from '../scripts/browser.mjs';
import { fixtureFor, START_URLS } from '../tests/fixtures/routes.mjs';
import { denseWeekHtml, DENSE_WEEK_PATH } from './fixtures/dense-week.mjs';
import { buildBenchExtension } from './lib/build-ext.mjs';
import { unmeasured } from './lib/stats.mjs';
import { measureSizes } from './sizes.mjs';
import { measurePageOverhead } from './page-overhead.mjs';
import { measureScan, SCAN_BUDGET } from './scan.mjs';
import {
  BENCH_ORIGIN,
  DATA_BUDGETS,
  benchOriginRoute,
  dataLayerProbe,
  measureDataLayer,
} from './data-layer-figures.mjs';
import { measurePrepLatency } from './prep-latency.mjs';
import { measureHeap } from './heap.mjs';
import { measureSync, SYNC_BUDGETS } from './sync.mjs';

const quick = process.argv.includes('--quick');
/**
 * --only <arms>: run only these arms (comma-separated: sizes, overhead, scan, data, prep, heap,
 * sync),
 * e.g. `--only overhead` to measure the page overhead before and after a content-script change.
 * The other figures are left out of the table; bench/results.json is not written (it holds a
 * whole run) and the quick pass's checks apply to the figures measured.
 */
const ARMS = ['sizes', 'overhead', 'scan', 'data', 'prep', 'heap', 'sync'];
const onlyArg = process.argv.indexOf('--only');
const only = onlyArg >= 0 ? new Set((process.argv[onlyArg + 1] ?? '').split(',')) : null;
if (only && (only.size === 0 || [...only].some((a) => !ARMS.includes(a)))) {
  console.error(`--only takes a comma-separated list of: ${ARMS.join(', ')}`);
  process.exit(2);
}
const runs = (arm) => !only || only.has(arm);
const PLAN = quick
  ? {
      overheadRuns: 6,
      scanLoads: 3,
      scanPasses: 20,
      idleSeconds: 3,
      people: 20,
      years: 1,
      importRuns: 3,
      opens: 12,
      heapMinutes: 1,
      syncPairs: 1,
      syncEdits: 5,
    }
  : {
      // 48 rounds: one load's time to idle varies by 2 × on a shared machine; twelve per-pair
      // ratios left two full runs' medians 16 % apart, and 24 still 18.5 % (0.98 / 1.17 ×,
      // bench/README.md); resampling one run's 24 rounds gave ± 6.7 %, 48 about half that.
      overheadRuns: 48,
      scanLoads: 5,
      scanPasses: 40,
      idleSeconds: 10,
      people: 20,
      years: 10,
      // 15 import pairs: one pair's ratio ranges 1.1 – 1.8 at 10 years; the median of three moved
      // 21 – 25 % between full runs (2026-12-04), the median of seven still 15 % (1.27 / 1.46 ×,
      // 2026-12-06; bench/README.md). About 50 s a pair.
      importRuns: 15,
      // 200 opens, not 40: the 95th percentile of 40 is the third-slowest open, so two or three of
      // a shared machine's pauses decide it (100 ms in one full run, 181 ms in the next, the
      // medians 75 / 92 ms). Both arms together take about a second an open.
      opens: 200,
      heapMinutes: 10,
      syncPairs: 2,
      // 15 edits, not 7: one edit's ratio ranged 2.0 – 7.6, the median of seven moved 23 %.
      syncEdits: 15,
    };

/** The same page served where no extension runs: the "without" arm of side-by-side figures. */
const CONTROL_HOST = 'calendar.bench.test';
/** Where bench/floor-ext injects an empty content script (the page-overhead floor). */
const EMPTY_HOST = 'calendar.empty.test';
/** Where bench/floor-ext paints one static line per opened event (the prep-latency floor). */
const FLOOR_HOST = 'calendar.floor.test';
const MIRRORS = new Set([CONTROL_HOST, EMPTY_HOST, FLOOR_HOST]);
/** Quick runs are short and CI machines noisy: a ratio may exceed its budget by this factor. */
const QUICK_SLACK = 1.25;
const DENSE = '?bench=300';
const url = (host, rest) => `https://${host}${rest}`;

const started = Date.now();
const log = (line) => console.log(line);
const since = () => `${((Date.now() - started) / 1000).toFixed(0)} s`;
const results = {};
const details = { quick, plan: PLAN };

function record(name, entry) {
  results[name] = entry;
  const { value, unit, floor, ratio, budget, pass } = entry;
  const against =
    ratio === null && entry.ceiling === undefined
      ? `budget ${budget}`
      : `floor ${floor} ${unit}, ratio ${ratio} ×, budget ${budget} ×, ceiling ${entry.ceiling}`;
  log(`  ${pass ? 'ok  ' : 'MISS'} ${name} = ${value} ${unit} (${against})`);
}

async function figure(names, units, budgets, fn) {
  try {
    await fn();
  } catch (error) {
    names.forEach((n, i) => record(n, unmeasured(units[i], budgets[i], error)));
  }
}

const machine = {
  cores: os.cpus().length,
  cpu: os.cpus()[0]?.model ?? '?',
  memoryGB: Math.round(os.totalmem() / 2 ** 30),
  loadAverageAtStart: os.loadavg().map((l) => Math.round(l * 100) / 100),
};
details.machine = machine;
log(`Tandem benchmark (${quick ? 'quick' : 'full'}), ${new Date().toISOString()}`);
log(
  `Machine: ${machine.cores} cores (${machine.cpu}), ${machine.memoryGB} GB, load average ` +
    `${machine.loadAverageAtStart.join(' / ')} (1 / 5 / 15 min)`,
);
log(`- building the extension into out/bench-ext …`);
const extDir = await buildBenchExtension();
log(`  built (${since()})`);

if (runs('sizes')) {
  const sizes = measureSizes(extDir);
  record('contentScriptGzipKB', sizes.contentScript);
  record('sidebarGzipKB', sizes.sidebar);
  details.sizes = sizes.details;
}

let extra = 266;
let denseHtml = denseWeekHtml(extra);
const probeScript = await dataLayerProbe();
const benchRoute = benchOriginRoute({ '/probe.js': probeScript });
const { context, extensionId, outbound } = await launchBrowser({
  extensionDir: extDir,
  alsoLoad: ['bench/floor-ext'],
  extraRoute: (u) => {
    if (u.startsWith(BENCH_ORIGIN)) return benchRoute(u);
    const parsed = new URL(u);
    if (parsed.hostname === 'calendar.google.com' && parsed.search === DENSE)
      return { body: denseHtml };
    if (!MIRRORS.has(parsed.hostname)) return null;
    if (parsed.search === DENSE) return { body: denseHtml };
    const file = fixtureFor(u.replace(parsed.hostname, 'calendar.google.com'));
    return file ? { body: readFileSync(file) } : null;
  },
});
details.browser = `Chromium ${context.browser()?.version() ?? ''}`.trim();

try {
  if (runs('overhead')) {
    log(`- page overhead: 300-chip week, ${PLAN.overheadRuns} interleaved runs of 3 arms …`);
    await figure(
      ['pageOverheadRatio', 'ownContentScriptShare'],
      ['×', '%'],
      [1.02, 0.5],
      async () => {
        const r = await measurePageOverhead(context, {
          withUrl: url('calendar.google.com', DENSE_WEEK_PATH + DENSE),
          emptyUrl: url(EMPTY_HOST, DENSE_WEEK_PATH + DENSE),
          withoutUrl: url(CONTROL_HOST, DENSE_WEEK_PATH + DENSE),
          runs: PLAN.overheadRuns,
          idleSeconds: PLAN.idleSeconds,
          log,
        });
        record('pageOverheadRatio', r.metric);
        record('ownContentScriptShare', r.share);
        details.pageOverhead = r.details;
      },
    );
  }

  if (runs('scan')) {
    log(
      `- detection pass: ${PLAN.scanLoads} loads × ${PLAN.scanPasses} passes, idle ${PLAN.idleSeconds} s …`,
    );
    await figure(
      ['scanMsPer300Chips', 'idleScansPerSecond'],
      ['ms', 'passes/s'],
      [SCAN_BUDGET.budget, 0],
      async () => {
        const r = await measureScan(context, {
          url: url(CONTROL_HOST, DENSE_WEEK_PATH + DENSE),
          loads: PLAN.scanLoads,
          passesPerLoad: PLAN.scanPasses,
          idleSeconds: PLAN.idleSeconds,
          log,
        });
        record('scanMsPer300Chips', r.scan);
        record('idleScansPerSecond', r.idle);
        details.scan = r.details;
      },
    );
  }

  if (runs('data')) {
    log(`- data layer: ${PLAN.people} people × ${PLAN.years} years in real IndexedDB …`);
    const dataNames = Object.keys(DATA_BUDGETS);
    await figure(
      dataNames,
      dataNames.map(() => 'ms'),
      dataNames.map((n) => DATA_BUDGETS[n].budget),
      async () => {
        const r = await measureDataLayer(context, {
          people: PLAN.people,
          years: PLAN.years,
          importRuns: PLAN.importRuns,
        });
        for (const name of dataNames) record(name, r.metrics[name]);
        details.dataLayer = r.details;
      },
    );
  }

  if (runs('prep')) {
    log(`- prep latency: ${PLAN.opens} opens, ${PLAN.years} years of data in the extension …`);
    await figure(['prepLatencyMsMedian', 'prepLatencyMsP95'], ['ms', 'ms'], [1.5, 2], async () => {
      const r = await measurePrepLatency({
        context,
        extensionId,
        floorUrl: START_URLS.google.replace('calendar.google.com', FLOOR_HOST),
        people: PLAN.people,
        years: PLAN.years,
        opens: PLAN.opens,
        log,
      });
      record('prepLatencyMsMedian', r.median);
      record('prepLatencyMsP95', r.p95);
      details.prepLatency = r.details;
    });
  }

  if (runs('heap')) {
    log(`- heap: ${PLAN.heapMinutes} min of simulated use, with and without the extension …`);
    await figure(['heapGrowthMB'], ['MB'], [1], async () => {
      const r = await measureHeap({
        context,
        withUrl: url('calendar.google.com', '/calendar/u/0/r/week/2026/11/23'),
        withoutUrl: url(CONTROL_HOST, '/calendar/u/0/r/week/2026/11/23'),
        minutes: PLAN.heapMinutes,
        log,
      });
      record('heapGrowthMB', r.metric);
      details.heap = r.details;
    });
  }
  details.outbound = outbound;
} finally {
  await context.close();
}

if (runs('sync')) {
  // Its own browsers: profiles on disk whose build already grants the loopback server.
  log(
    `- sync: ${PLAN.people} people × ${PLAN.years} years to pouchdb-server on 127.0.0.1, ` +
      `${PLAN.syncPairs} pairs, ${PLAN.syncEdits} live edits …`,
  );
  const names = Object.keys(SYNC_BUDGETS);
  await figure(
    names,
    names.map(() => 'ms'),
    names.map((n) => SYNC_BUDGETS[n].budget),
    async () => {
      const r = await measureSync({
        extensionDir: extDir,
        people: PLAN.people,
        years: PLAN.years,
        pairs: PLAN.syncPairs,
        edits: PLAN.syncEdits,
        log,
      });
      record('syncFirstMs', r.first);
      record('syncEditLatencyMs', r.edit);
      details.sync = r.details;
      outbound.push(...r.details.outbound);
    },
  );
}

const ORDER = [
  'pageOverheadRatio',
  'ownContentScriptShare',
  'scanMsPer300Chips',
  'idleScansPerSecond',
  'prepLatencyMsMedian',
  'prepLatencyMsP95',
  'historyMs',
  'prepBundleMs',
  'searchMs',
  'exportMs',
  'importMs',
  'heapGrowthMB',
  'syncFirstMs',
  'syncEditLatencyMs',
  'contentScriptGzipKB',
  'sidebarGzipKB',
];
const measured = ORDER.filter((k) => results[k]);
const ordered = Object.fromEntries(measured.map((k) => [k, results[k]]));
details.machine.loadAverageAtEnd = os.loadavg().map((l) => Math.round(l * 100) / 100);
if (!only) writeFileSync('bench/results.json', `${JSON.stringify(ordered, null, 2)}\n`);
mkdirSync('out/bench', { recursive: true });
details.seconds = Math.round((Date.now() - started) / 1000);
writeFileSync(path.join('out/bench', 'details.json'), `${JSON.stringify(details, null, 2)}\n`);

const rows = measured.map((k) => {
  const m = ordered[k];
  const hasFloor = m.ratio !== null || m.ceiling !== undefined;
  return [
    k,
    `${m.value} ${m.unit}`,
    hasFloor ? `${m.floor} ${m.unit}` : '–',
    hasFloor ? `${m.ratio} ×` : '–',
    hasFloor ? `≤ ${m.budget} × (≤ ${m.ceiling} ${m.unit})` : `≤ ${m.budget} ${m.unit}`,
    m.pass ? 'yes' : 'NO',
    String(m.runs),
    `${m.spread[0]} – ${m.spread[1]}`,
  ];
});
const head = ['metric', 'value', 'floor', 'ratio', 'budget (ceiling)', 'pass', 'runs', 'spread'];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (cells) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
log('');
log(line(head));
log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const r of rows) log(line(r));
log(
  `\nSpread: min – max of the per-pair ratios (of the runs, for figures without a floor). ` +
    `${details.browser}, ${quick ? 'quick' : 'full'} run, ${details.seconds} s, load average ` +
    `${machine.loadAverageAtStart[0]} → ${details.machine.loadAverageAtEnd[0]} on ${machine.cores} cores.` +
    `\n${only ? `Only ${[...only].join(', ')}: bench/results.json left as it was` : 'bench/results.json written'}; details in out/bench/details.json.`,
);
if (outbound.length) log(`Outbound requests (must be none): ${outbound.join(', ')}`);

if (quick) {
  // Figures that miss their budget in the full run are listed, with the figure they missed by,
  // in bench/known-misses.json: the quick pass then fails when one gets worse than that (by
  // QUICK_SLACK), so CI still catches regressions; the budget itself is unchanged and the full
  // run reports the miss.
  const known = JSON.parse(readFileSync('bench/known-misses.json', 'utf8'));
  const failing = measured.filter((k) => {
    const m = ordered[k];
    if (!Number.isFinite(m.value)) return true;
    if (k === 'idleScansPerSecond') return m.value > 0.5;
    const miss = known[k];
    if (m.ratio === null) return m.value > QUICK_SLACK * Math.max(m.budget, miss?.value ?? 0);
    return (
      m.ratio > QUICK_SLACK * Math.max(m.budget, miss?.ratio ?? 0) ||
      m.value > 2 * Math.max(m.ceiling, miss?.value ?? 0)
    );
  });
  for (const k of measured.filter((n) => known[n] && !ordered[n].pass)) {
    log(`Known miss: ${k} (${known[k].why})`);
  }
  if (failing.length) {
    console.error(
      `Over budget (a ratio over ${QUICK_SLACK} × its budget, or over ${QUICK_SLACK} × its known ` +
        `miss in bench/known-misses.json; a value over twice its ceiling): ${failing.join(', ')}`,
    );
    process.exitCode = 1;
  }
}
