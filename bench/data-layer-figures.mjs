/** historyMs … importMs: bench/data-layer.ts in Chromium's real IndexedDB (a page of its own origin). */
import { bundle } from './lib/bundle.mjs';
import { pairedMetric, round } from './lib/stats.mjs';

export const BENCH_ORIGIN = 'https://bench.tandem.test';

/** Ratio budgets (× the floor) and absolute sanity ceilings (ms). */
export const DATA_BUDGETS = {
  historyMs: { budget: 2, ceiling: 100 },
  prepBundleMs: { budget: 2, ceiling: 100 },
  searchMs: { budget: 2, ceiling: 200 },
  exportMs: { budget: 3, ceiling: 10_000 },
  importMs: { budget: 1.5, ceiling: 60_000 },
};

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
export async function measureDataLayer(context, { people, years, importRuns = 3 }) {
  const page = await context.newPage();
  try {
    await page.goto(`${BENCH_ORIGIN}/data-layer`);
    const r = await page.evaluate((o) => window.__dataLayerBench(o), { people, years, importRuns });
    const metrics = {};
    for (const [name, { budget, ceiling }] of Object.entries(DATA_BUDGETS)) {
      const { value, floor } = r.figures[name];
      metrics[name] = pairedMetric({ values: value, floors: floor, unit: 'ms', budget, ceiling });
    }
    return {
      metrics,
      details: {
        people,
        years,
        seeded: r.seeded,
        seedMs: round(r.seedMs, 0),
        indexingAfterImportMs: r.indexingAfterImportMs.map((v) => round(v, 0)),
        searchQueries: Object.fromEntries(
          Object.entries(r.searchQueries).map(([q, ms]) => [q, round(ms, 2)]),
        ),
        samples: Object.fromEntries(
          Object.entries(r.figures).map(([name, p]) => [
            name,
            { value: p.value.map((v) => round(v, 2)), floor: p.floor.map((v) => round(v, 2)) },
          ]),
        ),
      },
    };
  } finally {
    await page.close();
  }
}
