// @vitest-environment happy-dom
/**
 * The work of one read of a busy week, counted rather than timed (time belongs to `npm run bench`, where it is
 * set beside its floor): the page grown to 60 and then to 300 chips (the fixture's chips cloned with new ids).
 * An adapter pass must do DOM queries in proportion to the chips (an accidental O(n²) shows as ~25× the
 * queries for 5× the chips) and no layout reads at all (they force a style and layout flush on the real page).
 */
import { afterEach, expect, it } from 'vitest';
import { googleCalendarAdapter } from '../../../lib/sites/google-calendar/adapter';
import { outlookAdapter } from '../../../lib/sites/outlook/adapter';
import type { SiteAdapter } from '../../../lib/sites/types';
// @ts-expect-error plain ESM module without types
import { START_URLS } from '../../fixtures/routes.mjs';
import { loadFixture, type FixturePage } from './fixture-page';

let page: FixturePage | undefined;
let restore: (() => void) | undefined;
afterEach(async () => {
  restore?.();
  await page?.close();
});

const QUERIES = ['querySelector', 'querySelectorAll', 'closest', 'matches'] as const;
const LAYOUT_READS = ['getBoundingClientRect', 'getClientRects'] as const;
const LAYOUT_GETTERS = ['innerText', 'offsetWidth', 'offsetHeight', 'offsetTop', 'clientWidth'];

/** Wraps the page window's DOM methods with counters; returns a reader and an undo. */
function countDomWork(p: FixturePage): { counts: () => { queries: number; layout: number } } {
  const win = p.window as unknown as Record<string, { prototype: Record<string, unknown> }>;
  const protos = [win.Element!.prototype, win.Document!.prototype, win.HTMLElement!.prototype];
  let queries = 0;
  let layout = 0;
  const undo: (() => void)[] = [];
  for (const proto of protos) {
    for (const name of [...QUERIES, ...LAYOUT_READS]) {
      if (!Object.prototype.hasOwnProperty.call(proto, name)) continue;
      const original = proto[name] as (...a: unknown[]) => unknown;
      const isQuery = (QUERIES as readonly string[]).includes(name);
      proto[name] = function (this: unknown, ...args: unknown[]) {
        if (isQuery) queries++;
        else layout++;
        return original.apply(this, args);
      };
      undo.push(() => (proto[name] = original));
    }
    for (const name of LAYOUT_GETTERS) {
      const d = Object.getOwnPropertyDescriptor(proto, name);
      if (!d?.get) continue;
      const get = d.get;
      Object.defineProperty(proto, name, {
        ...d,
        get(this: unknown) {
          layout++;
          return get.call(this);
        },
      });
      undo.push(() => Object.defineProperty(proto, name, d));
    }
  }
  restore = () => undo.forEach((u) => u());
  return { counts: () => ({ queries, layout }) };
}

function grow(
  p: FixturePage,
  selector: string,
  attr: string,
  target: number,
  newId: (old: string, i: number) => string,
) {
  const originals = Array.from(p.document.querySelectorAll(selector));
  let count = p.document.querySelectorAll(selector).length;
  let i = 0;
  for (; count < target; count++) {
    const source = originals[i % originals.length]!;
    const clone = source.cloneNode(true) as Element;
    const id = newId(source.getAttribute(attr)!, i++);
    for (const el of [clone, ...Array.from(clone.querySelectorAll(`[${attr}]`))])
      el.setAttribute(attr, id);
    source.parentNode!.append(clone);
  }
}

/** DOM work of one full adapter pass (open event, visible events, layout status). */
function onePass(adapter: SiteAdapter, p: FixturePage, counter: ReturnType<typeof countDomWork>) {
  const before = counter.counts();
  adapter.readOpenEvent(p.document, p.url(), null);
  const listed = adapter.listVisibleEvents(p.document, p.url()).length;
  adapter.layoutStatus(p.document);
  const after = counter.counts();
  return { listed, queries: after.queries - before.queries, layout: after.layout - before.layout };
}

function expectLinear(
  adapter: SiteAdapter,
  url: string,
  selector: string,
  attr: string,
  newId: (old: string, i: number) => string,
  minListed: number,
) {
  page = loadFixture(url);
  const counter = countDomWork(page);
  grow(page, selector, attr, 60, newId);
  const small = onePass(adapter, page, counter);
  grow(page, selector, attr, 300, (old, i) => newId(old, i + 1000));
  const big = onePass(adapter, page, counter);
  console.info(
    `${adapter.site}: 60 → 300 events, DOM queries ${small.queries} → ${big.queries}, layout reads ${big.layout}`,
  );
  expect(big.listed).toBeGreaterThan(minListed);
  expect(big.layout).toBe(0);
  // 5× the events: linear work is ≤ 5× the queries (plus the fixed per-pass queries); quadratic is ~25×.
  expect(big.queries).toBeLessThanOrEqual(6 * small.queries);
}

it('a pass over a 300-chip Google Calendar week does linear DOM work and no layout reads', () => {
  expectLinear(
    googleCalendarAdapter,
    (START_URLS as Record<string, string>).google!,
    '[role="gridcell"] [data-eventchip][data-eventid]',
    'data-eventid',
    (old, i) =>
      btoa(`${atob(old.replace(/-/g, '+').replace(/_/g, '/')).replace(' ', `x${i} `)}`).replace(
        /=+$/,
        '',
      ),
    240,
  );
});

it('a pass over a 300-tile Outlook week does linear DOM work and no layout reads', () => {
  expectLinear(
    outlookAdapter,
    (START_URLS as Record<string, string>).outlook!,
    '[data-calitemid]',
    'data-calitemid',
    (old, i) => `${old.slice(0, -4)}${i}AAA=`,
    250,
  );
});
