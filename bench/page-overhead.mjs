/**
 * pageOverheadRatio and ownContentScriptShare: the 300-chip week from navigation to idle in three
 * arms, in one browser session, loading the same bytes: "with" at calendar.google.com, where
 * Tandem's content script runs; "empty" at a host where the bench's floor extension
 * (bench/floor-ext) injects a content script that does nothing, the browser's own cost of any
 * content script; "without" at a host no extension matches. The order rotates every run, after
 * one warm-up round.
 * - pageOverheadRatio: value = with ÷ without, floor = empty ÷ without, ratio = with ÷ empty
 *   (all per run, medians): what Tandem adds beyond the injection itself.
 * - ownContentScriptShare: the main-thread time of Tandem's own scripts (every sample of a V8 CPU
 *   profile with one of its frames on the stack: evaluation, every callback, every resumed
 *   `await`, and the browser work they call) minus the empty script's, in % of the page's main-thread time
 *   (every task of the tab's main thread), both from navigation to the end of the trace.
 */
import { startTrace, mainThreadTasks, loadToIdle, MIN_TASK_MS } from './lib/trace.mjs';
import { cpuMsUnder, startCpuProfile } from './lib/cpu-profile.mjs';
import { median, metric, pairedMetric, round } from './lib/stats.mjs';

export const OVERHEAD_BUDGET = { budget: 1.02, ceiling: 1.5 };
export const SHARE_BUDGET = 0.5;

const SCRIPT_EVENTS = new Set(['EvaluateScript', 'FunctionCall', 'v8.compile', 'TimerFire']);

/** Total ms of spans, overlapping ones merged (nested events must not count twice). */
function mergedMs(spans) {
  let total = 0;
  let end = -Infinity;
  for (const [from, to] of [...spans].sort((a, b) => a[0] - b[0])) {
    if (to <= end) continue;
    total += to - Math.max(from, end);
    end = to;
  }
  return total / 1000;
}

/**
 * Main-thread ms spent in extension scripts from navigation to the end of the trace, and the
 * same split by event name (v8.compile nests inside EvaluateScript: the split overlaps).
 */
function extensionScriptMs(events, nav) {
  const own = events.filter(
    (e) =>
      e.pid === nav.pid &&
      e.tid === nav.tid &&
      e.ph === 'X' &&
      e.ts >= nav.ts &&
      SCRIPT_EVENTS.has(e.name) &&
      String(e.args?.data?.url ?? e.args?.data?.scriptName ?? '').startsWith('chrome-extension://'),
  );
  const span = (e) => [e.ts, e.ts + (e.dur ?? 0)];
  const byName = {};
  for (const name of SCRIPT_EVENTS) {
    byName[name] = mergedMs(own.filter((e) => e.name === name).map(span));
  }
  return { total: mergedMs(own.map(span)), byName };
}

/**
 * The page's main-thread time over the same window as extensionScriptMs (navigation to the end
 * of the trace): every task, however short. The share's numerator and denominator must cover
 * the same time: load-to-idle's busy time stops at idle and skips tasks under 1 ms, while the
 * extension's callbacks are counted wherever they fall.
 */
function mainThreadMs(events, nav) {
  return mergedMs(
    events
      .filter(
        (e) =>
          e.pid === nav.pid &&
          e.tid === nav.tid &&
          e.ph === 'X' &&
          e.name === 'ThreadControllerImpl::RunTask' &&
          e.ts >= nav.ts,
      )
      .map((e) => [e.ts, e.ts + (e.dur ?? 0)]),
  );
}

const SETTLE_MS = 2500;

async function tracedLoad(context, url, { expectExtension }) {
  const page = await context.newPage();
  try {
    const stopProfile = await startCpuProfile(context, page);
    const stop = await startTrace(context, page);
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForTimeout(SETTLE_MS);
    const events = await stop();
    const profile = await stopProfile();
    const { nav, tasks, traceEnd } = mainThreadTasks(events, url);
    const ranExtension = events.some(
      (e) =>
        e.pid === nav.pid &&
        e.name === 'EvaluateScript' &&
        String(e.args?.data?.url ?? '').startsWith('chrome-extension://'),
    );
    if (expectExtension !== null && ranExtension !== expectExtension) {
      throw new Error(`content script ${ranExtension ? 'ran' : 'did not run'} on ${url}`);
    }
    const idle = loadToIdle(tasks, traceEnd);
    if (!idle) return null;
    const script = extensionScriptMs(events, nav);
    return {
      ...idle,
      // The share's numerator: the profile sees every callback (see lib/cpu-profile.mjs); the
      // trace's named script events are kept beside it.
      scriptMs: cpuMsUnder(profile, 'chrome-extension://'),
      traceScriptMs: script.total,
      scriptByName: script.byName,
      mainThreadMs: mainThreadMs(events, nav),
    };
  } finally {
    await page.close();
  }
}

