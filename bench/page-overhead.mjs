/**
 * pageOverheadRatio: the 300-chip week from navigation to idle, with the extension ÷ without, in one browser.
 * Both arms load the same bytes in the same browser session (the extension is installed for both): the
 * "with" arm at calendar.google.com, where the content script runs; the "without" arm at a host the
 * extension does not match, so nothing of it is injected. Runs alternate A/B, B/A, after one warm-up pair.
 */
import { startTrace, mainThreadTasks, loadToIdle, MIN_TASK_MS } from './lib/trace.mjs';
import { median, metric, round } from './lib/stats.mjs';

const SETTLE_MS = 2500;

async function tracedLoad(context, url, { expectExtension }) {
  const page = await context.newPage();
  try {
    const stop = await startTrace(context, page);
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForTimeout(SETTLE_MS);
    const events = await stop();
    const { nav, tasks, traceEnd } = mainThreadTasks(events, url);
    const ranExtension = events.some(
      (e) =>
        e.pid === nav.pid &&
        e.name === 'EvaluateScript' &&
        String(e.args?.data?.url ?? '').startsWith('chrome-extension://'),
    );
    if (ranExtension !== expectExtension) {
      throw new Error(`content script ${ranExtension ? 'ran' : 'did not run'} on ${url}`);
    }
    const idle = loadToIdle(tasks, traceEnd);
    return idle ? { ...idle, tasks, traceEnd } : null;
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
 * @param {import('playwright-core').BrowserContext} context a context with the extension loaded
 * @param {{ withUrl: string, withoutUrl: string, runs: number, idleSeconds: number, log: (s: string) => void }} o
 */
export async function measurePageOverhead(
  context,
  { withUrl, withoutUrl, runs, idleSeconds, log },
) {
  const arms = {
    with: { url: withUrl, expectExtension: true, idle: [], busy: [] },
    without: { url: withoutUrl, expectExtension: false, idle: [], busy: [] },
  };
  let failed = 0;
  for (let i = -1; i < runs; i++) {
    const order = i % 2 ? ['with', 'without'] : ['without', 'with'];
    for (const name of order) {
      const arm = arms[name];
      const r = await tracedLoad(context, arm.url, arm);
      if (!r) {
        failed++;
        continue;
      }
      if (i < 0) continue; // warm-up pair
      arm.idle.push(r.idleAt);
      arm.busy.push(r.busyMs);
    }
    if (i >= 0) log(`    run ${i + 1}/${runs}`);
  }
  const ratio = median(arms.with.idle) / median(arms.without.idle);
  // Spread of the ratio: the pairwise ratios of the interleaved runs.
  const n = Math.min(arms.with.idle.length, arms.without.idle.length);
  const pairs = Array.from({ length: n }, (_, k) => arms.with.idle[k] / arms.without.idle[k]);
  const idleWith = await idleWork(context, withUrl, idleSeconds);
  const idleWithout = await idleWork(context, withoutUrl, idleSeconds);
  return {
    metric: {
      ...metric({ value: ratio, unit: '×', budget: 1.02, samples: pairs, digits: 3 }),
      runs: n,
    },
    details: {
      loadToIdleMs: {
        with: { median: round(median(arms.with.idle), 1), runs: arms.with.idle },
        without: { median: round(median(arms.without.idle), 1), runs: arms.without.idle },
      },
      mainThreadBusyMs: {
        with: round(median(arms.with.busy), 1),
        without: round(median(arms.without.busy), 1),
      },
      runsWithoutQuietWindow: failed,
      idleAfterLoad: { with: idleWith, without: idleWithout, seconds: idleSeconds },
    },
  };
}
