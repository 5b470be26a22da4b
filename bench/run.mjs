/**
 * npm run bench [-- --quick]: builds the extension into out/bench-ext, drives Debian's Chromium on the
 * fixture pages and a generated data set, prints a table and writes bench/results.json.
 * --quick: fewer runs and less data, for CI; exits non-zero only on a gross regression: a time over
 * 3× its budget, a size over 2× (idleScansPerSecond: above 0.5). See bench/README.md.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { launchBrowser } from '../scripts/browser.mjs';
import { fixtureFor } from '../tests/fixtures/routes.mjs';
import { denseWeekHtml, DENSE_WEEK_PATH } from './fixtures/dense-week.mjs';
import { buildBenchExtension } from './lib/build-ext.mjs';
import { unmeasured } from './lib/stats.mjs';
import { measureSizes } from './sizes.mjs';
import { measurePageOverhead } from './page-overhead.mjs';
import { measureScan } from './scan.mjs';
import {
  BENCH_ORIGIN,
  benchOriginRoute,
  dataLayerProbe,
  measureDataLayer,
} from './data-layer-figures.mjs';
import { measurePrepLatency } from './prep-latency.mjs';
import { measureHeap } from './heap.mjs';

const quick = process.argv.includes('--quick');
const PLAN = quick
  ? {
      overheadRuns: 8,
      scanLoads: 3,
      scanPasses: 20,
      idleSeconds: 3,
      people: 20,
      years: 1,
      opens: 20,
      heapMinutes: 1,
    }
  : {
      overheadRuns: 12,
      scanLoads: 5,
      scanPasses: 40,
      idleSeconds: 10,
      people: 20,
      years: 10,
      opens: 30,
      heapMinutes: 10,
    };

/** The same page served where the extension does not run: the "without" arm of side-by-side figures. */
const CONTROL_HOST = 'calendar.bench.test';
const DENSE = '?bench=300';
const url = (host, rest) => `https://${host}${rest}`;

const started = Date.now();
const log = (line) => console.log(line);
const since = () => `${((Date.now() - started) / 1000).toFixed(0)} s`;
const results = {};
const details = { quick, plan: PLAN };

function record(name, entry) {
  results[name] = entry;
  const { value, unit, budget, pass } = entry;
  log(`  ${pass ? 'ok  ' : 'MISS'} ${name} = ${value} ${unit} (budget ${budget})`);
}

async function figure(names, units, budgets, fn) {
  try {
    await fn();
  } catch (error) {
    names.forEach((n, i) => record(n, unmeasured(units[i], budgets[i], error)));
  }
}

log(`Tandem benchmark (${quick ? 'quick' : 'full'})`);
log(`- building the extension into out/bench-ext …`);
const extDir = await buildBenchExtension();
log(`  built (${since()})`);

const sizes = measureSizes(extDir);
record('contentScriptGzipKB', sizes.contentScript);
record('sidebarGzipKB', sizes.sidebar);
details.sizes = sizes.details;

let extra = 266;
let denseHtml = denseWeekHtml(extra);
const probeScript = await dataLayerProbe();
const benchRoute = benchOriginRoute({ '/probe.js': probeScript });
const { context, extensionId, outbound } = await launchBrowser({
  extensionDir: extDir,
  extraRoute: (u) => {
    if (u.startsWith(BENCH_ORIGIN)) return benchRoute(u);
    const parsed = new URL(u);
    if (parsed.hostname === 'calendar.google.com' && parsed.search === DENSE)
      return { body: denseHtml };
    if (parsed.hostname !== CONTROL_HOST) return null;
    if (parsed.search === DENSE) return { body: denseHtml };
    const file = fixtureFor(u.replace(CONTROL_HOST, 'calendar.google.com'));
    return file ? { body: readFileSync(file) } : null;
  },
});
details.browser = `Chromium ${context.browser()?.version() ?? ''}`.trim();

