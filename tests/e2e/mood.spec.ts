/**
 * The meeting's mood on the built extension: a 1–5 choice under the notes that is stored (it is
 * still chosen after the calendar page reloads), the trend of the last meetings' moods in the
 * sidebar header once two meetings have one, and both gone from the DOM in screen-share mode.
 * Screenshots: test-results/screenshots/sidebar-mood-trend-<scheme>.png (copied to docs/screenshots/).
 */
import type { Frame, Page } from '@playwright/test';
import { expect, test, type Harness } from './harness';
import { axeViolations } from './axe';
import { openGoogleEvent, prepFor, URLS } from './helpers';

async function chooseMood(frame: Frame, mood: number): Promise<void> {
  const button = frame.getByRole('button', { name: `Mood ${mood} of 5` });
  await button.click();
  // The button follows the saved note: pressed once the write is back.
  await expect(button).toHaveAttribute('aria-pressed', 'true');
}

async function openJonas(page: Page, nth: number): Promise<Frame> {
  await openGoogleEvent(page, '1:1 Tom / Jonas', nth);
  return prepFor(page, 'Jonas Weber');
}

/** What a screen share could show of the sidebar: its text and every attribute (aria-labels). */
function domText(frame: Frame): Promise<string> {
  return frame.evaluate(() => {
    const parts = [document.documentElement.textContent ?? ''];
    for (const el of Array.from(document.querySelectorAll('*')))
      for (const attr of Array.from(el.attributes)) parts.push(attr.value);
    return parts.join('\n');
  });
}

/** The trend's text alternative, the choice's buttons and the moods themselves. */
const MOOD_TEXTS = ['Mood in', 'of 5', '2, 4'];

const hiddenInSession = (harness: Harness) =>
  harness.serviceWorker.evaluate(async () => {
    const stored = await (globalThis as any).chrome.storage.session.get('tandem:privateHidden');
    return stored['tandem:privateHidden'] === true;
  });

test('a mood chosen in the sidebar persists, the header shows the trend, and screen-share hides both', async ({
  harness,
}) => {
  test.setTimeout(120_000); // reloads and two meetings on a loaded 2-core machine
  const page = await harness.context.newPage();
  await page.goto(URLS.google);
  let frame = await openJonas(page, 0);
  await chooseMood(frame, 2);
  // One mood is no trend yet.
  await expect(frame.locator('.prep-header')).not.toContainText('Mood');

  await page.reload();
  frame = await openJonas(page, 0);
  await expect(frame.getByRole('button', { name: 'Mood 2 of 5' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  for (const other of [1, 3, 4, 5])
    await expect(frame.getByRole('button', { name: `Mood ${other} of 5` })).toHaveAttribute(
      'aria-pressed',
      'false',
    );

  // The next 1:1 with Jonas: its own mood, and the header draws both, oldest first.
  await page.keyboard.press('Escape');
  frame = await openJonas(page, 1);
  await expect(frame.getByRole('button', { name: 'Mood 2 of 5' })).toHaveAttribute(
    'aria-pressed',
    'false',
  );
  await chooseMood(frame, 4);
  const trendName = 'Mood in 2 recent meetings, oldest first: 2, 4';
  await expect(frame.getByRole('img', { name: trendName })).toBeVisible();
  await expect(frame.getByRole('img', { name: trendName }).locator('polyline')).toHaveAttribute(
    'points',
    /^[\d.]+,[\d.]+ [\d.]+,[\d.]+$/,
  );

  // The sidebar takes its scheme when it loads: each screenshot reloads the calendar in it.
  await page.setViewportSize({ width: 1400, height: 900 });
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.reload();
    frame = await openJonas(page, 1);
    await expect(frame.getByRole('img', { name: trendName })).toBeVisible();
    await page.screenshot({ path: `test-results/screenshots/sidebar-mood-trend-${scheme}.png` });
    expect(await axeViolations(frame)).toEqual([]);
  }
  const trend = frame.getByRole('img', { name: trendName });
  const shown = await domText(frame);
  for (const mood of MOOD_TEXTS) expect(shown).toContain(mood);

  // Screen-share safe: the shortcut's listener (see screen-share.spec.ts for why it is dispatched).
  await harness.serviceWorker.evaluate(() =>
    (globalThis as any).chrome.commands.onCommand.dispatch('toggle-private-text'),
  );
  await expect.poll(() => hiddenInSession(harness)).toBe(true);
  await expect(frame.getByRole('status', { name: 'Private text hidden' })).toBeVisible();
  await expect(frame.locator('.mood-trend, .mood-choice')).toHaveCount(0);
  // Neither the trend, the choice nor a suggestion's reason ("mood was low (2 of 5) …").
  const text = await domText(frame);
  for (const mood of MOOD_TEXTS) expect(text).not.toContain(mood);

  await frame.getByRole('button', { name: 'Show', exact: true }).click();
  await expect(trend).toBeVisible();
  expect(harness.outbound).toEqual([]);
  expect(harness.consoleErrors).toEqual([]);
});
