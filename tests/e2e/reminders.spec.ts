/**
 * Reminders on the built extension (Chromium): turned on in Settings, the background sets an
 * alarm N minutes before a known 1:1; it fires (a real `chrome.alarms` alarm a few seconds
 * ahead, no waiting of minutes), shows one notification, and a click opens that meeting's prep.
 *
 * Granting: headless Chromium cannot answer the permission prompt, so this spec loads a copy of
 * the build whose manifest lists `alarms` and `notifications` as granted permissions instead of
 * optional ones. `permissions.request` then resolves true at once, as after the user's "Allow";
 * everything else is the build unchanged.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, launchExtension, test as base, type Harness } from './harness';
import { openGoogleEvent, prepFor, URLS } from './helpers';

const test = base.extend<{ granted: Harness }>({
  // eslint-disable-next-line no-empty-pattern
  granted: async ({}, use) => {
    const dir = await mkdtemp(join(tmpdir(), 'tandem-reminders-'));
    await cp('.output/chrome-mv3', dir, { recursive: true });
    const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8'));
    manifest.permissions = [...manifest.permissions, ...manifest.optional_permissions];
    delete manifest.optional_permissions;
    await writeFile(join(dir, 'manifest.json'), JSON.stringify(manifest));
    const harness = await launchExtension({ extensionDir: dir });
    await use(harness);
    await harness.context.close();
    await rm(dir, { recursive: true, force: true });
  },
});

/** Moves the stored meeting of `title` to start `inMs` from now (as a calendar change would). */
async function moveMeeting(harness: Harness, title: string, inMs: number): Promise<string> {
  return harness.serviceWorker.evaluate(
    async ({ title, inMs }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('tandem');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const store = () => db.transaction('meetings', 'readwrite').objectStore('meetings');
      const all = await new Promise<Record<string, unknown>[]>((resolve) => {
        const req = store().getAll();
        req.onsuccess = () => resolve(req.result);
      });
      const meeting = all.find((m) => m.title === title)!;
      const start = Date.now() + inMs;
      await new Promise((resolve) => {
        const req = store().put({
          ...meeting,
          start: new Date(start).toISOString(),
          end: new Date(start + 30 * 60_000).toISOString(),
        });
        req.onsuccess = resolve;
      });
      db.close();
      return meeting.id as string;
    },
    { title, inMs },
  );
}

test('a reminder fires before an upcoming 1:1, once, and opens its prep', async ({ granted }) => {
  test.setTimeout(120_000);
  const harness = granted;
  const calendar = await harness.context.newPage();
  await calendar.goto(URLS.google);
  await openGoogleEvent(calendar, '1:1 Maria / Tom');
  await prepFor(calendar, 'Maria Lopez');
  await calendar.close(); // in that meeting's sidebar, Tandem would stay quiet
  // The 1:1 now starts in 10 minutes and 4 seconds: the 10-minute reminder is 4 s away.
  const meetingId = await moveMeeting(harness, '1:1 Maria / Tom', 10 * 60_000 + 4_000);

  const options = await harness.context.newPage();
  await options.goto(`chrome-extension://${harness.extensionId}/options.html`);
  const reminders = options.getByRole('checkbox', { name: /Remind me before each 1:1/ });
  await expect(reminders).not.toBeChecked();
  await reminders.check();
  await expect(reminders).toBeChecked();
  await expect(options.getByRole('spinbutton', { name: 'Minutes before' })).toHaveValue('10');
  await options.getByRole('button', { name: 'Save settings' }).click();
  await expect(options.getByText('Settings saved.')).toBeVisible();

  const alarms = () =>
    harness.serviceWorker.evaluate(async () =>
      ((await (globalThis as any).chrome.alarms.getAll()) as { name: string }[]).map((a) => a.name),
    );
  await expect.poll(alarms).toContain(`tandem-reminder:before:${meetingId}`);
  const notifications = () =>
    harness.serviceWorker.evaluate(async () =>
      Object.keys(await (globalThis as any).chrome.notifications.getAll()),
    );
  const id = `tandem-reminder:before:${meetingId}`;
  await expect.poll(notifications, { timeout: 30_000 }).toEqual([id]);
  // Once: the alarm is gone and nothing is planned again for this meeting and kind.
  await expect.poll(alarms).not.toContain(id);

  const prep = harness.context.waitForEvent('page');
  await harness.serviceWorker.evaluate(
    (nid) => (globalThis as any).chrome.notifications.onClicked.dispatch(nid),
    id,
  );
  const page = await prep;
  await expect(page).toHaveURL(new RegExp(`prep\\.html\\?meeting=${meetingId}$`));
  await expect(page.getByRole('textbox', { name: 'Person name' })).toHaveValue('Maria Lopez');
  expect(harness.outbound).toEqual([]);
  expect(harness.consoleErrors).toEqual([]);
});