try {
  log(`- page overhead: 300-chip week, ${PLAN.overheadRuns} interleaved A/B runs …`);
  await figure(['pageOverheadRatio'], ['×'], [1.02], async () => {
    const r = await measurePageOverhead(context, {
      withUrl: url('calendar.google.com', DENSE_WEEK_PATH + DENSE),
      withoutUrl: url(CONTROL_HOST, DENSE_WEEK_PATH + DENSE),
      runs: PLAN.overheadRuns,
      idleSeconds: PLAN.idleSeconds,
      log,
    });
    record('pageOverheadRatio', r.metric);
    details.pageOverhead = r.details;
  });

  log(
    `- detection pass: ${PLAN.scanLoads} loads × ${PLAN.scanPasses} passes, idle ${PLAN.idleSeconds} s …`,
  );
  await figure(
    ['scanMsPer300Chips', 'idleScansPerSecond'],
    ['ms', 'passes/s'],
    [2, 0],
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

  log(`- data layer: ${PLAN.people} people × ${PLAN.years} years in real IndexedDB …`);
  const dataNames = ['historyMs', 'prepBundleMs', 'searchMs', 'exportMs', 'importMs'];
  await figure(
    dataNames,
    dataNames.map(() => 'ms'),
    [20, 20, 50, 2000, 5000],
    async () => {
      const r = await measureDataLayer(context, { people: PLAN.people, years: PLAN.years });
      for (const name of dataNames) record(name, r.metrics[name]);
      details.dataLayer = r.details;
    },
  );

  log(`- prep latency: ${PLAN.opens} opens, ${PLAN.years} years of data in the extension …`);
  await figure(['prepLatencyMsMedian', 'prepLatencyMsP95'], ['ms', 'ms'], [50, 100], async () => {
    const r = await measurePrepLatency({
      context,
      extensionId,
      people: PLAN.people,
      years: PLAN.years,
      opens: PLAN.opens,
      log,
    });
    record('prepLatencyMsMedian', r.median);
    record('prepLatencyMsP95', r.p95);
    details.prepLatency = r.details;
  });

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
  details.outbound = outbound;
} finally {
  await context.close();
}

const ORDER = [
  'pageOverheadRatio',
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
  'contentScriptGzipKB',
  'sidebarGzipKB',
];
const ordered = Object.fromEntries(ORDER.map((k) => [k, results[k]]));
writeFileSync('bench/results.json', `${JSON.stringify(ordered, null, 2)}\n`);
mkdirSync('out/bench', { recursive: true });
details.seconds = Math.round((Date.now() - started) / 1000);
writeFileSync(path.join('out/bench', 'details.json'), `${JSON.stringify(details, null, 2)}\n`);

const rows = ORDER.map((k) => {
  const m = ordered[k];
  return [
    k,
    `${m.value} ${m.unit}`,
    `≤ ${m.budget}`,
    m.pass ? 'yes' : 'NO',
    String(m.runs),
    `${m.spread[0]} – ${m.spread[1]}`,
  ];
});
const head = ['metric', 'value', 'budget', 'pass', 'runs', 'spread (min – max)'];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (cells) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
log('');
log(line(head));
log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const r of rows) log(line(r));
log(
  `\n${details.browser}, ${quick ? 'quick' : 'full'} run, ${details.seconds} s. bench/results.json written; details in out/bench/details.json.`,
);
if (outbound.length) log(`Outbound requests (must be none): ${outbound.join(', ')}`);

if (quick) {
  // Absolute times on these shared machines move 2–3× between runs of the same commit (issue 14),
  // so a time figure counts as a gross regression only past 3× its budget; sizes and counts past
  // 2×. The figures set beside a floor measured in the same run replace this (branch b14, wip/).
  const grossFactor = (k) => (/Ms/.test(k) ? 3 : 2);
  const gross = ORDER.filter((k) => {
    const m = ordered[k];
    if (!Number.isFinite(m.value)) return true;
    return k === 'idleScansPerSecond' ? m.value > 0.5 : m.value > grossFactor(k) * m.budget;
  });
  if (gross.length) {
    console.error(
      `Gross regressions (times over 3×, sizes over 2× the budget): ${gross.join(', ')}`,
    );
    process.exitCode = 1;
  }
}
