/**
 * The layout report must carry the page's structure and nothing a person wrote or is: every
 * fixture page (and every hostile variant) goes through it with an event open, and not one text,
 * title, name, email, description or id from the page may appear in the report.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import { buildLayoutReport, browserOf, pathShape } from '../../../lib/report/layout-report';
import { collectPageShape } from '../../../lib/report/skeleton';
import { googleSelectors } from '../../../lib/sites/google-calendar/selectors';
import { outlookSelectors } from '../../../lib/sites/outlook/selectors';
// @ts-expect-error plain ESM module without types
import { HOSTILE_PAGES } from '../../fixtures/hostile/pages.mjs';
import { loadFixture, type FixturePage } from '../sites/fixture-page';
// @ts-expect-error plain ESM module without types
import { START_URLS } from '../../fixtures/routes.mjs';

const URLS = START_URLS as Record<string, string>;
const HOSTILE = HOSTILE_PAGES as Record<string, () => string>;
const UA =
  'Mozilla/5.0 (X11; Linux x86_64; rv:153.0) Gecko/20100101 Firefox/153.0 maria.lopez@northwind';

let page: FixturePage | undefined;
let hostileWindow: Window | undefined;
afterEach(async () => {
  await page?.close();
  await hostileWindow?.happyDOM.close();
  page = hostileWindow = undefined;
});

function loadHostile(name: string): Document {
  hostileWindow = new Window({
    url: `https://calendar.google.com/calendar/u/0/r/week/hostile-${name}`,
    width: 1400,
    height: 900,
    settings: {
      enableJavaScriptEvaluation: true,
      suppressInsecureJavaScriptEnvironmentWarning: true,
    },
  });
  hostileWindow.document.write(HOSTILE[name]!());
  return hostileWindow.document as unknown as Document;
}

/** What the popup shows: the page's shape (read in the tab), filtered into the report. */
function reportOf(doc: Document, url: string, selectors: Record<string, readonly string[]>) {
  const meta = {
    path: new URL(url).pathname,
    site: 'google',
    status: 'not-recognised',
    version: '0.1.0',
    userAgent: UA,
  };
  return buildLayoutReport({ ...collectPageShape(selectors, doc), ...meta }, selectors);
}

/** Everything on the page a person could have written or be: texts and attribute values. */
function secretsOf(doc: Document): string[] {
  const secrets = new Set<string>();
  const walker = doc.createTreeWalker(doc.documentElement, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const parent = n.parentElement?.tagName;
    if (parent === 'SCRIPT' || parent === 'STYLE') continue;
    const text = (n.textContent ?? '').trim();
    if (text.length >= 4) secrets.add(text);
  }
  for (const el of Array.from(doc.querySelectorAll('*'))) {
    for (const name of el.getAttributeNames()) {
      // role values are the one value a report may name (from the fixed ARIA list).
      if (name === 'role') continue;
      const value = (el.getAttribute(name) ?? '').trim();
      if (value.length >= 4 && !/^(true|false|\d+)$/.test(value)) secrets.add(value);
      // …and the pieces of a value, e.g. one email of a list, one word of a long label.
      for (const piece of value.split(/[\s,;|]+/)) if (piece.length >= 6) secrets.add(piece);
    }
  }
  return [...secrets];
}

function expectNoLeak(doc: Document, url: string, selectors: Record<string, readonly string[]>) {
  const report = reportOf(doc, url, selectors);
  // Our own words may appear (selector names, the hooks they use, role and route words): a
  // page value equal to one of them says nothing about a person.
  const ours = [...Object.keys(selectors), ...Object.values(selectors).flat(), 'button week edit']
    .join(' ')
    .toLowerCase();
  const secrets = secretsOf(doc).filter(
    (s) => !(/^[\w-]+$/.test(s) && ours.includes(s.toLowerCase())),
  );
  // Not vacuous: the page does hold the people and events the report must not show.
  expect(secrets.length).toBeGreaterThan(20);
  const leaked = secrets.filter((s) => report.includes(s));
  expect(leaked).toEqual([]);
  for (const word of ['Maria', 'Lopez', '@', 'northwind', 'Tom Becker']) {
    expect(report).not.toContain(word);
  }
  return report;
}

