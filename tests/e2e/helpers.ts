/** Small helpers shared by the e2e specs: opening events on the fixture pages, reading the sidebar. */
import type { Frame, Page } from '@playwright/test';
import { expect, sidebarFrame, type Harness } from './harness';
// @ts-expect-error plain ESM module
import { START_URLS } from '../fixtures/routes.mjs';

export const URLS = START_URLS as {
  google: string;
  googleDe: string;
  googleRedesign: string;
  outlook: string;
};

/** Opens the nth grid chip whose text contains `title` on the Google fixture week. */
export async function openGoogleEvent(page: Page, title: string, nth = 0): Promise<void> {
  await page
    .locator('[data-eventchip][data-eventid]', { hasText: title })
    .nth(nth)
    .click({ timeout: 10_000 });
  await expect(page.locator('#xDetDlg')).toContainText(title);
}

/** Opens the nth Outlook tile whose label contains `title` (the peek card). */
export async function openOutlookEvent(page: Page, title: string, nth = 0): Promise<void> {
  await page.locator('[data-calitemid] [role=button]', { hasText: title }).nth(nth).click();
  await expect(page.locator('[data-app-section="CalendarItemPeek"]')).toContainText(title);
}

/** Whether the sidebar panel is slid in (its iframe lies inside the viewport). */
export async function sidebarOpen(page: Page): Promise<boolean> {
  const frame = page.frames().find((f) => f.url().includes('/sidebar.html'));
  if (!frame) return false;
  const box = await (await frame.frameElement()).boundingBox();
  const width = page.viewportSize()?.width ?? 0;
  return !!box && box.x < width - 20;
}

/** The sidebar frame once it shows the prep for `personName`. */
export async function prepFor(page: Page, personName: string): Promise<Frame> {
  const frame = await sidebarFrame(page);
  await expect(frame.getByRole('textbox', { name: 'Person name' })).toHaveValue(personName);
  await expect.poll(() => sidebarOpen(page)).toBe(true);
  return frame;
}

/**
 * Everything the calendar page's own scripts could reach: its DOM text, every attribute, and
 * open shadow roots, read from the page's main world.
 */
export async function pageVisibleText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const parts: string[] = [];
    const walk = (root: Document | ShadowRoot | Element) => {
      for (const el of Array.from(root.querySelectorAll('*'))) {
        for (const attr of Array.from(el.attributes)) parts.push(attr.value);
        if (el.shadowRoot) walk(el.shadowRoot);
        if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement)
          parts.push(el.value);
      }
    };
    parts.push(document.documentElement.textContent ?? '');
    walk(document);
    parts.push(
      document.title,
      location.href,
      JSON.stringify(Object.keys(localStorage)),
      document.cookie,
    );
    return parts.join('\n');
  });
}

/**
 * The id of the person called `name`, read from IndexedDB in the service worker: specs open that
 * person's prep page (prep.html?person=<id>) the way the options page links to it.
 */
export async function personId(harness: Harness, name: string): Promise<string> {
  return harness.serviceWorker.evaluate(async (displayName) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('tandem');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const people = await new Promise<{ id: string; displayName: string }[]>((resolve) => {
      const req = db.transaction('people').objectStore('people').getAll();
      req.onsuccess = () => resolve(req.result);
    });
    db.close();
    return people.find((p) => p.displayName === displayName)!.id;
  }, name);
}
