/**
 * The shared driver on Firefox ESR: puppeteer-core over WebDriver BiDi with the built
 * `.output/firefox-mv3` installed as a temporary add-on. What BiDi cannot do, and how we go round
 * it (checked on Firefox ESR 153):
 * - `page.goto('moz-extension://…')` is refused. The first extension tab is opened the way a
 *   user could: a link clicked inside the extension's own sidebar frame (warmed by pressing an
 *   event, which shows no prep and writes nothing). Further extension tabs come from
 *   `tabs.create` in that first one.
 * - `request.resourceType()` throws: requests are told apart by URL.
 * - No time zone emulation: Firefox gets `TZ` from its environment.
 * - A frame's or extension tab's `url()` may read `about:blank`: we ask `location.href` instead.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser, type ElementHandle, type Frame, type Page } from 'puppeteer-core';
import { keysSeen, listenToKeys, type Driver, type Surface, type Tab, type Where } from './types';
// @ts-expect-error plain ESM module
import { fixtureFor, START_URLS } from '../../fixtures/routes.mjs';

const EXTENSION_DIR = path.resolve('.output/firefox-mv3');
const WAIT_MS = 10_000;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until<T>(probe: () => Promise<T | undefined | null | false>, what: string) {
  const end = Date.now() + WAIT_MS;
  for (;;) {
    const found = await probe().catch(() => undefined);
    if (found) return found;
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what}`);
    await sleep(100);
  }
}

function targetOf(where: Where) {
  return typeof where === 'string' ? { selector: where } : where;
}

async function findAll(scope: Page | Frame, where: Where): Promise<ElementHandle<Element>[]> {
  const t = targetOf(where);
  if (t.hasText === undefined) return scope.$$(t.selector);
  // One round trip: filtering handle by handle costs a BiDi message per element.
  const list = await scope.evaluateHandle(
    ({ selector, hasText }) =>
      Array.from(document.querySelectorAll(selector)).filter((e) =>
        (e.textContent ?? '').includes(hasText),
      ),
    { selector: t.selector, hasText: t.hasText },
  );
  const props = await list.getProperties();
  const found = [...props.values()].map((h) => h.asElement()).filter((e) => e !== null);
  return found as ElementHandle<Element>[];
}

async function findOne(scope: Page | Frame, where: Where) {
  const t = targetOf(where);
  return until(
    async () => (await findAll(scope, where))[t.nth ?? 0],
    `${t.selector}${t.hasText ? ` with "${t.hasText}"` : ''}`,
  );
}

/** "Control+Enter" → hold Control, press Enter. */
async function pressCombo(page: Page, combo: string) {
  const keys = combo.split('+') as Parameters<Page['keyboard']['press']>[0][];
  const key = keys.pop()!;
  for (const k of keys) await page.keyboard.down(k);
  await page.keyboard.press(key);
  for (const k of keys.reverse()) await page.keyboard.up(k);
}

function surface(scope: Page | Frame, page: Page): Surface {
  return {
    click: async (where) => void (await (await findOne(scope, where)).click()),
    type: async (where, text) => {
      const el = await findOne(scope, where);
      await el.click();
      await el.type(text, { delay: 5 });
    },
    press: async (where, key) => {
      await (await findOne(scope, where)).focus();
      await pressCombo(page, key);
    },
    text: async (where) => {
      const el = (await findAll(scope, where))[targetOf(where).nth ?? 0];
      return el ? await el.evaluate((e) => e.textContent ?? '') : '';
    },
    value: async (where) => {
      const el = (await findAll(scope, where))[targetOf(where).nth ?? 0];
      return el ? await el.evaluate((e) => (e as HTMLInputElement).value) : null;
    },
    count: async (where) => (await findAll(scope, where)).length,
    upload: async (where, file) => {
      const el = (await findOne(scope, where)) as ElementHandle<HTMLInputElement>;
      await el.uploadFile(file);
    },
    evaluate: (fn, arg) => scope.evaluate(fn as never, arg) as never,
  };
}

const hrefOf = (frame: Frame) => frame.evaluate(() => location.href).catch(() => '');

export interface FirefoxSession {
  browser: Browser;
  downloads: string;
}

/**
 * A Firefox without the extension (≈ 20 s to start on a busy 2-core machine, so one per test
 * worker): each test installs the extension afresh with `startFirefoxDriver` and uninstalls it at
 * the end, which also clears everything it stored.
 */
