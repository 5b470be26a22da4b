/** The shared driver on Chromium: Playwright, over the same launch as the Chromium-only specs. */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Frame, Locator, Page } from '@playwright/test';
import { expect, launchExtension } from '../harness';
import { keysSeen, listenToKeys, type Driver, type Surface, type Tab, type Where } from './types';

type Scope = Page | Frame;

function locate(scope: Scope, where: Where): Locator {
  const t = typeof where === 'string' ? { selector: where } : where;
  let locator = scope.locator(t.selector);
  if (t.hasText !== undefined) locator = locator.filter({ hasText: t.hasText });
  return locator.nth(t.nth ?? 0);
}

function surface(scope: Scope): Surface {
  return {
    click: (where) => locate(scope, where).click({ timeout: 10_000 }),
    type: async (where, text) => {
      const target = locate(scope, where);
      await target.click({ timeout: 10_000 });
      await target.pressSequentially(text, { delay: 5 });
    },
    press: (where, key) => locate(scope, where).press(key, { timeout: 10_000 }),
    text: async (where) => {
      const target = locate(scope, where);
      return (await target.count()) ? ((await target.textContent()) ?? '') : '';
    },
    value: async (where) => {
      const target = locate(scope, where);
      return (await target.count()) ? target.inputValue() : null;
    },
    count: async (where) => {
      const t = typeof where === 'string' ? { selector: where } : where;
      const all = scope.locator(t.selector);
      return t.hasText === undefined ? all.count() : all.filter({ hasText: t.hasText }).count();
    },
    upload: (where, file) => locate(scope, where).setInputFiles(file),
    evaluate: (fn, arg) => scope.evaluate(fn as never, arg) as never,
  };
}

function tab(page: Page): Tab {
  return {
    ...surface(page),
    goto: async (url) => void (await page.goto(url)),
    reload: async () => void (await page.reload()),
    keyboard: (key) => page.keyboard.press(key),
    bringToFront: () => page.bringToFront(),
    sidebar: async () => {
      const find = () => page.frames().find((f) => f.url().includes('/sidebar.html'));
      await expect.poll(() => find() !== undefined).toBe(true);
      return surface(find()!);
    },
    sidebarOpen: async () => {
      const frame = page.frames().find((f) => f.url().includes('/sidebar.html'));
      if (!frame) return false;
      const box = await (await frame.frameElement()).boundingBox();
      return !!box && box.x < (page.viewportSize()?.width ?? 0) - 20;
    },
    sidebarBox: async () => {
      const frame = page.frames().find((f) => f.url().includes('/sidebar.html'));
      return frame ? (await frame.frameElement()).boundingBox() : null;
    },
    setViewport: (width, height) => page.setViewportSize({ width, height }),
    screenshot: async (file) => {
      mkdirSync(path.dirname(file), { recursive: true });
      await page.screenshot({ path: file });
    },
    recordPageKeys: async () => {
      await page.addInitScript(listenToKeys);
      return () => page.evaluate(keysSeen);
    },
    close: () => page.close(),
  };
}

export async function launchChromium(
  options: { colorScheme?: 'light' | 'dark' } = {},
): Promise<Driver> {
  const harness = await launchExtension(options);
  const { context, serviceWorker, extensionId } = harness;
  const pageOf = new WeakMap<Tab, Page>();
  const wrap = (page: Page) => {
    const t = tab(page);
    pageOf.set(t, page);
    return t;
  };
  return {
    name: 'chromium',
    outbound: harness.outbound,
    consoleErrors: harness.consoleErrors,
    newTab: async () => wrap(await context.newPage()),
    openExtensionPage: async (file, options = {}) => {
      const url = `chrome-extension://${extensionId}/${file}`;
      if (!options.over) {
        const page = await context.newPage();
        await page.goto(url);
        return wrap(page);
      }
      const overUrl = pageOf.get(options.over)!.url();
      const opened = context.waitForEvent('page', (p) => p.url().startsWith(url));
      await serviceWorker.evaluate(
        async ({ overUrl, url }) => {
          const api = (globalThis as any).chrome;
          const tabs: { id: number; url?: string; windowId: number }[] = await api.tabs.query({});
          const over = tabs.filter((t) => t.url === overUrl).pop();
          await api.tabs.update(over!.id, { active: true });
          await api.tabs.create({ url, active: false, windowId: over!.windowId });
        },
        { overUrl, url },
      );
      const page = await opened;
      await page.waitForLoadState('load');
      return wrap(page);
    },
    extensionEval: (fn, arg) => serviceWorker.evaluate(fn as never, arg) as never,
    download: async (t, action) => {
      const page = pageOf.get(t)!;
      const download = page.waitForEvent('download');
      await action();
      const file = await (await download).path();
      const { readFileSync } = await import('node:fs');
      return readFileSync(file, 'utf8');
    },
    close: () => context.close(),
  };
}
