/**
 * Launches Debian's Chromium with the built extension and serves the saved calendar pages at
 * their real URLs. Shared by the demo (`npm start`), the e2e harness and the benchmark, so all
 * three run the real content scripts on the same pages with no account and no network.
 */
import { chromium } from 'playwright-core';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fixtureFor } from '../tests/fixtures/routes.mjs';

export const EXTENSION_DIR = path.resolve('.output/chrome-mv3');

export function chromiumPath() {
  const candidate = process.env.CHROME_PATH ?? '/usr/bin/chromium';
  if (!existsSync(candidate)) {
    throw new Error(
      `Chromium not found at ${candidate}.\n` +
        `Install Debian's Chromium with:  sudo apt-get install -y chromium\n` +
        `or point CHROME_PATH at an unbranded Chromium (branded Chrome ignores --load-extension).`,
    );
  }
  return candidate;
}

/**
 * A page to serve for a URL before the fixture routes are consulted (the benchmark's generated pages).
 * @typedef {(url: string) => { body: string | Buffer, contentType?: string, headers?: Record<string, string> } | null | undefined} ExtraRoute
 */

/**
 * @param {{ headless?: boolean, userDataDir?: string, extension?: boolean, viewport?: {width:number,height:number}, colorScheme?: 'light'|'dark', extensionDir?: string, extraRoute?: ExtraRoute, alsoLoad?: string[], allowOrigin?: string }} options
 *   `extensionDir`: load another build than `.output/chrome-mv3` (the benchmark builds its own copy);
 *   `extraRoute`: serve extra pages; what it answers for is neither a fixture page nor outbound;
 *   `alsoLoad`: directories of more unpacked extensions (without a service worker) to load;
 *   `allowOrigin`: one origin whose requests really go out (the sync e2e's loopback server);
 *   they are recorded in `allowed`, everything else http(s) is still aborted and recorded.
 */
export async function launchBrowser(options = {}) {
  const withExtension = options.extension !== false;
  const extensionDir = options.extensionDir ? path.resolve(options.extensionDir) : EXTENSION_DIR;
  if (withExtension && !existsSync(path.join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension at ${extensionDir}: run "npm run build" first.`);
  }
  const args = [
    '--no-sandbox',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ];
  if (withExtension) {
    // More unpacked extensions beside Tandem: the benchmark's floor extension (bench/floor-ext).
    const dirs = [extensionDir, ...(options.alsoLoad ?? []).map((d) => path.resolve(d))].join(',');
    args.push(`--disable-extensions-except=${dirs}`, `--load-extension=${dirs}`);
  }
  const context = await chromium.launchPersistentContext(options.userDataDir ?? '', {
    executablePath: chromiumPath(),
    headless: options.headless ?? true,
    viewport: options.viewport ?? { width: 1400, height: 900 },
    colorScheme: options.colorScheme ?? 'light',
    // The fixture calendars are in Europe/Berlin; a user's browser normally shares its calendar's zone.
    timezoneId: options.timezoneId ?? 'Europe/Berlin',
    locale: 'en-US',
    args,
  });
  /** Every http(s) request that was not a routed calendar page: it must stay empty. */
  const outbound = [];
  const extra = (url) => (options.extraRoute ? options.extraRoute(url) : null);
  /** Requests to `allowOrigin`, which pass. */
  const allowed = [];
  const isAllowed = (url) =>
    Boolean(options.allowOrigin) && url.startsWith(`${options.allowOrigin}/`);
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (isAllowed(url)) {
      allowed.push(url);
      return route.continue();
    }
    const page = extra(url);
    if (page) {
      return route.fulfill({
        status: 200,
        contentType: page.contentType ?? 'text/html; charset=utf-8',
        headers: page.headers ?? {
          'content-security-policy': "require-trusted-types-for 'script'",
        },
        body: page.body,
      });
    }
    const file = fixtureFor(url);
    if (file) {
      return route.fulfill({
        status: 200,
        contentType: 'text/html; charset=utf-8',
        // Google's pages enforce Trusted Types; ours do too, so main-world HTML sinks fail here.
        headers: { 'content-security-policy': "require-trusted-types-for 'script'" },
        body: readFileSync(file),
      });
    }
    if (/^https?:/.test(url)) {
      outbound.push(url);
      return route.abort();
    }
    return route.continue(); // chrome-extension://, data:, blob:
  });
  context.on('request', (request) => {
    const url = request.url();
    if (isAllowed(url)) return;
    if (/^https?:/.test(url) && !fixtureFor(url) && !extra(url) && !outbound.includes(url)) {
      outbound.push(url);
    }
  });
  let extensionId;
  let serviceWorker;
  if (withExtension) {
    serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    extensionId = new URL(serviceWorker.url()).host;
  }
  return { context, extensionId, serviceWorker, outbound, allowed };
}
