/**
 * On both browsers: the toolbar popup's quick note reaches the sidebar, and a backup exported from
 * the options page imports into an empty profile with the same records; on a page Tandem cannot
 * read, the popup previews and copies a layout report that holds nothing from the page.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test, expect, type Driver } from '../driver/fixture';
import { googleSelectors } from '../../../lib/sites/google-calendar/selectors';
import { backgroundState, openGoogleEvent, prepFor, region, URLS } from './steps';
import type { Tab } from '../driver/types';

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

/**
 * Everything on the calendar page a person could have written or be: its texts, and its
 * attribute values (titles, names, emails, the description, event ids), whole and in pieces.
 */
function pageSecrets(tab: Tab): Promise<string[]> {
  return tab.evaluate(() => {
    const secrets = new Set<string>();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const parent = n.parentElement?.tagName;
      if (parent === 'SCRIPT' || parent === 'STYLE') continue;
      const text = (n.textContent ?? '').trim();
      if (text.length >= 4) secrets.add(text);
    }
    for (const el of Array.from(document.body.querySelectorAll('*'))) {
      for (const name of el.getAttributeNames()) {
        if (name === 'role') continue; // the one value a report may name, from the ARIA list
        const value = (el.getAttribute(name) ?? '').trim();
        if (value.length >= 4 && !/^(true|false|\d+)$/.test(value)) secrets.add(value);
        for (const piece of value.split(/[\s,;|]+/)) if (piece.length >= 6) secrets.add(piece);
      }
    }
    return [...secrets];
  });
}

/**
 * Our own words (selector names, the hooks they use, the tag, role and route words a report may
 * name): a page value equal to one of them (a `data-view="week"`, a `type="button"`) names no one.
 */
const OURS = [
  ...Object.keys(googleSelectors),
  ...Object.values(googleSelectors).flat(),
  'button week edit',
]
  .join(' ')
  .toLowerCase();

/**
 * Opens the layout report in the popup, checks the preview, copies it (the browser's own
 * clipboard, with the text recorded on the way) and returns the copied text.
 */
async function copyLayoutReport(popup: Tab): Promise<string> {
  await popup.click({ selector: 'button', hasText: 'Copy a layout report' });
  const preview = '[aria-label="Layout report"]';
  await expect.poll(() => popup.text(preview)).toContain('Tandem layout report');
  const shown = await popup.text(preview);
  await popup.evaluate(() => {
    const clipboard = navigator.clipboard;
    const write = clipboard.writeText.bind(clipboard);
    const copies: string[] = [];
    (window as unknown as { __copies: string[] }).__copies = copies;
    clipboard.writeText = async (text: string) => {
      await write(text);
      copies.push(text);
    };
  });
  await popup.click({ selector: 'button', hasText: 'Copy report' });
  await expect.poll(() => popup.text('.layout-report [role=status]')).not.toBe('');
  expect(await popup.text('.layout-report [role=status]')).toBe('Copied.');
  const copies = await popup.evaluate(() => (window as unknown as { __copies: string[] }).__copies);
  expect(copies).toHaveLength(1);
  // What was copied is exactly what the user was shown.
  expect(copies[0]).toBe(shown);
  return copies[0]!;
}

async function expectNothingFromThePage(report: string, calendar: Tab) {
  const secrets = (await pageSecrets(calendar)).filter(
    (s) => !(/^[\w-]+$/.test(s) && OURS.includes(s.toLowerCase())),
  );
  // Not vacuous: the page does hold the people and the event the report must not show.
  expect(secrets.length).toBeGreaterThan(20);
  expect(secrets).toEqual(expect.arrayContaining(['Maria Lopez', 'maria.lopez@northwind.example']));
  expect(secrets.filter((s) => report.includes(s))).toEqual([]);
  for (const word of [
    'Maria',
    'Lopez',
    'Tom Becker',
    '@',
    'northwind',
    '3u8nd2kq61hv0pl7rj9c4s5bmt',
  ]) {
    expect(report).not.toContain(word);
  }
}

