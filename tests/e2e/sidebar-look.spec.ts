/**
 * How the sidebar looks and reads: screenshots of both sites in light and dark (kept in
 * test-results/screenshots), no axe-core violations, usable at 320 px, and page text is text.
 */
import { test, expect } from './harness';
import { axeViolations } from './axe';
import { openGoogleEvent, openOutlookEvent, prepFor, URLS } from './helpers';

for (const scheme of ['light', 'dark'] as const) {
  test(`Google Calendar sidebar, ${scheme}`, async ({ harness }) => {
    const page = await harness.context.newPage();
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(URLS.google);
    await openGoogleEvent(page, 'Raj <> Tom');
    const frame = await prepFor(page, 'Raj Patel');
    await frame
      .getByRole('textbox', { name: 'Add agenda item' })
      .fill('Promotion case: next steps');
    await frame.getByRole('textbox', { name: 'Add agenda item' }).press('Enter');
    await frame.getByRole('textbox', { name: 'Add action item' }).fill('Share the staffing plan');
    await frame.getByRole('textbox', { name: 'Add action item' }).press('Enter');
    await expect(frame.getByRole('region', { name: 'Action items' })).toContainText(
      'staffing plan',
    );
    await page.screenshot({ path: `test-results/screenshots/sidebar-google-${scheme}.png` });
    expect(await axeViolations(frame)).toEqual([]);
  });

  test(`Outlook sidebar, ${scheme}`, async ({ harness }) => {
    const page = await harness.context.newPage();
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(URLS.outlook);
    await openOutlookEvent(page, '1:1');
    const frame = await prepFor(page, 'Maria Lopez');
    await page.screenshot({ path: `test-results/screenshots/sidebar-outlook-${scheme}.png` });
    expect(await axeViolations(frame)).toEqual([]);
  });
}

for (const scheme of ['light', 'dark'] as const) {
  test(`suggested questions with "from last time" and follow-ups, ${scheme}`, async ({
    harness,
  }) => {
    const page = await harness.context.newPage();
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(URLS.google);
    // An action item agreed in one meeting with Jonas comes back in the next one.
    await openGoogleEvent(page, '1:1 Tom / Jonas', 0);
    let frame = await prepFor(page, 'Jonas Weber');
    await frame
      .getByRole('textbox', { name: 'Add action item' })
      .fill('Send the conference budget request');
    await frame.getByRole('textbox', { name: 'Add action item' }).press('Enter');
    await expect(frame.getByRole('region', { name: 'Action items' })).toContainText('budget');
    await page.keyboard.press('Escape');
    await openGoogleEvent(page, '1:1 Tom / Jonas', 1);
    frame = await prepFor(page, 'Jonas Weber');
    // Jonas reports to me: the set opens by handing him the agenda.
    await frame.getByRole('combobox', { name: 'Relationship' }).selectOption('report');
    const region = frame.getByRole('region', { name: 'Suggested questions' });
    await expect(region).toContainText('the agenda is theirs');
    await expect(region).toContainText('From last time');
    await expect(region).toContainText('conference budget request');
    // The opener hands the agenda over; asking it opens its follow-ups below the list.
    const first = (await region
      .getByRole('listitem')
      .first()
      .locator('.suggestion-text')
      .textContent())!;
    await region.getByRole('button', { name: `Asked: ${first}` }).click();
    const followUps = frame.getByRole('region', { name: 'Follow-ups' });
    await expect(followUps).toContainText(first);
    await page.setViewportSize({ width: 1400, height: 1500 });
    await region.evaluate((el) => {
      el.scrollIntoView({ block: 'start' });
      window.scrollBy(0, -90); // below the sticky header
    });
    await page.screenshot({ path: `test-results/screenshots/sidebar-suggestions-${scheme}.png` });
    expect(await axeViolations(frame)).toEqual([]);
  });
}

