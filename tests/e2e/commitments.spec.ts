/**
 * Around the meeting, on the built extension: "My commitments" in the popup (open items I own,
 * across people, ticked off in place), mine/theirs in the sidebar, and archiving a person, which
 * keeps every record and is undone by Restore, with a hand-over that carries no private note.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test, type Harness } from './harness';
import { openGoogleEvent, prepFor, URLS } from './helpers';
import { openPopupOver } from './reliability-helpers';
import { screenshotsAndAxe } from './axe';

/** Every record in every store, as JSON per store (the database as the user would lose it). */
function dump(harness: Harness): Promise<Record<string, string>> {
  return harness.serviceWorker.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('tandem');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const out: Record<string, string> = {};
    for (const name of Array.from(db.objectStoreNames)) {
      out[name] = await new Promise<string>((resolve) => {
        const req = db.transaction(name).objectStore(name).getAll();
        req.onsuccess = () => resolve(JSON.stringify(req.result));
      });
    }
    db.close();
    return out;
  });
}

async function addAction(frame: Awaited<ReturnType<typeof prepFor>>, text: string, owner: string) {
  const region = frame.getByRole('region', { name: 'Action items' });
  await region.getByRole('combobox', { name: 'Owner' }).selectOption({ label: owner });
  await region.getByRole('textbox', { name: 'Add action item' }).fill(text);
  await region.getByRole('textbox', { name: 'Add action item' }).press('Enter');
  await expect(region).toContainText(text);
}

async function prepareMaria(calendar: Page) {
  await calendar.goto(URLS.google);
  await openGoogleEvent(calendar, '1:1 Maria / Tom');
  const frame = await prepFor(calendar, 'Maria Lopez');
  await addAction(frame, 'Send Maria the offsite budget', 'me');
  await addAction(frame, 'Maria drafts the RFC', 'Maria Lopez');
  await frame.getByRole('textbox', { name: 'Add agenda item' }).fill('Conference talk idea');
  await frame.getByRole('textbox', { name: 'Add agenda item' }).press('Enter');
  await frame.getByRole('textbox', { name: 'Meeting notes' }).fill('private walrus remark');
  await expect(frame.getByText('Saved on this computer')).toBeVisible();
  return frame;
}

test('my commitments: the popup lists what I own and ticks it off in place; the sidebar says whose', async ({
  harness,
}) => {
  test.setTimeout(120_000);
  const calendar = await harness.context.newPage();
  const frame = await prepareMaria(calendar);
  const actions = frame.getByRole('region', { name: 'Action items' });
  await expect(actions.getByRole('listitem').filter({ hasText: 'offsite budget' })).toContainText(
    'me',
  );
  await expect(actions.getByRole('listitem').filter({ hasText: 'drafts the RFC' })).toContainText(
    'Maria Lopez',
  );

  const popup = await openPopupOver(harness, 'https://calendar.google.com/*');
  const mine = popup.getByRole('region', { name: 'My commitments' });
  await expect(mine).toContainText('Send Maria the offsite budget');
  await expect(mine).toContainText('Maria Lopez');
  await expect(mine).not.toContainText('drafts the RFC');
  await screenshotsAndAxe(popup, 'popup-commitments');

  await mine.getByRole('checkbox', { name: 'Send Maria the offsite budget' }).check();
  // Stays in place, ticked, and is done everywhere.
  await expect(mine.getByRole('checkbox', { name: 'Send Maria the offsite budget' })).toBeChecked();
  await calendar.bringToFront();
  // Added in this meeting, it stays in the sidebar's list, ticked.
  await expect(
    actions.getByRole('checkbox', { name: 'Send Maria the offsite budget' }),
  ).toBeChecked();
  await popup.reload();
  await expect(popup.getByRole('region', { name: 'My commitments' })).toContainText(
    'Nothing open that you own',
  );
  expect(harness.outbound).toEqual([]);
  expect(harness.consoleErrors).toEqual([]);
});

test('archive and restore keep every record; the hand-over has shared topics and no notes', async ({
  harness,
}) => {
  test.setTimeout(120_000);
  const calendar = await harness.context.newPage();
  await prepareMaria(calendar);
  const before = await dump(harness);

  const options = await harness.context.newPage();
  await options.goto(`chrome-extension://${harness.extensionId}/options.html`);
  const people = options.getByRole('region', { name: 'People' });
  await people.getByRole('button', { name: 'Maria Lopez' }).click();
  await people.getByRole('button', { name: 'Archive' }).click();
  await expect(people.getByText('archived', { exact: true })).toBeVisible();

  // Out of the way: not offered in the popup any more, nor among my commitments.
  const popup = await openPopupOver(harness, 'https://calendar.google.com/*');
  await expect(popup.getByRole('region', { name: 'My commitments' })).not.toContainText('Maria');
  await expect(popup.getByRole('region', { name: 'Next 1:1s' })).not.toContainText('Maria');
  await popup.close();

  const download = options.waitForEvent('download');
  await people.getByRole('button', { name: 'Hand over' }).click();
  const handover = await readFile(await (await download).path(), 'utf8');
  expect(handover).toContain('# Hand-over: Maria Lopez');
  expect(handover).toContain('Conference talk idea');
  expect(handover).toContain('Send Maria the offsite budget');
  expect(handover).toContain('Maria drafts the RFC');
  expect(handover).not.toContain('walrus');

  await people.getByRole('button', { name: 'Restore' }).click();
  await expect(people.getByText('archived', { exact: true })).toHaveCount(0);
  const after = await dump(harness);
  // Every store is byte-for-byte the same, apart from the person's archived flag and its rev/time.
  for (const store of Object.keys(before)) {
    if (store === 'people') continue;
    expect(after[store], store).toBe(before[store]);
  }
  const strip = (json: string) =>
    (JSON.parse(json) as Record<string, unknown>[]).map(
      ({ rev: _r, updatedAt: _u, ...rest }) => rest,
    );
  expect(strip(after.people!)).toEqual(strip(before.people!));
  expect(harness.consoleErrors).toEqual([]);
});
