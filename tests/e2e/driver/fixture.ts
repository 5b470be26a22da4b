/**
 * The `driver` fixture of the shared specs: the project name (playwright.config.ts) picks the
 * browser, so `tests/e2e/shared/*.spec.ts` run unchanged on Chromium and on Firefox. Chromium gets
 * a fresh profile per test; Firefox one browser per worker with the extension installed afresh
 * per test (uninstalling clears its storage), as Firefox takes ~20 s to start here.
 */
import { test as base, expect } from '@playwright/test';
import type { BrowserName, Driver } from './types';
import { launchChromium } from './chromium';
import { launchFirefoxSession, startFirefoxDriver, type FirefoxSession } from './firefox';

export const test = base.extend<
  { driver: Driver; engine: BrowserName },
  { firefox: FirefoxSession | null }
>({
  firefox: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use, workerInfo) => {
      if (workerInfo.project.name !== 'firefox') return use(null);
      const session = await launchFirefoxSession();
      await use(session);
      await session.browser.close();
    },
    { scope: 'worker', timeout: 120_000 },
  ],
  // eslint-disable-next-line no-empty-pattern
  engine: async ({}, use, testInfo) => {
    await use(testInfo.project.name === 'firefox' ? 'firefox' : 'chromium');
  },
  driver: async ({ firefox }, use) => {
    const driver = firefox ? await startFirefoxDriver(firefox) : await launchChromium();
    await use(driver);
    await driver.close();
  },
});

export { expect };
export type { Driver, Surface, Tab } from './types';
