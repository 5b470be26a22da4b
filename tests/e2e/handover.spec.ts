/**
 * A 1:1 has two people (issue 15): the topics written in the event's description join the agenda
 * as "from the event", shared and private items look different, and "Copy agenda for the invite"
 * hands over only shared topics in a block the description reader takes back.
 */
import type { Frame, Page } from '@playwright/test';
import { test, expect } from './harness';
import { todayIsoDay } from '../../lib/prep/view-model';
import { axeViolations } from './axe';
import { openGoogleEvent, openOutlookEvent, pageVisibleText, prepFor, URLS } from './helpers';

/** Replaces the frame's clipboard writer with a recorder: the test reads what would be copied. */
async function recordClipboard(frame: Frame): Promise<() => Promise<string[]>> {
  await frame.evaluate(() => {
    const copied: string[] = [];
    (window as unknown as { __copied: string[] }).__copied = copied;
    navigator.clipboard.writeText = async (text: string) => {
      copied.push(text);
    };
  });
  return () => frame.evaluate(() => (window as unknown as { __copied: string[] }).__copied);
}

const agendaRow = (frame: Frame, text: string) =>
  frame.getByRole('region', { name: 'Agenda' }).getByRole('listitem').filter({ hasText: text });

async function openOutlookPane(page: Page, title: string): Promise<void> {
  await openOutlookEvent(page, title);
  await page.locator('[data-app-section="CalendarItemPeek"] button[title="View event"]').click();
  await expect(page.locator('[data-app-section="ReadingPane"]')).toContainText(title);
}

test('Google: the agenda block of the description shows as theirs, from the event; a removed one stays away', async ({
  harness,
}) => {
  const page = await harness.context.newPage();
  await page.goto(URLS.google);
  await openGoogleEvent(page, 'Coffee with Lena');
  let frame = await prepFor(page, 'Lena Fischer');
  for (const topic of ['Team offsite in March', 'Feedback on my promotion doc']) {
    await expect(agendaRow(frame, topic)).toContainText('from the event');
    await expect(agendaRow(frame, topic)).toContainText('theirs');
    await expect(agendaRow(frame, topic)).toContainText('shared');
  }
  // Plain text only: the description's other lines are no topics.
  await expect(frame.getByRole('region', { name: 'Agenda' })).not.toContainText('See you there');
  await frame.getByRole('button', { name: 'Remove "Team offsite in March"' }).click();
  await expect(agendaRow(frame, 'Team offsite in March')).toHaveCount(0);
  await frame
    .getByRole('button', { name: 'shared: "Feedback on my promotion doc", make it private' })
    .click();
  await expect(agendaRow(frame, 'Feedback on my promotion doc')).toContainText('private');
  await page.screenshot({ path: 'test-results/screenshots/handover-from-event-google-light.png' });
  expect(await axeViolations(frame)).toEqual([]);

  await page.reload();
  await openGoogleEvent(page, 'Coffee with Lena');
  frame = await prepFor(page, 'Lena Fischer');
  await expect(agendaRow(frame, 'Feedback on my promotion doc')).toHaveCount(1);
  await expect(agendaRow(frame, 'Feedback on my promotion doc')).toContainText('private');
  await expect(agendaRow(frame, 'Team offsite in March')).toHaveCount(0);
  expect(harness.outbound).toEqual([]);
});

test('Outlook: the reading pane body (Word bullets) gives the topics', async ({ harness }) => {
  const page = await harness.context.newPage();
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(URLS.outlook);
  await openOutlookPane(page, 'Weekly sync');
  const frame = await prepFor(page, 'Sofia Nguyen');
  await expect(agendaRow(frame, 'Roadmap for 2027')).toContainText('from the event');
  await expect(agendaRow(frame, 'On-call rota')).toContainText('theirs');
  await expect(frame.getByRole('region', { name: 'Agenda' })).not.toContainText('Room Elbe');
  await page.screenshot({ path: 'test-results/screenshots/handover-from-event-outlook-dark.png' });
  expect(await axeViolations(frame)).toEqual([]);
  expect(harness.outbound).toEqual([]);
});