/** The report's frame: header, versions, site and status, path shape, selectors, structure. */
function expectReportStructure(report: string, browser: string, status: string) {
  const lines = report.split('\n');
  expect(lines[0]).toBe(
    'Tandem layout report (page structure only: no text, names, titles or ids)',
  );
  expect(lines[1]).toMatch(
    new RegExp(
      `^Tandem \\d+\\.\\d+\\.\\d+ · ${browser === 'firefox' ? 'Firefox' : 'Chromium'} \\d+$`,
    ),
  );
  expect(lines[2]).toBe(`Site: google · status: ${status}`);
  expect(lines[3]).toBe('Path: /calendar/u/*/r/week/*/*/*');
  expect(lines[4]).toBe('Our selectors:');
  const structureAt = lines.indexOf('Page structure:');
  expect(structureAt).toBeGreaterThan(5);
  expect(
    lines
      .slice(5, structureAt)
      .every((l) => /^ {2}\w+: (ok|fallback \d+ of \d+|none matched)$/.test(l)),
  ).toBe(true);
  expect(lines[structureAt + 1]).toMatch(/^body/);
  expect(lines.length).toBeGreaterThan(structureAt + 5);
}

test('on a redesigned calendar, the popup previews a layout report, copies it, and it holds nothing from the page', async ({
  driver,
}) => {
  const calendar = await driver.newTab();
  await calendar.goto(URLS.googleRedesign);
  await expect.poll(async () => (await backgroundState(driver))?.status).toBe('not-recognised');
  const popup = await driver.openExtensionPage('popup.html', { over: calendar });
  await popup.bringToFront();
  await expect.poll(() => popup.text('main')).toContain('Calendar layout not recognised');
  const report = await copyLayoutReport(popup);
  await popup.screenshot(`test-results/screenshots/popup-layout-report-${driver.name}.png`);
  expectReportStructure(report, driver.name, 'not-recognised');
  expect(report).toMatch(/^ {2}chip: none matched$/m);
  expect(report).toMatch(/^ {2}details: none matched$/m);
  expect(report).toContain('[role=dialog]');
  await expectNothingFromThePage(report, calendar);
  expect(driver.outbound).toEqual([]);
});

test('when a 1:1 is open but its details cannot be read, the popup offers the same report', async ({
  driver,
}) => {
  const calendar = await driver.newTab();
  await calendar.goto(URLS.google);
  await openGoogleEvent(calendar, '1:1 Maria / Tom');
  await prepFor(calendar, 'Maria Lopez');
  await expect.poll(() => calendar.count('#xDetDlg [data-email]')).toBeGreaterThan(0);
  // A partial redesign of the details bubble: the title is no longer marked as a heading.
  await calendar.evaluate(() => {
    const heading = document.querySelector('#xDetDlg #rAECCd')!;
    const plain = document.createElement('span');
    plain.textContent = heading.textContent;
    heading.replaceWith(plain);
  });
  await expect.poll(async () => (await backgroundState(driver))?.status).toBe('event-unreadable');
  const popup = await driver.openExtensionPage('popup.html', { over: calendar });
  await popup.bringToFront();
  await expect.poll(() => popup.text('main')).toContain('Tandem cannot read the open event');
  expect(await popup.text('main')).not.toContain('layout not recognised');
  const report = await copyLayoutReport(popup);
  await popup.screenshot(`test-results/screenshots/popup-event-unreadable-${driver.name}.png`);
  expectReportStructure(report, driver.name, 'event-unreadable');
  expect(report).toMatch(/^ {2}chip: ok$/m);
  expect(report).toMatch(/^ {2}details: ok$/m);
  expect(report).toContain('div#xDetDlg');
  await expectNothingFromThePage(report, calendar);
  // The description of the 1:1 is on the page (so the check above covered it).
  expect(await calendar.text('#xDetDlgDesc')).not.toBe('');
  expect(driver.outbound).toEqual([]);
});