test('readable at 320 px and fully usable by keyboard', async ({ harness }) => {
  const page = await harness.context.newPage();
  await page.setViewportSize({ width: 320, height: 700 });
  await page.goto(URLS.google);
  // At this width the chips overlap: open the 1:1 the keyboard way, as Google allows.
  await page
    .locator('[data-eventchip][data-eventid]', { hasText: '1:1 Maria / Tom' })
    .first()
    .focus();
  await page.keyboard.press('Enter');
  const frame = await prepFor(page, 'Maria Lopez');
  await page.screenshot({ path: 'test-results/screenshots/sidebar-google-320.png' });
  const overflow = await frame.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  // Keyboard only: reach "Add agenda item" with Tab, add with Enter, move it with the buttons.
  const add = frame.getByRole('textbox', { name: 'Add agenda item' });
  await add.focus();
  await page.keyboard.type('First topic');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Second topic');
  await page.keyboard.press('Enter');
  const agenda = frame.getByRole('region', { name: 'Agenda' });
  await expect(agenda.getByRole('listitem')).toHaveCount(2);
  await agenda.getByRole('button', { name: 'Move "Second topic" up' }).focus();
  await page.keyboard.press('Enter');
  await expect(agenda.getByRole('listitem').first()).toContainText('Second topic');
});

test('titles and names from the page render as text, never as HTML', async ({ harness }) => {
  const page = await harness.context.newPage();
  await page.goto(URLS.google);
  await openGoogleEvent(page, '1:1 Maria / Tom');
  const frame = await prepFor(page, 'Maria Lopez');
  const hostile = '<img src=x onerror="document.title=\'pwned\'"><b>bold</b>';
  await frame.getByRole('textbox', { name: 'Person name' }).fill(hostile);
  await frame.getByRole('textbox', { name: 'Person name' }).press('Enter');
  await frame.getByRole('textbox', { name: 'Add agenda item' }).fill(hostile);
  await frame.getByRole('textbox', { name: 'Add agenda item' }).press('Enter');
  await expect(frame.getByRole('region', { name: 'Agenda' })).toContainText('<img src=x');
  expect(await frame.locator('img, b').count()).toBe(0);
  expect(await frame.evaluate(() => document.title)).not.toBe('pwned');
});

test('beside a calendar in its own dark theme the sidebar is dark, even when the system is light', async ({
  harness,
}) => {
  const page = await harness.context.newPage();
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(URLS.google);
  // Google's own dark theme: the page's background turns dark whatever the system says.
  await page.addStyleTag({ content: 'html, body { background: #1f1f1f !important; }' });
  await openGoogleEvent(page, 'Raj <> Tom');
  const frame = await prepFor(page, 'Raj Patel');
  await expect
    .poll(() => frame.evaluate(() => document.documentElement.dataset.theme))
    .toBe('dark');
  const background = await frame.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(background).toBe('rgb(31, 31, 31)');
  await page.screenshot({ path: 'test-results/screenshots/sidebar-google-page-dark.png' });
});

test('beside a light calendar the sidebar stays light', async ({ harness }) => {
  const page = await harness.context.newPage();
  await page.goto(URLS.google);
  await openGoogleEvent(page, 'Raj <> Tom');
  const frame = await prepFor(page, 'Raj Patel');
  await expect
    .poll(() => frame.evaluate(() => document.documentElement.dataset.theme))
    .toBe('light');
  expect(await frame.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(
    'rgb(255, 255, 255)',
  );
});

// Beside the calendar, not over it (issue 15): the page makes room at every common width.
for (const width of [1280, 1440, 1920]) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`beside the calendar at ${width} px, ${scheme}: both sites`, async ({ harness }) => {
      const page = await harness.context.newPage();
      await page.setViewportSize({ width, height: 900 });
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(URLS.google);
      await openGoogleEvent(page, 'Raj <> Tom');
      await prepFor(page, 'Raj Patel');
      const chip = page.locator('[data-eventchip][data-eventid]', { hasText: 'Raj <> Tom' });
      const panel = await sidebarBox(page);
      await expect
        .poll(async () => (await chip.first().boundingBox())!.x + 10)
        .toBeLessThan(panel.x);
      await page.waitForTimeout(250);
      await page.screenshot({
        path: `test-results/screenshots/beside-google-${width}-${scheme}.png`,
      });

      await page.goto(URLS.outlook);
      await openOutlookEvent(page, '1:1');
      await prepFor(page, 'Maria Lopez');
      await page.waitForTimeout(250);
      await page.screenshot({
        path: `test-results/screenshots/beside-outlook-${width}-${scheme}.png`,
      });
      expect((await sidebarBox(page)).x).toBe(width - 380);
    });
  }
}

async function sidebarBox(page: import('@playwright/test').Page) {
  const frame = page.frames().find((f) => f.url().includes('/sidebar.html'))!;
  return (await (await frame.frameElement()).boundingBox())!;
}
