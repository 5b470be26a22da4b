/**
 * Detection end to end on the routed fixture pages, read from the extension side (the state the
 * background keeps per tab), never from the page.
 */
import type { Page } from '@playwright/test';
import type { browser } from 'wxt/browser';
import { test, expect, type Harness } from './harness';
import { openGoogleEvent, prepFor, sidebarOpen, URLS } from './helpers';

interface TabState {
  status: string;
  open: { title: string; eventKey: string; seriesKey?: string; start?: string } | null;
  detection: { isOneOnOne: boolean; counterpart?: { email?: string; name?: string } } | null;
}

/** The last state the background recorded for the (only) calendar tab. */
async function backgroundState(harness: Harness): Promise<TabState | undefined> {
  const all = (await harness.serviceWorker.evaluate(() =>
    (globalThis as unknown as { chrome: typeof browser }).chrome.storage.session.get(null),
  )) as Record<string, { state?: TabState }>;
  return Object.values(all).find((r) => r.state)?.state;
}

async function expectDetected(
  harness: Harness,
  title: string,
  isOneOnOne: boolean,
  email?: string,
) {
  await expect.poll(async () => (await backgroundState(harness))?.open?.title).toBe(title);
  await expect
    .poll(async () => (await backgroundState(harness))?.detection?.isOneOnOne)
    .toBe(isOneOnOne);
  if (email)
    await expect
      .poll(async () => (await backgroundState(harness))?.detection?.counterpart?.email)
      .toBe(email);
  return (await backgroundState(harness))!;
}

const clickView = (page: Page, label: string) =>
  page.locator(`[data-fixture-view][aria-label="${label}"]`).click();

test('Google: a 1:1 with the right counterpart and series; the reused dialog switches; non-1:1s are not', async ({
  harness,
}) => {
  const page = await harness.context.newPage();
  await page.goto(URLS.google);
  await openGoogleEvent(page, '1:1 Maria / Tom');
  const maria = await expectDetected(
    harness,
    '1:1 Maria / Tom',
    true,
    'maria.lopez@northwind.example',
  );
  expect(maria.open?.seriesKey).toBe('3u8nd2kq61hv0pl7rj9c4s5bmt maria.lopez@northwind.example');
  expect(maria.open?.eventKey).toMatch(/^3u8nd2kq61hv0pl7rj9c4s5bmt_20261123T090000Z /);
  expect(maria.open?.start).toBe('2026-11-23T09:00:00.000Z');

  // Without closing the dialog: Google reuses the same element for the next event.
  // (Keyboard: the open dialog covers that chip, as Google's does.)
  const dialog = await page.locator('#xDetDlg').elementHandle();
  await page.locator('[data-eventchip][data-eventid]', { hasText: 'Weekly sync' }).first().focus();
  await page.keyboard.press('Enter');
  expect(await page.evaluate((d) => d === document.querySelector('#xDetDlg'), dialog)).toBe(true);
  await expectDetected(harness, 'Weekly sync', true, 'sofia.nguyen@northwind.example');

  for (const title of [
    'Interview: Backend candidate',
    'Sprint planning',
    'Focus time',
    'Contoso <> Northwind: renewal call',
  ]) {
    await page.keyboard.press('Escape');
    await openGoogleEvent(page, title);
    await expectDetected(harness, title, false);
  }
  expect(await sidebarOpen(page)).toBe(false);
  expect(harness.outbound).toEqual([]);
});

test('Google: week → day → edit page navigation keeps working', async ({ harness }) => {
  const page = await harness.context.newPage();
  await page.goto(URLS.google);
  await clickView(page, 'Day');
  await expect(page).toHaveURL(/\/r\/day\//);
  await openGoogleEvent(page, '1:1 Maria / Tom');
  await expectDetected(harness, '1:1 Maria / Tom', true, 'maria.lopez@northwind.example');
  await page.getByRole('button', { name: 'Edit event' }).click();
  await expect(page).toHaveURL(/\/r\/eventedit\//);
  await expect
    .poll(async () => (await backgroundState(harness))?.open?.eventKey)
    .toMatch(/^3u8nd2kq61hv0pl7rj9c4s5bmt_/);
  expect((await backgroundState(harness))?.detection?.isOneOnOne).toBe(true);
  await page.goBack();
  await clickView(page, 'Week');
  await expect(page).toHaveURL(/\/r\/week\//);
  await openGoogleEvent(page, 'Raj <> Tom');
  await expectDetected(harness, 'Raj <> Tom', true, 'raj.patel@northwind.example');
});

// Google in German, Outlook's peek card and a redesigned page: shared/detection.spec.ts (both browsers).

test('"Not a 1:1" on a series stops the prep for it, and the rule is kept for its next opening', async ({
  harness,
}) => {
  const page = await harness.context.newPage();
  await page.goto(URLS.google);
  await openGoogleEvent(page, 'Weekly sync');
  const frame = await prepFor(page, 'Sofia Nguyen');
  await frame.getByRole('button', { name: 'Not a 1:1' }).click();
  await expect.poll(() => sidebarOpen(page)).toBe(false);
  await page.keyboard.press('Escape');
  await openGoogleEvent(page, 'Raj <> Tom');
  await prepFor(page, 'Raj Patel');
  await page.keyboard.press('Escape');
  await openGoogleEvent(page, 'Weekly sync');
  await expectDetected(harness, 'Weekly sync', false);
  await expect.poll(() => sidebarOpen(page)).toBe(false);
});
