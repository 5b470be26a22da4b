/**
 * `npm start`: Tandem on a demo calendar. Opens Chromium with the built extension on a saved
 * Google Calendar week and, in a second tab, an Outlook on the web week, served at their real
 * URLs with no account and no network. Headed when a display exists; otherwise (or with
 * `--headless`) it opens a 1:1 on each site and, with `--screenshot <dir>`, saves screenshots.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { launchBrowser } from './browser.mjs';
import { START_URLS } from '../tests/fixtures/routes.mjs';

const argv = process.argv.slice(2);
const screenshotDir = argv.includes('--screenshot')
  ? argv[argv.indexOf('--screenshot') + 1]
  : undefined;
const headless = argv.includes('--headless') || !process.env.DISPLAY;

let browser;
try {
  browser = await launchBrowser({ headless });
} catch (error) {
  console.error(String(error instanceof Error ? error.message : error));
  process.exit(1);
}
const { context } = browser;
const google = context.pages()[0] ?? (await context.newPage());
await google.goto(START_URLS.google);
const outlook = await context.newPage();
await outlook.goto(START_URLS.outlook);

if (headless) {
  await openFirstOneOnOne(google, '[data-eventchip][data-eventid]');
  await openFirstOneOnOne(outlook, '[data-calitemid] [role=button]');
  if (screenshotDir) {
    mkdirSync(screenshotDir, { recursive: true });
    for (const [name, page] of [
      ['google-calendar', google],
      ['outlook', outlook],
    ]) {
      const file = path.join(screenshotDir, `demo-${name}.png`);
      await page.screenshot({ path: file });
      console.log(`Saved ${file}`);
    }
  }
  await context.close();
} else {
  await google.bringToFront();
  console.log(
    'Tandem demo running. Click a 1:1 (e.g. "1:1 Maria / Tom"). Close the browser to stop.',
  );
  await new Promise((resolve) => context.on('close', resolve));
}

/** Clicks the first event whose text looks like a 1:1 and waits for the sidebar to slide in. */
async function openFirstOneOnOne(page, selector) {
  const target = page
    .locator(selector)
    .filter({ hasText: /1:1|<>/ })
    .first();
  await target.click();
  await page
    .waitForFunction(() => document.querySelector('tandem-prep') !== null, undefined, {
      timeout: 5000,
    })
    .catch(() => console.warn(`No sidebar appeared on ${page.url()}`));
  await page.waitForTimeout(800); // let the frame paint its data and slide in
}
