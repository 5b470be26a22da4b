/** historyMs … importMs: bench/data-layer.ts in Chromium's real IndexedDB (a page of its own origin). */
import { bundle } from './lib/bundle.mjs';
import { metric, round } from './lib/stats.mjs';

export const BENCH_ORIGIN = 'https://bench.tandem.test';

const BUDGETS = { historyMs: 20, prepBundleMs: 20, searchMs: 50, exportMs: 2000, importMs: 5000 };

/** Serves the bench origin: a blank page that loads `/probe.js`. */
export function benchOriginRoute(scripts) {
  return (url) => {
    if (!url.startsWith(`${BENCH_ORIGIN}/`)) return null;
    const { pathname } = new URL(url);
    if (scripts[pathname]) {
      return { body: scripts[pathname], contentType: 'text/javascript', headers: {} };
    }
    const tags = Object.keys(scripts).map((src) => `<script src="${src}"></script>`);
    return {
      body: `<!doctype html><meta charset="utf-8"><title>bench</title>${tags.join('')}`,
      headers: {},
    };
  };
}

export const dataLayerProbe = () => bundle('bench/probes/data-layer-probe.ts');

/** @param {import('playwright-core').BrowserContext} context a context serving benchOriginRoute */
export async function measureDataLayer(context, { people, years }) {
  const page = await context.newPage();
  try {
    await page.goto(`${BENCH_ORIGIN}/data-layer`);
    const r = await page.evaluate((o) => window.__dataLayerBench(o), { people, years });
    const metrics = {};
    for (const [name, budget] of Object.entries(BUDGETS)) {
      const value = name === 'searchMs' ? r.figures.searchMs : r.figures[name];
      metrics[name] = metric({ value, unit: 'ms', budget, samples: r.samples[name] ?? [] });
    }
    return {
      metrics,
      details: {
        people,
        years,
        seeded: r.seeded,
        seedMs: round(r.seedMs, 0),
        searchQueries: r.figures.searchQueries,
      },
    };
  } finally {
    await page.close();
  }
}
