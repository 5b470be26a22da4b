/**
 * Growth and feedback on the built extension: feedback saved from the popup in two interactions
 * ("Save as: feedback", then Ctrl+Enter) shows in the person's feedback log on the prep page and
 * in the review export; goals join both; private notes only when ticked in.
 */
import { readFile } from 'node:fs/promises';
import { expect, test } from './harness';
import { openGoogleEvent, personId, prepFor, URLS } from './helpers';
import { openPopupOver } from './reliability-helpers';
import { screenshotsAndAxe } from './axe';

const FEEDBACK = 'Ran the incident review calmly and kindly';
const NOTE = 'private kestrel remark';

test('feedback saved from the popup shows on the person page and in the review export', async ({
  harness,
}) => {
  test.setTimeout(120_000);
  const calendar = await harness.context.newPage();
  await calendar.goto(URLS.google);
  await openGoogleEvent(calendar, '1:1 Maria / Tom');
  const frame = await prepFor(calendar, 'Maria Lopez');
  await frame.getByRole('textbox', { name: 'Meeting notes' }).fill(NOTE);
  await expect(frame.getByText('Saved on this computer')).toBeVisible();

  const popup = await openPopupOver(harness, 'https://calendar.google.com/*');
  const quick = popup.getByRole('textbox', { name: 'Quick note' });
  await expect(quick).toBeFocused();
  await popup.keyboard.type(FEEDBACK);
  await popup.getByRole('radio', { name: 'Feedback' }).check(); // interaction one
  await quick.press('Control+Enter'); // interaction two
  await expect(popup.getByRole('status').filter({ hasText: 'feedback log' })).toBeVisible();
  await screenshotsAndAxe(popup, 'popup-feedback');

  const prep = await harness.context.newPage();
  await prep.goto(
    `chrome-extension://${harness.extensionId}/prep.html?person=${await personId(harness, 'Maria Lopez')}`,
  );
  const growth = prep.getByRole('region', { name: 'Growth and feedback' });
  const log = growth.getByRole('group', { name: 'Feedback log' });
  await expect(log).toContainText(FEEDBACK);
  await expect(log).toContainText('praise');
  await growth.getByRole('textbox', { name: 'Add goal' }).fill('Lead the Q1 migration');
  await growth.getByRole('textbox', { name: 'Add goal' }).press('Enter');
  await expect(growth.getByRole('group', { name: 'Goals' })).toContainText('Lead the Q1 migration');
  await log.getByRole('combobox', { name: 'Kind' }).selectOption('concern');
  await log.getByRole('textbox', { name: 'Add feedback' }).fill('Skipped the design review');
  await log.getByRole('textbox', { name: 'Add feedback' }).press('Enter');
  await expect(log.getByRole('listitem').filter({ hasText: 'Skipped' })).toContainText('concern');
  await screenshotsAndAxe(prep, 'prep-growth');

  const review = growth.getByRole('group', { name: 'Export for review' });
  let download = prep.waitForEvent('download');
  await review.getByRole('button', { name: 'Export for review' }).click();
  let markdown = await readFile(await (await download).path(), 'utf8');
  expect(markdown).toContain('# Review: Maria Lopez');
  expect(markdown).toContain(FEEDBACK);
  expect(markdown).toContain('Skipped the design review');
  expect(markdown).toContain('Lead the Q1 migration');
  expect(markdown).not.toContain(NOTE);

  await review.getByRole('checkbox', { name: 'Include my private notes of the period' }).check();
  download = prep.waitForEvent('download');
  await review.getByRole('button', { name: 'Export for review' }).click();
  markdown = await readFile(await (await download).path(), 'utf8');
  expect(markdown).toContain(NOTE);

  // Screen-share safe mode hides the log and the goals too.
  await harness.serviceWorker.evaluate(() =>
    (globalThis as any).chrome.commands.onCommand.dispatch('toggle-private-text'),
  );
  await expect(prep.getByRole('region', { name: 'Growth and feedback' })).toContainText(
    'Hidden while screen-share safe mode is on.',
  );
  await expect(prep.getByText(FEEDBACK)).toHaveCount(0);
  expect(harness.outbound).toEqual([]);
  expect(harness.consoleErrors).toEqual([]);
});
