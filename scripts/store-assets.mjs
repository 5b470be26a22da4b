/**
 * `npm run store-assets`: the images the Chrome Web Store and addons.mozilla.org listings use,
 * made from the demo, into docs/store/:
 * - 1280×800 screenshots of Tandem beside the Google Calendar and the Outlook on the web demo
 *   weeks, with a 1:1 open and the sidebar in, light and dark;
 * - the 440×280 promo tile (an HTML page of our own, with the mark from public/icon/tandem.svg).
 * It builds the extension first (skip with `--no-build`), then drives Debian's Chromium exactly
 * as the e2e suite does (scripts/browser.mjs): the saved calendar pages are served at their real
 * URLs by request interception, nothing reaches the network, and a request that tries fails the run.
 * The data in the shots is typed in here, through the sidebar, like a user would.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { launchBrowser } from './browser.mjs';
import { START_URLS } from '../tests/fixtures/routes.mjs';

const OUT = path.resolve('docs/store');
const SIZE = { width: 1280, height: 800 };
const argv = process.argv.slice(2);

if (!argv.includes('--no-build')) {
  execFileSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
}
mkdirSync(OUT, { recursive: true });

const written = [];
for (const scheme of ['light', 'dark']) {
  const { context, outbound } = await launchBrowser({ viewport: SIZE, colorScheme: scheme });
  try {
    const google = context.pages()[0] ?? (await context.newPage());
    await google.goto(START_URLS.google);
    await openEvent(google, '[data-eventchip][data-eventid]', '1:1 Maria / Tom');
    const gFrame = await sidebarFor(google, 'Maria Lopez');
    await add(gFrame, 'Add agenda item', 'Conference budget: what is still open');
    await add(gFrame, 'Add agenda item', 'Feedback on the launch retro');
    await add(gFrame, 'Add action item', 'Share the hiring plan draft');
    await shoot(google, gFrame, `google-calendar-${scheme}.png`);

    const outlook = await context.newPage();
    await outlook.goto(START_URLS.outlook);
    await openEvent(outlook, '[data-calitemid] [role=button]', 'Raj <> Tom');
    const oFrame = await sidebarFor(outlook, null);
    await add(oFrame, 'Add agenda item', 'Promotion case: next steps');
    await add(oFrame, 'Add action item', 'Pair on the on-call handbook');
    await shoot(outlook, oFrame, `outlook-${scheme}.png`);
    if (outbound.length > 0) throw new Error(`Requests left the machine: ${outbound.join(', ')}`);
  } finally {
    await context.close();
  }
}

await promoTile();
for (const file of written) console.log(`Saved ${path.relative(process.cwd(), file)}`);

/** Presses the first grid event whose text holds `title` and waits for the page to open it. */
async function openEvent(page, selector, title) {
  await page.locator(selector).filter({ hasText: title }).first().click();
}

/** The sidebar frame once it has painted the prep (for `person`, when given) and slid in. */
async function sidebarFor(page, person) {
  let frame;
  await poll(async () => {
    frame = page.frames().find((f) => f.url().includes('/sidebar.html'));
    if (!frame) return false;
    const name = await frame
      .locator('[aria-label="Person name"]')
      .inputValue({ timeout: 500 })
      .catch(() => '');
    if (!name || (person && name !== person)) return false;
    const box = await (await frame.frameElement()).boundingBox();
    return !!box && box.x + box.width <= SIZE.width + 1 && box.x < SIZE.width - 100;
  }, `the sidebar on ${page.url()}`);
  return frame;
}

async function add(frame, label, text) {
  const box = frame.getByRole('textbox', { name: label });
  await box.fill(text);
  await box.press('Enter');
  await poll(
    async () => (await frame.locator('body').innerText()).includes(text),
    `"${text}" in the sidebar`,
  );
}

async function shoot(page, frame, name) {
  // The prep from its top (typing scrolled it down), no input focused, transitions finished.
  await frame.evaluate(() => {
    document.activeElement?.blur?.();
    for (const el of [document.scrollingElement, ...document.querySelectorAll('*')]) {
      if (el && el.scrollTop > 0) el.scrollTop = 0;
    }
  });
  await page.mouse.move(5, SIZE.height - 5);
  await page.waitForTimeout(700);
  const file = path.join(OUT, name);
  await page.screenshot({ path: file });
  written.push(file);
}

async function poll(check, what, timeout = 10_000) {
  const until = Date.now() + timeout;
  while (Date.now() < until) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`Timed out waiting for ${what}`);
}

/** The 440×280 small promo tile: the mark, the name and the promise, in our own words. */
async function promoTile() {
  const mark = readFileSync(path.resolve('public/icon/tandem.svg'), 'utf8')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace('<svg ', '<svg width="112" height="112" ');
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><style>
    html, body { margin: 0; width: 440px; height: 280px; overflow: hidden; }
    body {
      display: flex; align-items: center; gap: 26px; padding: 0 34px; box-sizing: border-box;
      background: linear-gradient(135deg, #f3f7fd 0%, #dfeafb 100%);
      font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; color: #14304f;
    }
    svg { flex: none; filter: drop-shadow(0 6px 14px rgba(29, 95, 191, 0.28)); }
    h1 { margin: 0 0 10px; font-size: 40px; font-weight: 700; letter-spacing: -0.5px; }
    p { margin: 0; font-size: 17px; line-height: 1.35; }
    .lock { margin-top: 14px; font-size: 13px; color: #1d5fbf; font-weight: 600; }
  </style></head><body>${mark}<div>
    <h1>Tandem</h1>
    <p>Every 1:1 in your calendar, prepared.</p>
    <p class="lock">Your notes never leave your machine.</p>
  </div></body></html>`;
  const { context } = await launchBrowser({
    extension: false,
    viewport: { width: 440, height: 280 },
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.setContent(html);
    const file = path.join(OUT, 'promo-tile-440x280.png');
    await page.screenshot({ path: file });
    written.push(file);
  } finally {
    await context.close();
  }
}