export async function launchFirefoxSession(
  options: { colorScheme?: 'light' | 'dark' } = {},
): Promise<FirefoxSession> {
  const downloads = mkdtempSync(path.join(tmpdir(), 'tandem-ff-downloads-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    headless: true,
    defaultViewport: { width: 1400, height: 900 },
    // The fixture calendars are in Europe/Berlin (Chromium gets the same through timezoneId).
    env: { ...process.env, TZ: 'Europe/Berlin' },
    extraPrefsFirefox: {
      'intl.locale.requested': 'en-US',
      'intl.accept_languages': 'en-US, en',
      // 0 = dark, 1 = light: the colour scheme pages (and our extension pages) see.
      'layout.css.prefers-color-scheme.content-override': options.colorScheme === 'dark' ? 0 : 1,
      // The control tab is opened by a link click the test makes, not the user's: let it open.
      'dom.disable_open_during_load': false,
      'browser.download.folderList': 2,
      'browser.download.dir': downloads,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.download.start_downloads_in_tmp_dir': false,
    },
  });
  return { browser, downloads };
}

/**
 * Installs the built extension into `session` and drives it; `close()` uninstalls it.
 * `extensionDir`: another build than `.output/firefox-mv3` (the sync spec's loopback-granted copy).
 */
export async function startFirefoxDriver(
  session: FirefoxSession,
  options: { extensionDir?: string } = {},
): Promise<Driver> {
  const { browser, downloads } = session;
  const addonId = await browser.installExtension(options.extensionDir ?? EXTENSION_DIR);
  const outbound: string[] = [];
  const consoleErrors: string[] = [];
  const watch = (page: Page) => {
    page.on('console', (msg) => {
      if (msg.type() === 'error') consoleErrors.push(`${page.url()}: ${msg.text()}`);
    });
    page.on('pageerror', (error) => consoleErrors.push(`${page.url()}: ${String(error)}`));
  };
  const record = (url: string) => {
    if (/^https?:/.test(url) && !fixtureFor(url) && !outbound.includes(url)) outbound.push(url);
  };

  const calendarTab = async (page: Page): Promise<Tab> => {
    watch(page);
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      const url = request.url();
      const file = fixtureFor(url);
      if (file) {
        void request.respond({
          status: 200,
          contentType: 'text/html; charset=utf-8',
          headers: { 'content-security-policy': "require-trusted-types-for 'script'" },
          body: readFileSync(file, 'utf8'),
        });
      } else if (
        new URL(url).pathname === '/favicon.ico' &&
        fixtureFor(new URL('/calendar', url))
      ) {
        // Firefox itself asks a page's host for its icon (Chromium headless does not): that is
        // the browser's request, not Tandem's, and it is answered without counting it.
        void request.respond({ status: 404, body: '' });
      } else if (/^https?:/.test(url)) {
        record(url);
        void request.abort();
      } else {
        void request.continue();
      }
    });
    return wrap(page);
  };

  const wrap = (page: Page): Tab => ({
    ...surface(page, page),
    goto: async (url) => void (await page.goto(url)),
    reload: async () => void (await page.reload()),
    keyboard: (key) => pressCombo(page, key),
    bringToFront: () => page.bringToFront(),
    sidebar: async () => surface(await sidebarFrame(page), page),
    sidebarOpen: async () => {
      const frame = await findSidebar(page);
      if (!frame) return false;
      // From inside the frame: is any of it within the top-level viewport? (The panel slides
      // out with a transform; the host element sits in a closed shadow root we cannot query.)
      return frame.evaluate(
        () =>
          new Promise<boolean>((resolve) => {
            const observer = new IntersectionObserver(([entry]) => {
              observer.disconnect();
              // Horizontal only: a long prep scrolls inside the frame, so the document can be
              // taller than the viewport while the panel is fully slid in.
              resolve((entry?.intersectionRect.width ?? 0) > 0.5 * innerWidth);
            });
            observer.observe(document.documentElement);
          }),
      );
    },
    sidebarBox: async () => {
      const frame = await findSidebar(page);
      if (!frame) return null;
      // The frame element sits in a closed shadow root: its box is read from both sides instead.
      // The panel is fixed to the window's right edge (lib/content/sidebar-frame.ts), so its left
      // edge is the viewport's width (the root's clientWidth) less the frame's own width.
      const viewport = await page.evaluate(() => document.documentElement.clientWidth);
      const size = await frame.evaluate(() => ({ width: innerWidth, height: innerHeight }));
      return { x: viewport - size.width, y: 0, ...size };
    },
    setViewport: (width, height) => page.setViewport({ width, height }),
    screenshot: async (file) => {
      mkdirSync(path.dirname(file), { recursive: true });
      await page.screenshot({ path: file as `${string}.png` });
    },
    recordPageKeys: async () => {
      await page.evaluateOnNewDocument(listenToKeys);
      return () => page.evaluate(keysSeen);
    },
    close: () => page.close(),
  });

  const findSidebar = async (page: Page) => {
    for (const frame of page.frames()) {
      if (frame === page.mainFrame()) continue;
      if ((frame.url() || (await hrefOf(frame))).includes('/sidebar.html')) return frame;
      if ((await hrefOf(frame)).includes('/sidebar.html')) return frame;
    }
    return undefined;
  };
  const sidebarFrame = (page: Page) => until(() => findSidebar(page), 'the sidebar frame');

  /** Waits for a tab that is not one of `known` and whose document is `url`. */
  const newExtensionPage = (known: Page[], url: string) =>
    until(async () => {
      for (const page of await browser.pages()) {
        if (known.includes(page)) continue;
        if ((await hrefOf(page.mainFrame())).startsWith(url)) return page;
      }
      return undefined;
    }, url);

  // The extension's origin (a new random UUID per install; the `extensions.webextensions.uuids`
  // pref could fix it, but uninstalling drops the entry), learnt from its own frame below.
  let base = '';
  // The control tab: an extension page whose `browser` API the test may use.
  const control = await (async () => {
    const calendarPage = await browser.newPage();
    const calendar = await calendarTab(calendarPage);
    await calendar.goto(START_URLS.google);
    await calendar.click({ selector: '[data-eventchip][data-eventid]', hasText: 'Focus time' });
    const frame = await sidebarFrame(calendarPage);
    await until(() => frame.evaluate(() => document.readyState === 'complete'), 'the frame');
    base = new URL('/', await hrefOf(frame)).href;
    const known = await browser.pages();
    await frame.evaluate(() => {
      const link = document.createElement('a');
      link.href = '/options.html';
      link.target = '_blank';
      document.body.append(link);
      link.click();
      link.remove();
    });
    const page = await newExtensionPage(known, `${base}options.html`);
    await calendar.close();
    return page;
  })();
  watch(control);

  const driver: Driver = {
    name: 'firefox',
    outbound,
    consoleErrors,
    newTab: async () => calendarTab(await browser.newPage()),
    openExtensionPage: async (file, opts = {}) => {
      const url = `${base}${file}`;
      let overUrl: string | undefined;
      if (opts.over) overUrl = await opts.over.evaluate(() => location.href);
      // Puppeteer opens the tab itself and the extension navigates it (BiDi refuses to navigate to
      // moz-extension URLs): a tab Firefox opened from an extension's tabs.create was at times never
      // reported to puppeteer-core, so the test waited for a page it could not see.
      const tabIds = () =>
        control.evaluate(async () =>
          ((await (globalThis as any).browser.tabs.query({})) as { id: number }[]).map((t) => t.id),
        );
      const before = new Set(await tabIds());
      const page = await browser.newPage();
      const tabId = await until(
        async () => (await tabIds()).find((id) => !before.has(id)),
        'the new tab',
      );
      await control.evaluate(
        async ({ url, overUrl, tabId }) => {
          const api = (globalThis as any).browser;
          if (overUrl) {
            // The popup asks which tab it was opened over on its first render: the calendar's.
            const tabs: { id: number; url?: string }[] = await api.tabs.query({});
            const over = tabs.filter((t) => t.url === overUrl).pop()!;
            await api.tabs.update(over.id, { active: true });
          }
          await api.tabs.update(tabId, { url });
        },
        { url, overUrl, tabId },
      );
      await until(async () => (await hrefOf(page.mainFrame())).startsWith(url), url);
      watch(page);
      page.on('request', (request) => record(request.url()));
      await until(() => page.evaluate(() => document.readyState === 'complete'), 'load');
      return wrap(page);
    },
    extensionEval: (fn, arg) => control.evaluate(fn as never, arg) as never,
    download: async (_tab, action) => {
      const before = new Set(readdirSync(downloads));
      await action();
      const name = await until(
        async () => readdirSync(downloads).find((f) => !before.has(f) && !f.endsWith('.part')),
        'a downloaded file',
      );
      // The file appears when the download starts; wait for it to stop growing.
      let text = '';
      await until(async () => {
        const now = readFileSync(path.join(downloads, name), 'utf8');
        const settled = now.length > 0 && now === text;
        text = now;
        return settled;
      }, 'the download to finish');
      return text;
    },
    close: async () => {
      await browser.uninstallExtension(addonId);
      // Leave one blank tab, as a fresh start has.
      const pages = await browser.pages();
      const keep = await browser.newPage();
      for (const page of pages) await page.close().catch(() => undefined);
      void keep;
    },
  };
  return driver;
}
