/**
 * On both browsers: a standing topic set to come back every 2 meetings is on the agenda when it
 * is due, off it the meeting after it was discussed, and back on the one after that, with its
 * history: when it was last discussed and what that meeting's note said about it.
 */
import { test, expect } from '../driver/fixture';
import type { Surface, Tab } from '../driver/types';
import { openGoogleEvent, openOutlookEvent, prepFor, region, URLS } from './steps';

const DUE = '[aria-label="Standing topics due"]';
const ALL = '[aria-label="All standing topics"]';
const NOTES = '[aria-label="Meeting notes"]';

/** Maria's weekly 1:1 in the week `weeks` after the fixture's, its prep loaded. */
async function mariaIn(tab: Tab, weeks: number, day: string): Promise<Surface> {
  await tab.keyboard('Escape');
  for (let i = 0; i < weeks; i++) await tab.click('[aria-label="Next week"]');
  await openGoogleEvent(tab, '1:1 Maria / Tom');
  const frame = await prepFor(tab, 'Maria Lopez');
  await expect.poll(() => frame.text('.prep-header')).toContain(day);
  return frame;
}

test('a standing topic every 2 meetings comes back on schedule, with what was said', async ({
  driver,
}) => {
  const tab = await driver.newTab();
  await tab.goto(URLS.google);
  await openGoogleEvent(tab, '1:1 Maria / Tom');
  let frame = await prepFor(tab, 'Maria Lopez');
  await expect.poll(() => frame.text('.prep-header')).toContain('Nov 23');

  await frame.click('.standing-all summary');
  await frame.type('[aria-label="Add a standing topic"]', 'Career path');
  expect(await frame.value('[aria-label="Every how many"]')).toBe('2');
  expect(await frame.value('[aria-label="Meetings or weeks"]')).toBe('meetings');
  await frame.press('[aria-label="Add a standing topic"]', 'Enter');
  // Never discussed: due at once, on the agenda.
  await expect.poll(() => frame.text(`${region('Agenda')} ${DUE}`)).toContain('Career path');
  expect(await frame.text(DUE)).toContain('every 2 meetings');
  await frame.click('[aria-label="Discussed: Career path"]');
  await frame.type(NOTES, 'Career path: wants to lead the Q1 roadmap. Other news.');
  await expect.poll(() => frame.text(`${region('Notes')} [role=status]`)).toMatch(/Saved/);

  // The next meeting: not due, and the list says when it is.
  frame = await mariaIn(tab, 1, 'Nov 30');
  await expect.poll(() => frame.text(ALL)).toContain('due in 1 meeting');
  expect(await frame.count(DUE)).toBe(0);

  // The one after: due again, with when it was last discussed and what was said.
  frame = await mariaIn(tab, 1, 'Dec 7');
  await expect.poll(() => frame.text(DUE)).toContain('Career path');
  expect(await frame.text(DUE)).toContain('last discussed Nov 23, 2026');
  await frame.click(`${DUE} .standing-history summary`);
  await expect
    .poll(() => frame.text(`${DUE} .standing-history`))
    .toContain('wants to lead the Q1 roadmap');
  expect(await frame.text(`${DUE} .standing-history`)).not.toContain('Other news');
  expect(driver.outbound).toEqual([]);
  expect(driver.consoleErrors).toEqual([]);
});

/** Maria's weekly 1:1 on Google, `weeks` before the fixture's week (Nov 23), its prep loaded. */
async function mariaOnGoogleBefore(tab: Tab, weeks: number, day: string): Promise<Surface> {
  await tab.goto(URLS.google);
  for (let i = 0; i < weeks; i++) await tab.click('[aria-label="Previous week"]');
  await openGoogleEvent(tab, '1:1 Maria / Tom');
  const frame = await prepFor(tab, 'Maria Lopez');
  await expect.poll(() => frame.text('.prep-header')).toContain(day);
  return frame;
}

test('Outlook: a standing topic discussed two meetings ago is due in this week’s 1:1, with what was said', async ({
  driver,
}) => {
  // The Outlook page shows one week, so the earlier meetings happen on Google: the topic lives
  // on the person (same e-mail on both calendars), and the schedule counts her meetings on both.
  const tab = await driver.newTab();
  let frame = await mariaOnGoogleBefore(tab, 2, 'Nov 9');
  await frame.click('.standing-all summary');
  await frame.type('[aria-label="Add a standing topic"]', 'Wellbeing and workload');
  await frame.press('[aria-label="Add a standing topic"]', 'Enter');
  await expect.poll(() => frame.text(DUE)).toContain('Wellbeing and workload');
  await frame.click('[aria-label="Discussed: Wellbeing and workload"]');
  await frame.type(NOTES, 'Workload: too many reviews this sprint. The offsite is booked.');
  await expect.poll(() => frame.text(`${region('Notes')} [role=status]`)).toMatch(/Saved/);

  frame = await mariaOnGoogleBefore(tab, 1, 'Nov 16');
  await expect.poll(() => frame.text(ALL)).toContain('due in 1 meeting');
  expect(await frame.count(DUE)).toBe(0);

  await tab.goto(URLS.outlook);
  await openOutlookEvent(tab, '1:1 Maria / Tom');
  frame = await prepFor(tab, 'Maria Lopez');
  await expect.poll(() => frame.text(DUE)).toContain('Wellbeing and workload');
  expect(await frame.text(DUE)).toContain('every 2 meetings');
  expect(await frame.text(DUE)).toContain('last discussed Nov 9, 2026');
  await frame.click(`${DUE} .standing-history summary`);
  await expect
    .poll(() => frame.text(`${DUE} .standing-history`))
    .toContain('too many reviews this sprint');
  expect(await frame.text(`${DUE} .standing-history`)).not.toContain('offsite');
  expect(driver.outbound).toEqual([]);
  expect(driver.consoleErrors).toEqual([]);
});