/** Work on the main thread while the page sits idle after load: tasks ≥ 1 ms per second. */
async function idleWork(context, url, seconds) {
  const page = await context.newPage();
  try {
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForTimeout(SETTLE_MS);
    const stop = await startTrace(context, page);
    // A user-timing mark names the tab's renderer in the trace; the window starts after it.
    await page.evaluate(() => performance.mark('tandem-bench:idle-start'));
    await page.waitForTimeout(seconds * 1000);
    const events = await stop();
    const mark = events.find((e) => e.name === 'tandem-bench:idle-start');
    if (!mark) throw new Error('idle mark missing from the trace');
    const from = mark.ts + 50_000;
    const to = from + seconds * 1e6 - 100_000;
    const elapsed = (to - from) / 1e6;
    const pid = mark.pid;
    const tasks = events.filter(
      (e) =>
        e.pid === pid &&
        e.tid === mark.tid &&
        e.ph === 'X' &&
        e.name === 'ThreadControllerImpl::RunTask' &&
        e.ts >= from &&
        e.ts < to &&
        (e.dur ?? 0) / 1000 >= MIN_TASK_MS,
    );
    const extensionCalls = events.filter(
      (e) =>
        e.pid === pid &&
        e.ts >= from &&
        e.ts < to &&
        String(e.args?.data?.url ?? '').startsWith('chrome-extension://'),
    ).length;
    return {
      tasksPerSecond: round(tasks.length / elapsed, 2),
      busyMsPerSecond: round(tasks.reduce((s, e) => s + e.dur / 1000, 0) / elapsed, 3),
      extensionCalls,
    };
  } finally {
    await page.close();
  }
}

/**
 * @param {import('playwright-core').BrowserContext} context a context with Tandem and the floor extension
 * @param {{ withUrl: string, emptyUrl: string, withoutUrl: string, runs: number, idleSeconds: number, log: (s: string) => void }} o
 */
export async function measurePageOverhead(
  context,
  { withUrl, emptyUrl, withoutUrl, runs, idleSeconds, log },
) {
  const names = ['with', 'empty', 'without'];
  const arms = {
    with: { url: withUrl, expectExtension: true },
    empty: { url: emptyUrl, expectExtension: null },
    without: { url: withoutUrl, expectExtension: false },
  };
  const rounds = [];
  let failed = 0;
  for (let i = -1; i < runs; i++) {
    const k = ((i % 3) + 3) % 3;
    const order = [...names.slice(k), ...names.slice(0, k)];
    if (i % 2) order.reverse();
    const round_ = {};
    for (const name of order) {
      const r = await tracedLoad(context, arms[name].url, arms[name]);
      if (r) round_[name] = r;
      else failed++;
    }
    if (i < 0) continue; // warm-up round
    if (names.every((n) => round_[n])) rounds.push(round_);
    log(`    run ${i + 1}/${runs}`);
  }
  const idle = (n) => rounds.map((r) => r[n].idleAt);
  const perRun = (a, b) => rounds.map((r) => r[a].idleAt / r[b].idleAt);
  const shares = rounds.map(
    (r) => (100 * Math.max(0, r.with.scriptMs - r.empty.scriptMs)) / r.with.mainThreadMs,
  );
  const overhead = pairedMetric({
    values: perRun('with', 'without'),
    floors: perRun('empty', 'without'),
    unit: '×',
    ...OVERHEAD_BUDGET,
    digits: 3,
  });
  const idleWith = await idleWork(context, withUrl, idleSeconds);
  const idleWithout = await idleWork(context, withoutUrl, idleSeconds);
  const medianOf = (n, key) => round(median(rounds.map((r) => r[n][key])), 2);
  return {
    metric: overhead,
    share: metric({
      value: median(shares),
      unit: '%',
      budget: SHARE_BUDGET,
      samples: shares,
      digits: 3,
    }),
    details: {
      loadToIdleMs: Object.fromEntries(
        names.map((n) => [
          n,
          { median: round(median(idle(n)), 1), runs: idle(n).map((v) => round(v, 1)) },
        ]),
      ),
      busyToIdleMs: Object.fromEntries(names.map((n) => [n, medianOf(n, 'busyMs')])),
      mainThreadMs: Object.fromEntries(names.map((n) => [n, medianOf(n, 'mainThreadMs')])),
      extensionScriptMs: {
        with: medianOf('with', 'scriptMs'),
        empty: medianOf('empty', 'scriptMs'),
        withTraceEvents: medianOf('with', 'traceScriptMs'),
        withByEvent: Object.fromEntries(
          [...SCRIPT_EVENTS].map((name) => [
            name,
            round(median(rounds.map((r) => r.with.scriptByName[name])), 2),
          ]),
        ),
      },
      runsWithoutQuietWindow: failed,
      idleAfterLoad: { with: idleWith, without: idleWithout, seconds: idleSeconds },
    },
  };
}
