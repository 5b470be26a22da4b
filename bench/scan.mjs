/**
 * scanMsPer300Chips and idleScansPerSecond, on the 300-chip week without the extension installed in
 * that tab's host (so only the probe watches the page): see probes/scan-probe.ts.
 */
import { bundle } from './lib/bundle.mjs';
import { median, metric, pairedMetric, round } from './lib/stats.mjs';

/**
 * Ratio to a bare querySelectorAll over the same chips reading each one's event id (the watcher
 * also reads each chip's title, time and colour, and the grid's dates: ~20 × that on a loaded
 * 2-core machine), and an absolute sanity ceiling of 10 ms per pass.
 */
export const SCAN_BUDGET = { budget: 30, ceiling: 10 };

/**
 * @param {import('playwright-core').BrowserContext} context
 * @param {{ url: string, loads: number, passesPerLoad: number, idleSeconds: number, log: (s: string) => void }} o
 */
export async function measureScan(context, { url, loads, passesPerLoad, idleSeconds, log }) {
  const probe = await bundle('bench/probes/scan-probe.ts');
  const warm = [];
  const floors = [];
  const cold = [];
  let idlePasses = 0;
  let idleSeconds_ = 0;
  let chips = 0;
  for (let i = 0; i < loads; i++) {
    const page = await context.newPage();
    try {
      await page.goto(url, { waitUntil: 'load' });
      await page.waitForTimeout(300);
      await page.evaluate(probe);
      const info = await page.evaluate(() => ({
        cold: window.__scanProbe.cold,
        chips: window.__scanProbe.chips,
      }));
      chips = info.chips;
      cold.push(info.cold);
      const pairs = await page.evaluate((n) => window.__scanProbe.forced(n), passesPerLoad);
      warm.push(...pairs.value);
      floors.push(...pairs.floor);
      if (i === 0) {
        await page.waitForTimeout(500);
        const idle = await page.evaluate((ms) => window.__scanProbe.idle(ms), idleSeconds * 1000);
        idlePasses += idle.passes;
        idleSeconds_ += idle.seconds;
      }
      await page.evaluate(() => window.__scanProbe.stop());
    } finally {
      await page.close();
    }
    log(`    load ${i + 1}/${loads}`);
  }
  if (chips !== 300) throw new Error(`the dense week shows ${chips} chips, not 300`);
  const perSecond = idlePasses / idleSeconds_;
  return {
    scan: pairedMetric({ values: warm, floors, unit: 'ms', ...SCAN_BUDGET, digits: 3 }),
    idle: {
      ...metric({ value: perSecond, unit: 'passes/s', budget: 0, samples: [perSecond], digits: 3 }),
      runs: 1,
    },
    details: {
      chips,
      coldFirstPassMs: { median: round(median(cold), 3), runs: cold.map((v) => round(v, 3)) },
      idleWindowSeconds: round(idleSeconds_, 1),
      idlePasses,
    },
  };
}
