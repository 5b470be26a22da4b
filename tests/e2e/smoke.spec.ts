import { test, expect } from './harness';
import { openGoogleEvent, openOutlookEvent, prepFor, URLS } from './helpers';

const OUTLOOK_URLS = [
  'https://outlook.office.com/calendar/view/workweek',
  'https://outlook.office365.com/calendar/view/workweek',
  'https://outlook.live.com/calendar/0/view/workweek',
  'https://outlook.cloud.microsoft/calendar/view/workweek',
];

test('the content script runs on Google Calendar and its sidebar frame loads there', async ({
  harness,
}) => {
  const page = await harness.context.newPage();
  await page.goto(URLS.google);
  await openGoogleEvent(page, '1:1 Maria / Tom');
  await prepFor(page, 'Maria Lopez');
  // The only trace in the page: our host element, with a closed shadow root.
  expect(await page.evaluate(() => document.querySelectorAll('tandem-prep').length)).toBe(1);
  expect(
    await page.evaluate(() => document.querySelector('tandem-prep')?.shadowRoot ?? null),
  ).toBeNull();
  expect(harness.consoleErrors).toEqual([]);
  expect(harness.outbound).toEqual([]);
});

for (const url of OUTLOOK_URLS) {
  test(`the content script runs on ${new URL(url).host}`, async ({ harness }) => {
    const page = await harness.context.newPage();
    await page.goto(url);
    await openOutlookEvent(page, '1:1');
    await expect
      .poll(() => page.evaluate(() => document.querySelectorAll('tandem-prep').length))
      .toBe(1);
    await expect
      .poll(() => page.frames().some((f) => f.url().includes('/sidebar.html')))
      .toBe(true);
    expect(harness.consoleErrors).toEqual([]);
    expect(harness.outbound).toEqual([]);
  });
}

test('popup and options open without console errors', async ({ harness }) => {
  for (const name of ['popup', 'options']) {
    const page = await harness.context.newPage();
    await page.goto(`chrome-extension://${harness.extensionId}/${name}.html`);
    await expect(page.locator('#app')).not.toBeEmpty();
    await page.waitForLoadState('networkidle');
  }
  expect(harness.consoleErrors).toEqual([]);
  expect(harness.outbound).toEqual([]);
});

test('the built manifest asks for no more than it uses', async ({ harness }) => {
  const page = await harness.context.newPage();
  await page.goto(`chrome-extension://${harness.extensionId}/manifest.json`);
  const manifest = JSON.parse((await page.locator('body').textContent()) ?? '{}');
  const hosts = [
    'https://calendar.google.com/*',
    'https://outlook.office.com/*',
    'https://outlook.office365.com/*',
    'https://outlook.live.com/*',
    'https://outlook.cloud.microsoft/*',
  ];
  expect(manifest.permissions).toEqual(['storage']);
  expect([...manifest.host_permissions].sort()).toEqual([...hosts].sort());
  const matches = manifest.content_scripts.flatMap((c: { matches: string[] }) => c.matches);
  expect([...matches].sort()).toEqual([...hosts].sort());
  expect(manifest.externally_connectable).toBeUndefined();
  for (const resource of manifest.web_accessible_resources) {
    expect(resource.use_dynamic_url).toBe(true);
    expect([...resource.matches].sort()).toEqual([...hosts].sort());
  }
});
