/** Helpers for the privacy, fault and concurrency specs (shared by my specs only). */
import type { CDPSession, Page } from '@playwright/test';
import { expect, type Harness } from './harness';
import { pageVisibleText } from './helpers';

/** Records every `message` event the page's main world receives (install before navigation). */
export async function recordPageMessages(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __pageMessages: string[] }).__pageMessages = seen;
    window.addEventListener(
      'message',
      (e) => {
        try {
          seen.push(`${e.origin} ${JSON.stringify(e.data)}`);
        } catch {
          seen.push(`${e.origin} ${String(e.data)}`);
        }
      },
      true,
    );
  });
}

/**
 * Everything the calendar page's own scripts can reach, from its main world: the DOM (text,
 * attributes, open shadow roots, input values), storage, cookies, window.name, history state,
 * resource timing entries (URLs of frames and requests), and every message it received.
 */
export async function pageReachable(page: Page): Promise<string> {
  const dom = await pageVisibleText(page);
  const rest = await page.evaluate(() => {
    const storage = (s: Storage) =>
      Array.from({ length: s.length }, (_, i) => `${s.key(i)}=${s.getItem(s.key(i)!)}`);
    return [
      ...storage(localStorage),
      ...storage(sessionStorage),
      document.cookie,
      window.name,
      JSON.stringify(history.state),
      document.referrer,
      ...performance.getEntries().map((e) => e.name),
      ...((window as unknown as { __pageMessages?: string[] }).__pageMessages ?? []),
      // What the page could find by asking for frames: only same-origin ones are readable.
      ...Array.from(window.frames).map((f) => {
        try {
          return f.document.documentElement.textContent ?? '';
        } catch {
          return '';
        }
      }),
    ].join('\n');
  });
  return `${dom}\n${rest}`;
}

/**
 * The extension's service worker, watched over CDP from an extension page: stop it (as Chrome
 * does when idle, or on a crash) and see it come back.
 */
export async function serviceWorkerControl(harness: Harness) {
  const ext = await harness.context.newPage();
  await ext.goto(`chrome-extension://${harness.extensionId}/options.html`);
  const cdp: CDPSession = await harness.context.newCDPSession(ext);
  const history: string[] = [];
  cdp.on('ServiceWorker.workerVersionUpdated', (e) => {
    for (const v of e.versions)
      if (v.scriptURL.endsWith('/background.js')) history.push(v.runningStatus);
  });
  await cdp.send('ServiceWorker.enable');
  await expect.poll(() => history.includes('running')).toBe(true);
  return {
    history,
    /** Terminates the worker now, wherever it is (mid-transaction included). */
    async kill(): Promise<number> {
      const from = history.length;
      await cdp.send('ServiceWorker.stopAllWorkers');
      await expect.poll(() => history.slice(from).includes('stopped')).toBe(true);
      return history.indexOf('stopped', from) + 1;
    },
    /** Resolves once the worker ran again after the kill that returned `mark`. */
    async restartedSince(mark: number): Promise<void> {
      await expect.poll(() => history.slice(mark).includes('running')).toBe(true);
    },
    page: ext,
  };
}

/** The popup as it opens over a tab (tabs.query answers with that tab; the background is real). */
export async function openPopupOver(harness: Harness, urlPattern: string): Promise<Page> {
  const tab = await harness.serviceWorker.evaluate(async (pattern) => {
    type Tab = { id?: number; url?: string };
    const chrome = (
      globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<Tab[]> } } }
    ).chrome;
    const [found] = await chrome.tabs.query({ url: pattern });
    return found ? { id: found.id as number, url: found.url as string } : null;
  }, urlPattern);
  expect(tab).not.toBeNull();
  const popup = await harness.context.newPage();
  await popup.addInitScript((active) => {
    const tabs = (globalThis as unknown as { chrome: { tabs: { query: unknown } } }).chrome.tabs;
    tabs.query = async () => [{ ...active, active: true }];
  }, tab);
  await popup.goto(`chrome-extension://${harness.extensionId}/popup.html`);
  return popup;
}

/** Counts of every store, read straight from IndexedDB in an extension page. */
export async function storeCounts(page: Page): Promise<Record<string, number>> {
  return page.evaluate(
    () =>
      new Promise<Record<string, number>>((resolve, reject) => {
        const open = indexedDB.open('tandem');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const names = Array.from(db.objectStoreNames);
          const tx = db.transaction(names, 'readonly');
          const out: Record<string, number> = {};
          for (const name of names) {
            const r = tx.objectStore(name).count();
            r.onsuccess = () => (out[name] = r.result);
          }
          tx.oncomplete = () => {
            db.close();
            resolve(out);
          };
        };
      }),
  );
}
