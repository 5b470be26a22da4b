/**
 * On both browsers: the toolbar popup's quick note reaches the sidebar, and a backup exported from
 * the options page imports into an empty profile with the same records.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test, expect, type Driver } from '../driver/fixture';
import { openGoogleEvent, prepFor, region, URLS } from './steps';

const QUICK_NOTE = 'textarea[aria-label="Quick note"]';

async function popupOverCalendar(driver: Driver) {
  const calendar = await driver.newTab();
  await calendar.goto(URLS.google);
  await openGoogleEvent(calendar, '1:1 Maria / Tom');
  const frame = await prepFor(calendar, 'Maria Lopez');
  const popup = await driver.openExtensionPage('popup.html', { over: calendar });
  return { calendar, frame, popup };
}

test('a quick note and an agenda item saved in the popup appear in the sidebar', async ({
  driver,
}) => {
  const { calendar, frame, popup } = await popupOverCalendar(driver);
  await popup.bringToFront();
  // Opens on the person of the 1:1 Tandem has seen, and says nothing about a broken layout.
  await expect.poll(() => popup.value('[role=combobox][aria-label="Person"]')).toBe('Maria Lopez');
  expect(await popup.text('main')).not.toContain('not recognised');

  await popup.type(QUICK_NOTE, 'Maria asked about the conference budget walrus');
  await popup.press(QUICK_NOTE, 'Control+Enter');
  await expect.poll(() => popup.text('[role=status]')).toContain('Saved');
  await expect.poll(() => popup.value(QUICK_NOTE)).toBe('');

  await popup.click({ selector: 'label', hasText: 'Agenda item for the next meeting' });
  await popup.type(QUICK_NOTE, 'Plan the offsite narwhal');
  await popup.click({ selector: 'button', hasText: 'Save note' });
  await expect.poll(() => popup.text('[role=status]')).toContain('Saved as agenda item');

  await calendar.bringToFront();
  await expect.poll(() => frame.text(region('Past notes'))).toContain('conference budget walrus');
  await expect.poll(() => frame.text(region('Agenda'))).toContain('Plan the offsite narwhal');
  expect(driver.outbound).toEqual([]);
  expect(driver.consoleErrors).toEqual([]);
});

test('an exported backup imports into an empty profile with the same people and notes', async ({
  driver,
}) => {
  const { popup } = await popupOverCalendar(driver);
  await popup.type(QUICK_NOTE, 'Loves the new on-call tooling okapi');
  await popup.press(QUICK_NOTE, 'Control+Enter');
  await expect.poll(() => popup.text('[role=status]')).toContain('Saved');

  const options = await driver.openExtensionPage('options.html');
  const exported = await driver.download(options, () =>
    options.click({ selector: 'button', hasText: 'Export data' }),
  );
  const backup = JSON.parse(exported);
  expect(backup.format).toBe('tandem-export');
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'tandem-backup-')), 'backup.json');
  writeFileSync(file, exported);

  // Erase everything, then bring it back from the file.
  await options.type(`${region('Data')} label > input.field`, 'ERASE');
  await options.click({ selector: 'button', hasText: 'Erase all data' });
  await expect.poll(() => options.text(region('Data'))).toContain('All data erased.');
  await expect.poll(() => options.text(region('People'))).not.toContain('Maria Lopez');

  await options.upload(`${region('Data')} input[type=file]`, file);
  // The dry run first: a summary, and nothing written until "Import".
  await expect.poll(() => options.count('table')).toBe(1);
  expect(await options.text(region('People'))).not.toContain('Maria Lopez');
  await options.click({ selector: `${region('Data')} button`, hasText: 'Import' });
  await expect.poll(() => options.text(region('Data'))).toContain('Imported.');
  await expect.poll(() => options.text(region('People'))).toContain('Maria Lopez');

  const again = JSON.parse(
    await driver.download(options, () =>
      options.click({ selector: 'button', hasText: 'Export data' }),
    ),
  );
  const notes = (f: { data: { notes: { text: string }[] } }) =>
    f.data.notes.map((n) => n.text).sort();
  expect(notes(again)).toEqual(notes(backup));
  expect(notes(again).join(' ')).toContain('okapi');
  expect(driver.outbound).toEqual([]);
});

test('on a page Tandem cannot read, the popup shows the layout report it would copy, and copies it', async ({
  driver,
}) => {
  const calendar = await driver.newTab();
  await calendar.goto(URLS.googleRedesign);
  const popup = await driver.openExtensionPage('popup.html', { over: calendar });
  await popup.bringToFront();
  await expect.poll(() => popup.text('main')).toContain('Calendar layout not recognised');
  await popup.click({ selector: 'button', hasText: 'Copy a layout report' });
  const report = '[aria-label="Layout report"]';
  await expect.poll(() => popup.text(report)).toContain('Tandem layout report');
  const text = await popup.text(report);
  expect(text).toContain('status: not-recognised');
  expect(text).toMatch(/ {2}chip: none matched/);
  // The redesign's own texts and people stay out of it.
  const pageText = await calendar.evaluate(() => document.body.textContent ?? '');
  expect(pageText).toContain('Maria');
  for (const word of ['Maria', 'Lopez', '@', 'northwind']) expect(text).not.toContain(word);
  await popup.screenshot(`test-results/screenshots/popup-layout-report-${driver.name}.png`);
  await popup.click({ selector: 'button', hasText: 'Copy report' });
  await expect.poll(() => popup.text('.layout-report [role=status]')).not.toBe('');
  expect(await popup.text('.layout-report [role=status]')).toBe('Copied.');
  expect(driver.outbound).toEqual([]);
});
