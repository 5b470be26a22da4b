/**
 * Upcoming occurrences of a prepared series, on the built extension: once the user has opened one
 * 1:1 of a series, the background records the series' other occurrences the calendar grid shows
 * (read ~3 s after load), so they are known meetings before anyone opens them. Checked through
 * the extension's own UI: the options page's Markdown export of the person's history.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test, type Harness } from './harness';
import { openGoogleEvent, prepFor } from './helpers';

const DAY = 86_400_000;
/** "1:1 Tom / Jonas" on the Google fixture: Mondays and Thursdays, every 2 weeks from 2026-11-09. */
const SERIES_FROM = Date.UTC(2026, 10, 9);

/**
 * A week of the series at least a week ahead of the real clock, so both occurrences lie in the
 * future whenever this runs (the background skips occurrences long over).
 */
function seriesWeekAhead(): { monday: string; thursday: string; path: string } {
  const fortnight = 14 * DAY;
  const weeks = Math.max(0, Math.ceil((Date.now() + 7 * DAY - SERIES_FROM) / fortnight));
  const monday = new Date(SERIES_FROM + weeks * fortnight);
  const thursday = new Date(monday.getTime() + 3 * DAY);
  const [y, m, d] = [monday.getUTCFullYear(), monday.getUTCMonth() + 1, monday.getUTCDate()];
  return {
    monday: monday.toISOString().slice(0, 10),
    thursday: thursday.toISOString().slice(0, 10),
    path: `/calendar/u/0/r/week/${y}/${m}/${d}`,
  };
}

async function markdownOf(options: Page, person: string): Promise<string> {
  const data = options.getByRole('region', { name: 'Data' });
  await data.getByRole('combobox', { name: 'Person for Markdown' }).selectOption({ label: person });
  const download = options.waitForEvent('download');
  await data.getByRole('button', { name: 'Export Markdown' }).click();
  return readFileSync((await (await download).path())!, 'utf8');
}

async function openOptions(harness: Harness): Promise<Page> {
  const page = await harness.context.newPage();
  await page.goto(`chrome-extension://${harness.extensionId}/options.html`);
  await expect(page.getByRole('region', { name: 'Data' })).toBeVisible();
  return page;
}

test("opening one 1:1 of a series makes the grid's other occurrence a known meeting", async ({
  harness,
}) => {
  const week = seriesWeekAhead();
  const calendar = await harness.context.newPage();
  await calendar.goto(`https://calendar.google.com${week.path}`);
  // The grid shows both occurrences of the week.
  await expect(
    calendar.locator('[data-eventchip][data-eventid]', { hasText: '1:1 Tom / Jonas' }),
  ).toHaveCount(2);
  await openGoogleEvent(calendar, '1:1 Tom / Jonas');
  await prepFor(calendar, 'Jonas Weber');

  const options = await openOptions(harness);
  const heading = (day: string) => `## ${day} — 1:1 Tom / Jonas`;
  // The grid list reaches the background a few seconds after load; the Thursday follows then.
  await expect(async () => {
    const markdown = await markdownOf(options, 'Jonas Weber');
    expect(markdown).toContain(heading(week.monday));
    expect(markdown).toContain(heading(week.thursday));
  }).toPass({ timeout: 20_000, intervals: [500, 1000] });

  // Only the series the user prepared: nobody else became a person or got meetings.
  await expect(options.getByRole('region', { name: 'People' })).toContainText('Jonas Weber');
  const people = await options
    .getByRole('region', { name: 'Data' })
    .getByRole('combobox', { name: 'Person for Markdown' })
    .locator('option')
    .allTextContents();
  // The first detection, before the guest list renders, knows the counterpart only as "Jonas"
  // (from the title); when the email arrives that person becomes Jonas Weber: one person, not two.
  expect(people.filter((p) => p !== 'Choose a person…')).toEqual(['Jonas Weber']);
  // Exactly the two occurrences of that week, each once (the history lists newest first).
  const markdown = await markdownOf(options, 'Jonas Weber');
  expect(markdown.match(/^## .* — 1:1 Tom \/ Jonas$/gm)).toEqual([
    heading(week.thursday),
    heading(week.monday),
  ]);
  expect(harness.outbound).toEqual([]);
  expect(harness.consoleErrors).toEqual([]);
});