test('Copy agenda for the invite: shared topics only, and the block reads back as the agenda', async ({
  harness,
}) => {
  const page = await harness.context.newPage();
  await page.goto(URLS.google);
  await openGoogleEvent(page, 'Raj <> Tom');
  const frame = await prepFor(page, 'Raj Patel');
  const add = frame.getByRole('textbox', { name: 'Add agenda item' });
  await add.fill('Hiring plan for Q1');
  await add.press('Enter');
  await add.fill('SECRET worry about the reorg');
  await add.press('Enter');
  await frame.getByRole('button', { name: 'mine: new items, switch' }).click();
  await add.fill('Conference budget');
  await add.press('Enter');
  await expect(agendaRow(frame, 'Conference budget')).toContainText('theirs');
  await frame
    .getByRole('button', { name: 'shared: "SECRET worry about the reorg", make it private' })
    .click();
  await expect(agendaRow(frame, 'SECRET worry')).toContainText('private');
  await frame.getByRole('textbox', { name: 'Meeting notes' }).fill('NOTE-TEXT never leaves');
  await expect(frame.getByText('Saved')).toBeVisible();

  const copied = await recordClipboard(frame);
  await frame.getByRole('button', { name: 'Copy agenda for the invite' }).click();
  await expect(frame.getByText('Copied', { exact: true })).toBeVisible();
  const [block] = await copied();
  expect(block).toBe(
    'Agenda (Tandem)\n- Hiring plan for Q1 — Tom Becker\n- Conference budget — Raj Patel\n',
  );
  expect(await pageVisibleText(page)).not.toContain('Hiring plan');

  // Pasted into another 1:1's invite (the fixture stores what the user would paste), it is read
  // back: each topic with its owner, seen from this user.
  await page.evaluate((text) => {
    const fx = (
      window as unknown as {
        __CALENDAR_FIXTURE__: Record<
          'series' | 'events',
          { title: string; description?: unknown }[]
        >;
      }
    ).__CALENDAR_FIXTURE__;
    const event = [...fx.series, ...fx.events].find((e) => e.title === 'Weekly sync')!;
    event.description = text.split('\n').flatMap((line) => [line, ['br']]);
  }, block!);
  // The fixture draws the grid from its data: switch views so the chips carry the new text.
  await page.locator('[data-scheduler-view-mode][aria-label="Day"]').click();
  await page.locator('[data-scheduler-view-mode][aria-label="Week"]').click();
  await openGoogleEvent(page, 'Weekly sync');
  const other = await prepFor(page, 'Sofia Nguyen');
  await expect(agendaRow(other, 'Hiring plan for Q1')).toContainText('mine');
  await expect(agendaRow(other, 'Conference budget')).toContainText('theirs');
  await expect(agendaRow(other, 'Hiring plan for Q1')).toContainText('from the event');
  await expect(other.getByRole('region', { name: 'Agenda' })).not.toContainText('SECRET');
  await page.screenshot({ path: 'test-results/screenshots/handover-copy-agenda-light.png' });
});

/** A due date 30 days ahead: a fixed one turns "overdue" once the calendar passes it. */
const DUE = (() => {
  const iso = todayIsoDay(new Date(Date.now() + 30 * 86_400_000));
  const shown = new Intl.DateTimeFormat('en-US', {
    month: 'short',
    day: 'numeric',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${iso}T12:00:00Z`));
  return { iso, shown };
})();

test('Recap: covered shared topics, decisions and action items, and no note or private text', async ({
  harness,
}) => {
  const page = await harness.context.newPage();
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(URLS.outlook);
  await openOutlookEvent(page, '1:1');
  const frame = await prepFor(page, 'Maria Lopez');
  const add = frame.getByRole('textbox', { name: 'Add agenda item' });
  for (const text of [
    'Quarterly walrus review',
    'PRIVATE-TOPIC health worry',
    'Open question for later',
  ]) {
    await add.fill(text);
    await add.press('Enter');
    await expect(agendaRow(frame, text)).toHaveCount(1);
  }
  await frame
    .getByRole('button', { name: 'shared: "PRIVATE-TOPIC health worry", make it private' })
    .click();
  const addAction = frame.getByRole('textbox', { name: 'Add action item' });
  await addAction.fill('Send the roadmap draft');
  await addAction.press('Enter');
  await addAction.fill('PRIVATE-ACTION ask HR about leave');
  await addAction.press('Enter');
  await frame
    .getByRole('button', { name: 'shared: "PRIVATE-ACTION ask HR about leave", make it private' })
    .click();
  await frame.getByRole('textbox', { name: 'Meeting notes' }).fill('NOTE-TEXT stays here');
  await expect(frame.getByText('Saved')).toBeVisible();

  await frame.getByRole('button', { name: 'Wrap up' }).click();
  const recap = frame.getByRole('region', { name: 'Recap' });
  // Ticked here, a topic is done in this meeting (the box follows the saved record).
  for (const name of ['Quarterly walrus review', 'PRIVATE-TOPIC health worry']) {
    await recap.getByRole('checkbox', { name }).click();
    await expect(recap.getByRole('checkbox', { name })).toBeChecked();
  }
  await recap
    .getByRole('combobox', { name: 'Owner of "Send the roadmap draft"' })
    .selectOption('them');
  await recap.getByLabel('Due date of "Send the roadmap draft"').fill(DUE.iso);
  await recap
    .getByRole('textbox', { name: 'Decisions (one per line)' })
    .fill('Ship the beta in January');
  await expect(recap.getByLabel('Recap preview')).toContainText(`by ${DUE.iso}`);

  const copied = await recordClipboard(frame);
  await recap.getByRole('button', { name: 'Copy recap' }).click();
  await expect(recap.getByText('Copied', { exact: true })).toBeVisible();
  const [text] = await copied();
  expect(text).toContain('- Quarterly walrus review');
  expect(text).toContain('Decisions\n- Ship the beta in January');
  expect(text).toContain(`- Send the roadmap draft — Maria Lopez, by ${DUE.iso}`);
  for (const secret of ['PRIVATE-TOPIC', 'PRIVATE-ACTION', 'NOTE-TEXT', 'Open question for later'])
    expect(text).not.toContain(secret);
  // The confirmed owner and due date were saved on the action item itself.
  await expect(
    frame
      .getByRole('region', { name: 'Action items' })
      .getByRole('listitem')
      .filter({ hasText: 'Send the roadmap draft' }),
    // Shown in the UI language (issue 17): the browser here speaks en-US.
  ).toContainText(`due ${DUE.shown}`);
  await recap.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/screenshots/handover-recap-outlook-dark.png' });
  expect(await axeViolations(frame)).toEqual([]);
  expect(await pageVisibleText(page)).not.toContain('Quarterly walrus review');
  expect(harness.outbound).toEqual([]);
});
