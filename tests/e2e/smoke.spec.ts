import { test, expect } from './harness';

// The content script on each of the five hosts: tests/e2e/shared/detection.spec.ts (both browsers).

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
  // scripting: the popup's layout report reads a broken page's shape only when asked.
  expect(manifest.permissions).toEqual(['storage', 'scripting']);
  expect([...manifest.host_permissions].sort()).toEqual([...hosts].sort());
  const matches = manifest.content_scripts.flatMap((c: { matches: string[] }) => c.matches);
  expect([...matches].sort()).toEqual([...hosts].sort());
  expect(manifest.externally_connectable).toBeUndefined();
  for (const resource of manifest.web_accessible_resources) {
    expect(resource.use_dynamic_url).toBe(true);
    expect([...resource.matches].sort()).toEqual([...hosts].sort());
  }
});
