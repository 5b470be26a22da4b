/**
 * How issue 15's states look, light and dark, each checked with axe-core: standing topics due
 * with their history, the once-only relationship question, topics from the event beside a
 * private one, and the recap. Screenshots: test-results/screenshots/sidebar-<state>-<scheme>.png
 * (copied to docs/screenshots/).
 */
import type { Frame, Page } from '@playwright/test';
import { test, expect } from './harness';
import { axeViolations } from './axe';
import { openGoogleEvent, openOutlookEvent, prepFor, URLS } from './helpers';

async function shoot(page: Page, frame: Frame, region: string, name: string): Promise<void> {
  await page.setViewportSize({ width: 1400, height: 1100 });
  await frame.getByRole('region', { name: region }).evaluate((el) => {
    el.scrollIntoView({ block: 'start' });
    window.scrollBy(0, -150); // below the sticky header, heading in view
  });
  await page.waitForTimeout(250);
  await page.screenshot({ path: `test-results/screenshots/sidebar-${name}.png` });
  expect(await axeViolations(frame)).toEqual([]);
}

async function addAgenda(frame: Frame, text: string): Promise<void> {
  const add = frame.getByRole('textbox', { name: 'Add agenda item' });
  await add.fill(text);
  await add.press('Enter');
  await expect(frame.getByRole('region', { name: 'Agenda' })).toContainText(text);
}

for (const scheme of ['light', 'dark'] as const) {
  test(`standing topics due, with their history, ${scheme}`, async ({ harness }) => {
    const page = await harness.context.newPage();
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(URLS.google);
    await openGoogleEvent(page, '1:1 Maria / Tom');
    let frame = await prepFor(page, 'Maria Lopez');
    await frame.locator('.standing-all summary').click();
    const add = frame.getByRole('textbox', { name: 'Add a standing topic' });
    await add.fill('Career path');
    await add.press('Enter');
    await add.fill('Feedback for me');
    await frame.getByRole('spinbutton', { name: 'Every how many' }).fill('4');
    await frame.getByRole('combobox', { name: 'Meetings or weeks' }).selectOption('weeks');
    await add.press('Enter');
    // The boxes follow the saved record: click, then wait for it.
    for (const name of ['Discussed: Career path', 'Discussed: Feedback for me']) {
      await frame.getByRole('checkbox', { name }).click();
      await expect(frame.getByRole('checkbox', { name })).toBeChecked();
    }
    await frame
      .getByRole('textbox', { name: 'Meeting notes' })
      .fill('Career path: wants to lead the Q1 roadmap. Feedback for me: shorter status updates.');
    await expect(frame.getByText('Saved')).toBeVisible();
    // Two weeks on, through the 1:1 in between (a meeting Tandem has seen counts).
    for (let week = 0; week < 2; week++) {
      await page.keyboard.press('Escape');
      await page.getByRole('button', { name: 'Next week' }).click();
      await openGoogleEvent(page, '1:1 Maria / Tom');
      frame = await prepFor(page, 'Maria Lopez');
      await expect(frame.locator('.prep-header')).toContainText(week === 0 ? 'Nov 30' : 'Dec 7');
    }
    const due = frame.getByRole('list', { name: 'Standing topics due' });
    await expect(due).toContainText('Career path');
    await due.locator('.standing-history summary').first().click();
    await expect(due).toContainText('wants to lead the Q1 roadmap');
    await frame.locator('.standing-all summary').click();
    await expect(frame.getByRole('list', { name: 'All standing topics' })).toContainText(
      'due in 13 days',
    );
    await addAgenda(frame, 'Hiring plan for Q1');
    await shoot(page, frame, 'Agenda', `standing-topics-${scheme}`);
  });

  test(`the relationship question on first contact, ${scheme}`, async ({ harness }) => {
    const page = await harness.context.newPage();
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(URLS.google);
    await openGoogleEvent(page, 'Raj <> Tom');
    const frame = await prepFor(page, 'Raj Patel');
    await expect(frame.getByRole('region', { name: 'Who is this' })).toContainText(
      'Who is Raj Patel to you?',
    );
    await shoot(page, frame, 'Who is this', `relationship-question-${scheme}`);
  });

  test(`topics from the event beside a private one, ${scheme}`, async ({ harness }) => {
    const page = await harness.context.newPage();
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(URLS.google);
    await openGoogleEvent(page, 'Coffee with Lena');
    const frame = await prepFor(page, 'Lena Fischer');
    await expect(frame.getByRole('region', { name: 'Agenda' })).toContainText('from the event');
    await addAgenda(frame, 'My worry about the reorg');
    await frame
      .getByRole('button', { name: 'shared: "My worry about the reorg", make it private' })
      .click();
    await expect(frame.getByRole('region', { name: 'Agenda' })).toContainText('private');
    await shoot(page, frame, 'Agenda', `from-event-${scheme}`);
  });

  test(`the recap, ${scheme}`, async ({ harness }) => {
    const page = await harness.context.newPage();
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(URLS.outlook);
    await openOutlookEvent(page, '1:1');
    const frame = await prepFor(page, 'Maria Lopez');
    await addAgenda(frame, 'Quarterly roadmap review');
    await addAgenda(frame, 'Health worry');
    await frame.getByRole('button', { name: 'shared: "Health worry", make it private' }).click();
    const addAction = frame.getByRole('textbox', { name: 'Add action item' });
    await addAction.fill('Send the roadmap draft');
    await addAction.press('Enter');
    await frame.getByRole('button', { name: 'Wrap up' }).click();
    const recap = frame.getByRole('region', { name: 'Recap' });
    await recap.getByRole('checkbox', { name: 'Quarterly roadmap review' }).click();
    await expect(recap.getByRole('checkbox', { name: 'Quarterly roadmap review' })).toBeChecked();
    await recap
      .getByRole('combobox', { name: 'Owner of "Send the roadmap draft"' })
      .selectOption('them');
    await recap.locator('#recap-decisions').fill('Ship the beta in January');
    await expect(recap.getByLabel('Recap preview')).toContainText('Ship the beta in January');
    await shoot(page, frame, 'Recap', `recap-${scheme}`);
  });
}
