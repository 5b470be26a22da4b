/** The toolbar popup, on the built extension: quick notes reach the sidebar; layout warnings. */
import type { Page } from '@playwright/test';
import { expect, test, type Harness } from './harness';
import { openGoogleEvent, prepFor, URLS } from './helpers';
import { screenshotsAndAxe } from './axe';

/**
 * The real popup opens over the calendar tab; a popup opened as a tab would find itself active.
 * So the test tells `tabs.query` which tab is "active"; the background's answer stays real.
 */
async function openPopupOver(harness: Harness, urlPattern: string): Promise<Page> {
  const tab = await harness.serviceWorker.evaluate(async (pattern) => {
    const [found] = await (globalThis as any).chrome.tabs.query({ url: pattern });
    return found ? { id: found.id as number, url: found.url as string } : null;
  }, urlPattern);
  expect(tab).not.toBeNull();
  const popup = await harness.context.newPage();
  await popup.setViewportSize({ width: 360, height: 600 });
  await popup.addInitScript((active) => {
    const tabs = (globalThis as any).chrome.tabs;
    tabs.query = async () => [{ ...active, active: true }];
    // Remember what the popup opens (the tab itself is real).
    const create = tabs.create.bind(tabs);
    (globalThis as any).__created = [];
    tabs.create = (props: { url: string }) => {
      (globalThis as any).__created.push(props.url);
      return create(props);
    };
  }, tab);
  await popup.goto(`chrome-extension://${harness.extensionId}/popup.html`);
  return popup;
}

test('a quick note and an agenda item saved in the popup appear in the sidebar', async ({
  harness,
}) => {
  const calendar = await harness.context.newPage();
  await calendar.goto(URLS.google);
  await openGoogleEvent(calendar, '1:1 Maria / Tom');
  const frame = await prepFor(calendar, 'Maria Lopez');

  const popup = await openPopupOver(harness, 'https://calendar.google.com/*');
  // Opens on the person of the 1:1 Tandem has seen, with the quick note focused.
  await expect(popup.getByRole('combobox', { name: 'Person' })).toHaveValue('Maria Lopez');
  await expect(popup.getByRole('textbox', { name: 'Quick note' })).toBeFocused();
  await expect(popup.getByRole('region', { name: 'Next 1:1s' })).toBeVisible();
  await expect(popup.getByRole('region', { name: 'Cadence slipped' })).toBeVisible();
  await expect(popup.getByText('layout not recognised')).toHaveCount(0);
  await screenshotsAndAxe(popup, 'popup');

  // Two interactions: type, Ctrl+Enter.
  await popup.keyboard.type('Maria asked about the conference budget walrus');
  await popup.keyboard.press('Control+Enter');
  await expect(popup.getByRole('status').filter({ hasText: 'Saved' })).toContainText('Maria Lopez');
  await expect(popup.getByRole('textbox', { name: 'Quick note' })).toHaveValue('');

  await popup.getByRole('radio', { name: 'Agenda item for the next meeting' }).check();
  await popup.getByRole('textbox', { name: 'Quick note' }).fill('Plan the offsite narwhal');
  await popup.getByRole('button', { name: 'Save note' }).click();
  await expect(popup.getByRole('status').filter({ hasText: 'Saved as agenda item' })).toBeVisible();

  // Empty text is refused beside the field; nothing is saved.
  await popup.getByRole('button', { name: 'Save note' }).click();
  await expect(popup.getByRole('textbox', { name: 'Quick note' })).toHaveAttribute(
    'aria-invalid',
    'true',
  );
  await expect(popup.getByText('Write something first.')).toBeVisible();

  await calendar.bringToFront();
  await expect(frame.getByRole('region', { name: 'Past notes' })).toContainText(
    'conference budget walrus',
  );
  await expect(frame.getByRole('region', { name: 'Agenda' })).toContainText(
    'Plan the offsite narwhal',
  );
  expect(harness.outbound).toEqual([]);
  expect(harness.consoleErrors).toEqual([]);
});

test('a new name in the Person combobox creates that person', async ({ harness }) => {
  const popup = await harness.context.newPage();
  await popup.goto(`chrome-extension://${harness.extensionId}/popup.html`);
  const person = popup.getByRole('combobox', { name: 'Person' });
  await person.fill('Ada Quinn');
  await expect(popup.getByRole('option', { name: 'Create “Ada Quinn”' })).toBeVisible();
  await person.press('Enter');
  await expect(person).toHaveValue('Ada Quinn');
  await popup.getByRole('textbox', { name: 'Quick note' }).fill('Wants to pair on the parser');
  await popup.getByRole('textbox', { name: 'Quick note' }).press('Control+Enter');
  await expect(popup.getByRole('status').filter({ hasText: 'Saved' })).toContainText('Ada Quinn');

  // Type-ahead finds her again after a reload.
  await popup.reload();
  await person.fill('ada');
  await expect(popup.getByRole('option', { name: 'Ada Quinn' })).toBeVisible();
  await person.fill('Ada Quinn');
  await expect(popup.getByRole('option', { name: /Create/ })).toHaveCount(0);
  await person.press('Enter');
  await expect(person).toHaveValue('Ada Quinn');
  expect(harness.consoleErrors).toEqual([]);
});

/** A person, and a Google Calendar tab whose page has none of the layout Tandem knows. */
async function popupOverUnknownLayout(harness: Harness): Promise<Page> {
  await harness.context.route('https://calendar.google.com/calendar/u/0/r/day/**', (route) =>
    route.fulfill({
      status: 200,
      contentType: 'text/html; charset=utf-8',
      body: '<!doctype html><html lang="en"><title>Calendar</title><body><p>A brand-new layout</p></body></html>',
    }),
  );
  const seed = await harness.context.newPage();
  await seed.goto(`chrome-extension://${harness.extensionId}/popup.html`);
  await seed.getByRole('combobox', { name: 'Person' }).fill('Maria Lopez');
  await seed.getByRole('combobox', { name: 'Person' }).press('Enter');
  await expect(seed.getByRole('combobox', { name: 'Person' })).toHaveValue('Maria Lopez');
  await seed.close();

  const calendar = await harness.context.newPage();
  await calendar.goto('https://calendar.google.com/calendar/u/0/r/day/2026/11/23');
  return openPopupOver(harness, 'https://calendar.google.com/*');
}

test('a calendar page whose layout is not recognised is named, with a way to prep anyway', async ({
  harness,
}) => {
  const popup = await popupOverUnknownLayout(harness);
  await expect(popup.getByText('layout not recognised')).toBeVisible();
  await screenshotsAndAxe(popup, 'popup-layout-not-recognised');

  await popup.getByRole('button', { name: 'Prep for a person' }).click();
  // A new tab with the prep view for the chosen person, as an extension page.
  await expect
    .poll(() => popup.evaluate(() => (globalThis as any).__created as string[]))
    .toEqual([expect.stringMatching(/^chrome-extension:\/\/[^/]+\/prep\.html\?person=[\w-]+$/)]);
  expect(harness.outbound).toEqual([]);
});

// The prep tab is prep.html: sidebar.html is web-accessible only through its dynamic URL, and a
// top-level navigation to it fails with ERR_BLOCKED_BY_CLIENT (Chromium 156, 2026-11-26).
test('the prep tab opened from the popup shows that person', async ({ harness }) => {
  const popup = await popupOverUnknownLayout(harness);
  const opened = harness.context.waitForEvent('page');
  await popup.getByRole('button', { name: 'Prep for a person' }).click();
  const prep = await opened;
  await expect(prep.getByRole('textbox', { name: 'Person name' })).toHaveValue('Maria Lopez');
});
