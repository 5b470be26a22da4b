import { test, expect, sidebarFrame } from './harness';
import {
  openGoogleEvent,
  openOutlookEvent,
  pageVisibleText,
  prepFor,
  sidebarOpen,
  URLS,
} from './helpers';

test.describe('prep sidebar on Google Calendar', () => {
  test('a 1:1 opens the prep with the person and at least 3 suggested questions', async ({
    harness,
  }) => {
    const page = await harness.context.newPage();
    await page.goto(URLS.google);
    await openGoogleEvent(page, '1:1 Maria / Tom');
    const frame = await prepFor(page, 'Maria Lopez');
    const suggestions = frame
      .getByRole('region', { name: 'Suggested questions' })
      .getByRole('listitem');
    await expect.poll(() => suggestions.count()).toBeGreaterThanOrEqual(3);
    expect(await suggestions.count()).toBeLessThanOrEqual(5);
    await expect(frame.getByRole('region', { name: 'Agenda' })).toBeVisible();
    await expect(frame.getByRole('region', { name: 'Past notes' })).toBeVisible();
    expect(harness.outbound).toEqual([]);
  });

  // Agenda and note across a reload and the next occurrence: shared/sidebar-flow.spec.ts.

  test('an interview or a team meeting shows no prep', async ({ harness }) => {
    const page = await harness.context.newPage();
    await page.goto(URLS.google);
    await openGoogleEvent(page, '1:1 Maria / Tom');
    await prepFor(page, 'Maria Lopez');
    await openGoogleEvent(page, 'Interview: Backend candidate');
    await expect.poll(() => sidebarOpen(page)).toBe(false);
    await openGoogleEvent(page, 'Sprint planning');
    await page.waitForTimeout(300);
    expect(await sidebarOpen(page)).toBe(false);
    expect(harness.outbound).toEqual([]);
  });

  test('Esc closes the sidebar and the Prep tab brings it back', async ({ harness }) => {
    const page = await harness.context.newPage();
    await page.goto(URLS.google);
    await openGoogleEvent(page, 'Raj <> Tom');
    const frame = await prepFor(page, 'Raj Patel');
    await frame.getByRole('textbox', { name: 'Add agenda item' }).press('Escape');
    await expect.poll(() => sidebarOpen(page)).toBe(false);
    // The tab lives in a closed shadow root (the page can't script it; neither can a locator).
    const viewport = page.viewportSize()!;
    await page.mouse.click(viewport.width - 8, Math.round(viewport.height * 0.4) + 20);
    await expect.poll(() => sidebarOpen(page)).toBe(true);
  });
});

test('prep sidebar on Outlook on the web', async ({ harness }) => {
  const page = await harness.context.newPage();
  await page.goto(URLS.outlook);
  await openOutlookEvent(page, '1:1');
  const frame = await sidebarFrame(page);
  await expect(
    frame.getByRole('region', { name: 'Suggested questions' }).getByRole('listitem').first(),
  ).toBeVisible();
  await frame.getByRole('textbox', { name: 'Add agenda item' }).fill('Outlook agenda walrus');
  await frame.getByRole('textbox', { name: 'Add agenda item' }).press('Enter');
  await expect(frame.getByRole('region', { name: 'Agenda' })).toContainText('walrus');
  expect(await pageVisibleText(page)).not.toContain('walrus');
  expect(harness.outbound).toEqual([]);
});

test('suggested questions: asked goes into the notes and is not suggested again; skip, more like this, GROW', async ({
  harness,
}) => {
  const page = await harness.context.newPage();
  await page.goto(URLS.google);
  await openGoogleEvent(page, '1:1 Tom / Jonas', 0);
  const frame = await prepFor(page, 'Jonas Weber');
  const region = frame.getByRole('region', { name: 'Suggested questions' });
  const items = region.getByRole('listitem');
  await expect.poll(() => items.count()).toBeGreaterThanOrEqual(3);
  const first = (await items.first().locator('.suggestion-text').textContent())!;

  await region.getByRole('button', { name: `Asked: ${first}` }).click();
  await expect(frame.getByRole('textbox', { name: 'Meeting notes' })).toHaveValue(`Q: ${first}\n`);
  await expect(region).not.toContainText(first);
  // Its follow-ups open below the list: a probe deeper, then a close.
  const followUps = frame.getByRole('region', { name: 'Follow-ups' });
  await expect(followUps).toContainText(first);
  await expect(followUps).toContainText('Go deeper');
  await expect(followUps).toContainText('To close');

  const second = (await items.first().locator('.suggestion-text').textContent())!;
  await region.getByRole('button', { name: `Skip: ${second}` }).click();
  await expect(region).not.toContainText(second);
  await expect.poll(() => items.count()).toBeGreaterThanOrEqual(3);

  const third = (await items.first().locator('.suggestion-text').textContent())!;
  await region.getByRole('button', { name: `More like this: ${third}` }).click();
  await expect(region).not.toContainText(third);
  await expect.poll(() => items.count()).toBeGreaterThanOrEqual(1);

  await region.getByRole('button', { name: 'GROW coaching' }).click();
  await expect(items).toHaveCount(4);
  for (const step of ['Goal', 'Reality', 'Options', 'Will'])
    await expect(region).toContainText(step);
  await region.getByRole('button', { name: 'Suggested' }).click();
  await expect(frame.getByRole('status')).toHaveText(/Saved/);

  // The next meeting with Jonas does not ask the same question again.
  await page.keyboard.press('Escape');
  await openGoogleEvent(page, '1:1 Tom / Jonas', 1);
  await expect(frame.getByRole('textbox', { name: 'Meeting notes' })).toHaveValue('');
  await expect.poll(() => items.count()).toBeGreaterThanOrEqual(3);
  await expect(region).not.toContainText(first);
  expect(harness.outbound).toEqual([]);
});
