/**
 * Chromium traces of one tab's main thread, read through CDP (the same data DevTools' Performance panel
 * shows). A "task" is a ThreadControllerImpl::RunTask slice on the renderer's main thread.
 */
const CATEGORIES = ['toplevel', 'blink.user_timing', 'devtools.timeline', '__metadata'];

/**
 * Tasks shorter than this are Chromium's own housekeeping: in every arm, with or without the extension,
 * the renderer runs a sub-millisecond task every ~500 ms for as long as the tab lives, so a literal
 * "no task at all for 500 ms" never happens. Counted as work: anything of 1 ms or more.
 */
export const MIN_TASK_MS = 1;

export async function startTrace(context, page) {
  const cdp = await context.newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: CATEGORIES, recordMode: 'recordAsMuchAsPossible' },
    transferMode: 'ReportEvents',
  });
  return async function stop() {
    const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await done;
    await cdp.detach().catch(() => undefined);
    return events;
  };
}

/** The main frame's navigationStart for `url`, and the main-thread tasks of its renderer after it. */
export function mainThreadTasks(events, url) {
  const nav = events.find(
    (e) =>
      e.name === 'navigationStart' &&
      e.args?.data?.isLoadingMainFrame &&
      e.args?.data?.documentLoaderURL === url,
  );
  if (!nav) throw new Error(`no navigationStart for ${url} in the trace`);
  const tasks = events
    .filter(
      (e) =>
        e.pid === nav.pid &&
        e.tid === nav.tid &&
        e.ph === 'X' &&
        e.name === 'ThreadControllerImpl::RunTask' &&
        e.ts >= nav.ts,
    )
    .map((e) => ({ start: (e.ts - nav.ts) / 1000, ms: (e.dur ?? 0) / 1000 }))
    .sort((a, b) => a.start - b.start);
  const traceEnd = Math.max(...events.map((e) => (e.ts + (e.dur ?? 0) - nav.ts) / 1000));
  return { nav, tasks, traceEnd };
}

/**
 * Load to idle: the end of the last task (≥ MIN_TASK_MS) before the first 500 ms without one,
 * in ms from navigationStart; null when the trace ends before such a quiet window.
 */
export function loadToIdle(tasks, traceEnd, quietMs = 500) {
  const work = tasks.filter((t) => t.ms >= MIN_TASK_MS);
  let lastEnd = 0;
  let busyMs = 0;
  for (const t of work) {
    if (t.start - lastEnd >= quietMs && lastEnd > 0) return { idleAt: lastEnd, busyMs };
    lastEnd = Math.max(lastEnd, t.start + t.ms);
    busyMs += t.ms;
  }
  return traceEnd - lastEnd >= quietMs ? { idleAt: lastEnd, busyMs } : null;
}
