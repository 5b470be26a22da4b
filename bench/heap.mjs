/**
 * heapGrowthMB: JavaScript heap of the calendar tab after N minutes of simulated use (open an event,
 * close it, switch weeks) minus after the first tenth, after a forced GC each time. The content script
 * shares the tab's V8 heap with the page, so the same script runs side by side on the same page at a
 * host the extension does not match, and its growth is subtracted: what remains is the extension's.
 */
import { metric, round } from './lib/stats.mjs';

async function heapMB(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize / 1024 / 1024;
}

async function step(page, k) {
  if (k % 8 === 7) {
    // Weeks forward and back: 2 × next, 2 × prev, so the same weeks keep coming back.
    const dir = Math.floor(k / 8) % 4 < 2 ? 'next' : 'prev';
    await page.locator(`[data-fixture-nav="${dir}"]`).click();
    return;
  }
  const chips = page.locator('[data-eventchip][data-eventid][data-opens-details]');
  const n = await chips.count();
  if (!n) return;
  await chips.nth((k * 7) % n).click({ force: true });
  await page.waitForTimeout(250); // the guest list arrives ~150 ms after the bubble
  await page.keyboard.press('Escape');
}

/**
 * @param {{ context: import('playwright-core').BrowserContext, withUrl: string, withoutUrl: string,
 *   minutes: number, log: (s: string) => void }} o
 */
export async function measureHeap({ context, withUrl, withoutUrl, minutes, log }) {
  const arms = [];
  for (const url of [withUrl, withoutUrl]) {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.enable');
    arms.push({ page, cdp, samples: [] });
  }
  try {
    const total = minutes * 60_000;
    const baselineAt = Math.max(15_000, total / 10);
    const t0 = Date.now();
    let baseline = null;
    let k = 0;
    let nextLog = 60_000;
    while (Date.now() - t0 < total) {
      for (const arm of arms) await step(arm.page, k);
      k++;
      const elapsed = Date.now() - t0;
      if (!baseline && elapsed >= baselineAt) {
        baseline = [];
        for (const arm of arms) baseline.push(await heapMB(arm.cdp));
      }
      if (elapsed >= nextLog) {
        log(`    ${Math.round(elapsed / 60_000)} min, ${k} steps`);
        nextLog += 60_000;
      }
    }
    const final = [];
    for (const arm of arms) final.push(await heapMB(arm.cdp));
    const growthWith = final[0] - baseline[0];
    const growthWithout = final[1] - baseline[1];
    const value = growthWith - growthWithout;
    return {
      // Already a difference to its own control arm: no ratio (growth near zero has none).
      metric: metric({ value, unit: 'MB', budget: 1, samples: [value], digits: 3 }),
      details: {
        minutes,
        baselineAtSeconds: baselineAt / 1000,
        steps: k,
        withExtensionMB: {
          baseline: round(baseline[0], 3),
          final: round(final[0], 3),
          growth: round(growthWith, 3),
        },
        withoutMB: {
          baseline: round(baseline[1], 3),
          final: round(final[1], 3),
          growth: round(growthWithout, 3),
        },
      },
    };
  } finally {
    for (const arm of arms) await arm.page.close();
  }
}