describe('the layout report leaks nothing from the page', () => {
  it('Google Calendar with a 1:1 open in its dialog', async () => {
    page = loadFixture(URLS.google!);
    const chips = Array.from(page.document.querySelectorAll('[data-eventchip][data-eventid]'));
    page.click(chips.find((c) => c.textContent?.includes('1:1 Maria / Tom')) ?? null);
    await page.settle();
    expect(page.document.querySelector('#xDetDlg')?.textContent).toContain('Maria');
    const report = expectNoLeak(page.document, page.url().href, googleSelectors);
    expect(report).not.toContain('3u8nd2kq61hv0pl7rj9c4s5bmt');
    // …while telling a maintainer what they need: our hooks and which selectors hold.
    expect(report).toContain('[data-eventid]');
    expect(report).toContain('#xDetDlg');
    expect(report).toMatch(/ {2}chip: ok/);
    expect(report).toContain('Path: /calendar/u/*/r/week/*/*/*');
    expect(report).toContain('Tandem 0.1.0 · Firefox 153');
  });

  it.each(['googleDe', 'googleRedesign'])('Google: %s', async (name) => {
    page = loadFixture(URLS[name]!);
    page.click(page.document.querySelector('[data-eventchip], [role=button]'));
    await page.settle();
    expectNoLeak(page.document, page.url().href, googleSelectors);
  });

  it('Outlook with a peek card open', async () => {
    page = loadFixture(URLS.outlook!);
    page.click(page.document.querySelector('[data-calitemid] [role=button]'));
    await page.settle();
    expect(page.document.querySelector('[data-app-section="CalendarItemPeek"]')).not.toBeNull();
    expectNoLeak(page.document, page.url().href, outlookSelectors);
  });

  it.each(Object.keys(HOSTILE))('hostile page: %s', { timeout: 60_000 }, async (name) => {
    const doc = loadHostile(name);
    await hostileWindow!.happyDOM.waitUntilComplete();
    doc.querySelector<HTMLElement>('[data-eventid]')?.click();
    await hostileWindow!.happyDOM.waitUntilComplete();
    expectNoLeak(
      doc,
      `https://calendar.google.com/calendar/u/0/r/week/hostile-${name}`,
      googleSelectors,
    );
  });

  it('names no custom element, unknown role or unlisted attribute a page author chose', () => {
    const win = new Window({ url: 'https://calendar.google.com/calendar/u/0/r/eventedit/abc123' });
    const doc = win.document as unknown as Document;
    doc.body.innerHTML =
      '<maria-lopez role="maria" data-maria-lopez="1" aria-maria="x" id="maria" class="maria">' +
      '<div role="dialog" aria-label="1:1 Maria" data-eventid="abc123" id="xDetDlg"></div></maria-lopez>';
    const report = reportOf(doc, win.location.href, googleSelectors);
    expect(report).not.toMatch(/maria|abc123/i);
    expect(report).toContain('custom[role=?] +2 data-/aria-');
    expect(report).toContain('div#xDetDlg[role=dialog][aria-label][data-eventid]');
    expect(report).toContain('Path: /calendar/u/*/r/eventedit/*');
  });
});

describe('report pieces', () => {
  it('names the browser by engine and major version only', () => {
    expect(browserOf(UA)).toBe('Firefox 153');
    expect(browserOf('Mozilla/5.0 (X11; Linux x86_64) Chrome/156.0.8078.114 Safari/537.36')).toBe(
      'Chromium 156',
    );
    expect(browserOf('something else')).toBe('unknown browser');
  });

  it('keeps only the route words of a path', () => {
    expect(pathShape('/calendar/0/view/workweek')).toBe('/calendar/*/view/workweek');
    expect(pathShape('/calendar/item/AAMkAGI2%3D')).toBe('/calendar/item/*');
  });
});
