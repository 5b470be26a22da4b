/**
 * Tandem in German, in an English browser: beside a German Google Calendar the sidebar speaks
 * German and shows the meeting in the calendar's own zone (the browser here is in New York);
 * "Deutsch" in Settings turns the options page and the popup German too.
 */
import type { Frame, Page } from '@playwright/test';
import { expect, launchExtension, sidebarFrame, test as base, type Harness } from './harness';
import { screenshotsAndAxe } from './axe';
import { openGoogleEvent, sidebarOpen, URLS } from './helpers';

const test = base.extend<{ harness: Harness }>({
  // eslint-disable-next-line no-empty-pattern
  harness: async ({}, use) => {
    // The browser's zone differs from the calendar's (Europe/Berlin): times must follow the calendar.
    const harness = await launchExtension({ timezoneId: 'America/New_York' });
    await use(harness);
    await harness.context.close();
  },
});

async function germanPrep(page: Page, name: string): Promise<Frame> {
  const frame = await sidebarFrame(page);
  await expect(frame.getByRole('textbox', { name: 'Name der Person' })).toHaveValue(name);
  await expect.poll(() => sidebarOpen(page)).toBe(true);
  return frame;
}

test('beside a German calendar the sidebar speaks German, with times in the calendar’s zone', async ({
  harness,
}) => {
  const page = await harness.context.newPage();
  await page.goto(URLS.googleDe);
  await openGoogleEvent(page, 'Einzelgespräch Anna / Tom');
  const frame = await germanPrep(page, 'Anna Schmidt');
  await expect(frame.locator('html')).toHaveAttribute('lang', 'de');
  await expect(frame.getByRole('region', { name: 'Agenda' })).toContainText(
    'Noch nichts auf der Agenda',
  );
  await expect(frame.getByRole('region', { name: 'Vorgeschlagene Fragen' })).toBeVisible();
  await expect(frame.getByRole('region', { name: 'Frühere Notizen' })).toBeVisible();
  await expect(frame.getByRole('button', { name: 'Vorbereitung schließen' })).toBeVisible();
  // Monday 23 Nov 2026, 10:00 in Berlin (04:00 in the browser's New York).
  await expect(frame.locator('.prep-header')).toContainText('Mo., 23. Nov. 2026, 10:00');
  await frame.getByRole('textbox', { name: 'Agendapunkt hinzufügen' }).fill('Urlaubsplanung');
  await frame.getByRole('textbox', { name: 'Agendapunkt hinzufügen' }).press('Enter');
  await expect(frame.getByRole('button', { name: /^meins: „Urlaubsplanung“/ })).toBeVisible();
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.screenshot({ path: `test-results/screenshots/de-sidebar-google-${scheme}.png` });
  }
  expect(harness.outbound).toEqual([]);
  expect(harness.consoleErrors).toEqual([]);
});

test('"Deutsch" in Settings makes the options page and the popup German', async ({ harness }) => {
  const options = await harness.context.newPage();
  await options.goto(`chrome-extension://${harness.extensionId}/options.html`);
  const settings = options.getByRole('region', { name: 'Settings' });
  await settings.getByRole('combobox', { name: 'Language' }).selectOption('de');
  await settings.getByRole('button', { name: 'Save settings' }).click();
  // The page reloads in the new language.
  await expect(options.getByRole('heading', { name: 'Tandem-Einstellungen' })).toBeVisible();
  await expect(options.locator('html')).toHaveAttribute('lang', 'de');
  await expect(options.getByRole('region', { name: 'Fragenbibliothek' })).toBeVisible();
  await expect(options.getByRole('combobox', { name: 'Sprache' })).toHaveValue('de');
  await screenshotsAndAxe(options, 'de-options');

  const popup = await harness.context.newPage();
  await popup.goto(`chrome-extension://${harness.extensionId}/popup.html`);
  await expect(popup.getByRole('form', { name: 'Schnelle Notiz' })).toBeVisible();
  await expect(popup.getByRole('button', { name: 'Notiz speichern' })).toBeVisible();
  await expect(popup.getByRole('region', { name: 'Nächste 1:1s' })).toBeVisible();
  await popup.setViewportSize({ width: 380, height: 560 });
  await screenshotsAndAxe(popup, 'de-popup');
  expect(harness.consoleErrors).toEqual([]);
});
