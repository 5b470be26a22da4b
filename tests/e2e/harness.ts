/**
 * The shared e2e fixture: a fresh Chromium profile with the BUILT extension loaded, the five
 * calendar hosts served from saved pages at their real URLs (scripts/browser.mjs), every other
 * request aborted and recorded, and console errors collected from every page.
 */
import {
  test as base,
  expect,
  type BrowserContext,
  type Frame,
  type Page,
  type Worker,
} from '@playwright/test';
// @ts-expect-error plain ESM module shared with the demo and the benchmark
import { launchBrowser } from '../../scripts/browser.mjs';

export interface Harness {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  /** Every http(s) request that was not a routed calendar page. Must stay empty. */
  outbound: string[];
  /** Requests to `allowOrigin` (the sync e2e's server), which pass. */
  allowed: string[];
  /** Console errors and uncaught exceptions from any page. */
  consoleErrors: string[];
}

export async function launchExtension(
  options: {
    userDataDir?: string;
    colorScheme?: 'light' | 'dark';
    timezoneId?: string;
    /** Another build than .output/chrome-mv3 (reminders.spec.ts grants optional permissions). */
    extensionDir?: string;
    allowOrigin?: string;
  } = {},
): Promise<Harness> {
  const launched = await launchBrowser(options);
  const consoleErrors: string[] = [];
  const watch = (page: Page) => {
    page.on('console', (msg) => {
      if (msg.type() === 'error') consoleErrors.push(`${page.url()}: ${msg.text()}`);
    });
    page.on('pageerror', (error) => consoleErrors.push(`${page.url()}: ${error.message}`));
  };
  launched.context.pages().forEach(watch);
  launched.context.on('page', watch);
  return { ...launched, consoleErrors };
}

export const test = base.extend<{ harness: Harness }>({
  // eslint-disable-next-line no-empty-pattern
  harness: async ({}, use) => {
    const harness = await launchExtension();
    await use(harness);
    await harness.context.close();
  },
});

export { expect };

/** The sidebar frame inside a calendar page (an extension-origin iframe our content script made). */
export async function sidebarFrame(page: Page): Promise<Frame> {
  const find = () =>
    page
      .frames()
      .find((f) => f.url().startsWith('chrome-extension://') && f.url().includes('/sidebar.html'));
  await expect.poll(() => find() !== undefined).toBe(true);
  return find()!;
}
