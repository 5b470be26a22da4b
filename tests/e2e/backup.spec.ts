/** Backup on the built extension: export from one profile, import into a fresh one; corrupt files. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, launchExtension, test, type Harness } from './harness';
import { openGoogleEvent, prepFor, URLS } from './helpers';
import { expectAxeClean } from './axe';

async function openOptions(harness: Harness): Promise<Page> {
  const page = await harness.context.newPage();
  await page.goto(`chrome-extension://${harness.extensionId}/options.html`);
  await expect(page.getByRole('region', { name: 'Data' })).toBeVisible();
  return page;
}

test('export from one profile and import into a fresh one gives the same data, visible in the sidebar', async ({
  harness,
}) => {
  test.setTimeout(120_000);
  const calendar = await harness.context.newPage();
  await calendar.goto(URLS.google);
  await openGoogleEvent(calendar, '1:1 Maria / Tom');
  const frame = await prepFor(calendar, 'Maria Lopez');
  await frame
    .getByRole('textbox', { name: 'Add agenda item' })
    .fill('Promotion packet review ibex');
  await frame.getByRole('textbox', { name: 'Add agenda item' }).press('Enter');
  await expect(frame.getByRole('region', { name: 'Agenda' })).toContainText('ibex');

  const popup = await harness.context.newPage();
  await popup.goto(`chrome-extension://${harness.extensionId}/popup.html`);
  await expect(popup.getByRole('combobox', { name: 'Person' })).toHaveValue('Maria Lopez');
  await popup.keyboard.type('Loves the new on-call tooling okapi');
  await popup.keyboard.press('Control+Enter');
  await expect(popup.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();

  const options = await openOptions(harness);
  const download = options.waitForEvent('download');
  await options.getByRole('button', { name: 'Export data' }).click();
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'tandem-backup-')), 'backup.json');
  await (await download).saveAs(file);
  const exported = JSON.parse(readFileSync(file, 'utf8'));
  expect(exported.format).toBe('tandem-export');

  // A fresh profile: nothing there, then the file.
  const fresh = await launchExtension({
    userDataDir: mkdtempSync(path.join(tmpdir(), 'tandem-fresh-')),
  });
  try {
    const freshOptions = await openOptions(fresh);
    await freshOptions.getByLabel('Import data').setInputFiles(file);
    const data = freshOptions.getByRole('region', { name: 'Data' });
    // The dry run first: a summary, and nothing written until "Import".
    await expect(data.getByRole('table', { name: 'Import summary' })).toBeVisible();
    await expect(data.getByRole('row', { name: /^People 1 / })).toBeVisible();
    await expect(freshOptions.getByRole('region', { name: 'People' })).not.toContainText(
      'Maria Lopez',
    );
    await expectAxeClean(freshOptions);
    await data.screenshot({ path: 'test-results/screenshots/options-import-summary-light.png' });
    await data.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(data.getByText('Imported.')).toBeVisible();
    await expect(freshOptions.getByRole('region', { name: 'People' })).toContainText('Maria Lopez');

    // The same data: exporting again gives the same records.
    const again = freshOptions.waitForEvent('download');
    await freshOptions.getByRole('button', { name: 'Export data' }).click();
    const reexported = JSON.parse(readFileSync(await (await again).path(), 'utf8'));
    // The fresh profile seeded its own built-in questions on open: their timestamps differ,
    // their content must not.
    type Q = { id: string; text: string; enabled: boolean; edited: boolean };
    const same = (f: { data: Record<string, unknown> & { questions: Q[] } }) => ({
      ...f.data,
      questions: f.data.questions
        .map(({ id, text, enabled, edited }) => ({ id, text, enabled, edited }))
        .sort((a, b) => a.id.localeCompare(b.id)),
    });
    expect(same(reexported)).toEqual(same(exported));

    const freshCalendar = await fresh.context.newPage();
    await freshCalendar.goto(URLS.google);
    await openGoogleEvent(freshCalendar, '1:1 Maria / Tom');
    const freshFrame = await prepFor(freshCalendar, 'Maria Lopez');
    await expect(freshFrame.getByRole('region', { name: 'Agenda' })).toContainText(
      'Promotion packet review ibex',
    );
    await expect(freshFrame.getByRole('region', { name: 'Past notes' })).toContainText(
      'on-call tooling okapi',
    );
    expect(fresh.outbound).toEqual([]);
    expect(fresh.consoleErrors).toEqual([]);
  } finally {
    await fresh.context.close();
  }
  expect(harness.outbound).toEqual([]);
});

test('a corrupt file imports nothing and says why', async ({ harness }) => {
  const dir = mkdtempSync(path.join(tmpdir(), 'tandem-corrupt-'));
  const notJson = path.join(dir, 'not-json.json');
  writeFileSync(notJson, '{"format": "tandem-export", "version": 1, "data": {');
  const badRecord = path.join(dir, 'bad-record.json');
  writeFileSync(
    badRecord,
    JSON.stringify({
      format: 'tandem-export',
      version: 1,
      exportedAt: '2026-11-20T10:00:00.000Z',
      data: {
        people: [{ id: 'p1', displayName: '', emails: [], relationship: 'boss' }],
        meetings: [],
        agenda: [],
        actions: [],
        notes: [],
        questions: [],
        askedLog: [],
        settings: null,
      },
    }),
  );

  const options = await openOptions(harness);
  const data = options.getByRole('region', { name: 'Data' });
  await options.getByLabel('Import data').setInputFiles(notJson);
  await expect(data.getByRole('alert')).toContainText('Not a JSON file');
  await expect(data.getByRole('alert')).toContainText('nothing was changed');
  await expect(data.getByRole('button', { name: 'Import', exact: true })).toHaveCount(0);

  await options.getByLabel('Import data').setInputFiles(badRecord);
  await expect(data.getByRole('alert')).toContainText('data.people[0]');
  await expect(data.getByRole('button', { name: 'Import', exact: true })).toHaveCount(0);
  await data.screenshot({ path: 'test-results/screenshots/options-import-corrupt-light.png' });
  await expect(options.getByRole('region', { name: 'People' })).toContainText('Nobody yet');

  // Erase sits behind a typed word.
  await expect(data.getByRole('button', { name: 'Erase all data' })).toBeDisabled();
  await data.getByRole('textbox', { name: /Type ERASE to confirm/ }).fill('ERASE');
  await data.getByRole('button', { name: 'Erase all data' }).click();
  await expect(data.getByText('All data erased.')).toBeVisible();
  expect(harness.outbound).toEqual([]);
});

test('a long import shows its progress and, cancelled, leaves nothing imported', async ({
  harness,
}) => {
  test.setTimeout(180_000);
  // One person and 60,000 quick notes (~9 MB): seconds of writing even on a quiet machine.
  const at = '2026-11-20T10:00:00.000Z';
  const base = (id: string) => ({ id, createdAt: at, updatedAt: at, rev: 1 });
  const notes = Array.from({ length: 60_000 }, (_, i) => ({
    ...base(`note${String(i).padStart(6, '0')}`),
    personId: 'p-long',
    text: `Quick note ${i} about the roadmap, the hiring plan and the next offsite in Zürich.`,
    private: true,
    topics: [],
  }));
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'tandem-long-')), 'long.json');
  writeFileSync(
    file,
    JSON.stringify({
      format: 'tandem-export',
      version: 1,
      exportedAt: at,
      data: {
        people: [
          {
            ...base('p-long'),
            displayName: 'Lena Long',
            emails: ['lena.long@example.com'],
            relationship: 'report',
            archived: false,
            standingNotes: '',
          },
        ],
        meetings: [],
        agenda: [],
        actions: [],
        notes,
        questions: [],
        askedLog: [],
        settings: null,
      },
    }),
  );

  const options = await openOptions(harness);
  const data = options.getByRole('region', { name: 'Data' });
  await options.getByLabel('Import data').setInputFiles(file);
  await expect(data.getByRole('row', { name: /^Notes 60,000 / })).toBeVisible({ timeout: 60_000 });
  await data.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(data.getByText(/^Writing [\d,]+ of 60,001 records…$/)).toBeVisible({
    timeout: 60_000,
  });
  await expect(data.getByRole('progressbar', { name: 'Import progress' })).toBeVisible();
  await expect(data.getByRole('button', { name: 'Import', exact: true })).toHaveCount(0);
  for (const scheme of ['light', 'dark'] as const) {
    await options.emulateMedia({ colorScheme: scheme });
    await data.screenshot({
      path: `test-results/screenshots/options-import-progress-${scheme}.png`,
    });
  }
  await options.emulateMedia({ colorScheme: 'light' });
  await data.getByRole('button', { name: 'Cancel import' }).click();
  await expect(data.getByText('Import cancelled; nothing was changed.')).toBeVisible({
    timeout: 60_000,
  });
  await expect(data.getByRole('progressbar')).toHaveCount(0);
  // Nothing half-imported: not the person, not one note (the dry run still finds all new).
  await options.reload();
  await expect(options.getByRole('region', { name: 'People' })).toContainText('Nobody yet', {
    timeout: 30_000,
  });
  await options.getByLabel('Import data').setInputFiles(file);
  await expect(data.getByRole('row', { name: /^Notes 60,000 / })).toBeVisible({ timeout: 60_000 });
  await expect(data.getByRole('row', { name: /^People 1 / })).toBeVisible();
  expect(harness.outbound).toEqual([]);
  expect(harness.consoleErrors).toEqual([]);
});
