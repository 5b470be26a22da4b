// @vitest-environment happy-dom
/**
 * The cost of one read of a busy week: 300 chips (the fixture's chips cloned with new ids). Browsers run this much
 * faster than happy-dom; the bound here only catches an accidental O(n²) or a layout read sneaking in.
 */
import { afterEach, expect, it } from 'vitest';
import { googleCalendarAdapter } from '../../../lib/sites/google-calendar/adapter';
import { outlookAdapter } from '../../../lib/sites/outlook/adapter';
import type { SiteAdapter } from '../../../lib/sites/types';
// @ts-expect-error plain ESM module without types
import { START_URLS } from '../../fixtures/routes.mjs';
import { loadFixture, type FixturePage } from './fixture-page';

let page: FixturePage | undefined;
afterEach(async () => page?.close());

/** Best and median of `runs` passes; the assertion uses the best, which a busy machine (shared CI) barely moves. */
function measure(
  adapter: SiteAdapter,
  p: FixturePage,
  runs = 30,
): { best: number; median: number } {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    adapter.readOpenEvent(p.document, p.url(), null);
    adapter.listVisibleEvents(p.document, p.url());
    adapter.layoutStatus(p.document);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { best: times[0]!, median: times[Math.floor(runs / 2)]! };
}

function grow(
  p: FixturePage,
  selector: string,
  attr: string,
  newId: (old: string, i: number) => string,
) {
  const originals = Array.from(p.document.querySelectorAll(selector));
  let i = 0;
  while (p.document.querySelectorAll(selector).length < 300) {
    const source = originals[i % originals.length]!;
    const clone = source.cloneNode(true) as Element;
    const id = newId(source.getAttribute(attr)!, i++);
    for (const el of [clone, ...Array.from(clone.querySelectorAll(`[${attr}]`))])
      el.setAttribute(attr, id);
    source.parentNode!.append(clone);
  }
}

it('reads a 300-chip Google Calendar week quickly', () => {
  page = loadFixture((START_URLS as Record<string, string>).google!);
  grow(page, '[role="gridcell"] [data-eventchip][data-eventid]', 'data-eventid', (old, i) =>
    btoa(`${atob(old.replace(/-/g, '+').replace(/_/g, '/')).replace(' ', `x${i} `)}`).replace(
      /=+$/,
      '',
    ),
  );
  expect(googleCalendarAdapter.listVisibleEvents(page.document, page.url()).length).toBeGreaterThan(
    240,
  );
  const ms = measure(googleCalendarAdapter, page);
  console.info(
    `google, 300 chips, one pass: best ${ms.best.toFixed(2)} ms, median ${ms.median.toFixed(2)} ms (happy-dom)`,
  );
  expect(ms.best).toBeLessThan(15);
});

it('reads a 300-tile Outlook week quickly', () => {
  page = loadFixture((START_URLS as Record<string, string>).outlook!);
  grow(page, '[data-calitemid]', 'data-calitemid', (old, i) => `${old.slice(0, -4)}${i}AAA=`);
  expect(outlookAdapter.listVisibleEvents(page.document, page.url()).length).toBeGreaterThan(250);
  const ms = measure(outlookAdapter, page);
  console.info(
    `outlook, 300 tiles, one pass: best ${ms.best.toFixed(2)} ms, median ${ms.median.toFixed(2)} ms (happy-dom)`,
  );
  expect(ms.best).toBeLessThan(15);
});
