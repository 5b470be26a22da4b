/**
 * On both browsers: the first time Tandem meets a person it cannot place, the sidebar asks once
 * who they are to the user; one click answers, the suggestions follow at once, and the question
 * does not come back (after a reload either).
 */
import { test, expect } from '../driver/fixture';
import type { Surface } from '../driver/types';
import { openGoogleEvent, openOutlookPane, prepFor, region, URLS } from './steps';

const QUESTION = region('Who is this');
const suggestionTexts = async (frame: Surface) => {
  const texts: string[] = [];
  const n = await frame.count('.suggestion-text');
  for (let i = 0; i < n; i++)
    texts.push(await frame.text({ selector: '.suggestion-text', nth: i }));
  return texts.join('\n');
};

test('who they are to the user is asked once; the suggestions follow the answer', async ({
  driver,
}) => {
  const tab = await driver.newTab();
  await tab.goto(URLS.google);
  await openGoogleEvent(tab, 'Raj <> Tom');
  let frame = await prepFor(tab, 'Raj Patel');
  await expect.poll(() => frame.text(QUESTION)).toContain('Who is Raj Patel to you?');
  expect(await frame.value('[aria-label="Relationship"]')).toBe('other');
  await expect.poll(() => frame.count('.suggestion-text')).toBeGreaterThan(0);
  const before = await suggestionTexts(frame);

  await frame.click({ selector: `${QUESTION} button`, hasText: 'My manager' });
  await expect.poll(() => frame.count(QUESTION)).toBe(0);
  await expect.poll(() => frame.value('[aria-label="Relationship"]')).toBe('manager');
  // At once: the list is recomputed for a manager (questions a report asks their manager).
  await expect.poll(() => suggestionTexts(frame)).not.toBe(before);
  const after = await suggestionTexts(frame);
  expect(after.length).toBeGreaterThan(0);

  await tab.reload();
  await openGoogleEvent(tab, 'Raj <> Tom');
  frame = await prepFor(tab, 'Raj Patel');
  expect(await frame.value('[aria-label="Relationship"]')).toBe('manager');
  await expect.poll(() => frame.count('.suggestion-text')).toBeGreaterThan(0);
  expect(await frame.count(QUESTION)).toBe(0);

  // Skipping counts as asked too: another new person, skipped, is not asked again.
  await openGoogleEvent(tab, '1:1 Maria / Tom');
  frame = await prepFor(tab, 'Maria Lopez');
  await expect.poll(() => frame.text(QUESTION)).toContain('Who is Maria Lopez to you?');
  // (The last button: "Skip-level" also contains the word.)
  await frame.click(`${QUESTION} button:last-child`);
  await expect.poll(() => frame.count(QUESTION)).toBe(0);
  expect(await frame.value('[aria-label="Relationship"]')).toBe('other');
  await tab.reload();
  await openGoogleEvent(tab, '1:1 Maria / Tom');
  frame = await prepFor(tab, 'Maria Lopez');
  await expect.poll(() => frame.count('.suggestion-text')).toBeGreaterThan(0);
  expect(await frame.count(QUESTION)).toBe(0);
});

test('Outlook: a new person is asked about once, the answer sticks and the suggestions follow it', async ({
  driver,
}) => {
  const tab = await driver.newTab();
  await tab.goto(URLS.outlook);
  await openOutlookPane(tab, 'Raj <> Tom');
  let frame = await prepFor(tab, 'Raj Patel');
  await expect.poll(() => frame.text(QUESTION)).toContain('Who is Raj Patel to you?');
  await expect.poll(() => frame.count('.suggestion-text')).toBeGreaterThan(0);
  const before = await suggestionTexts(frame);

  await frame.click({ selector: `${QUESTION} button`, hasText: 'My manager' });
  await expect.poll(() => frame.count(QUESTION)).toBe(0);
  await expect.poll(() => frame.value('[aria-label="Relationship"]')).toBe('manager');
  await expect.poll(() => suggestionTexts(frame)).not.toBe(before);

  // Asked once: not on the next visit, nor for the same person's next meeting on the other site.
  await tab.reload();
  await openOutlookPane(tab, 'Raj <> Tom');
  frame = await prepFor(tab, 'Raj Patel');
  await expect.poll(() => frame.count('.suggestion-text')).toBeGreaterThan(0);
  expect(await frame.count(QUESTION)).toBe(0);
  await tab.goto(URLS.google);
  await openGoogleEvent(tab, 'Raj <> Tom');
  frame = await prepFor(tab, 'Raj Patel');
  expect(await frame.value('[aria-label="Relationship"]')).toBe('manager');
  await expect.poll(() => frame.count('.suggestion-text')).toBeGreaterThan(0);
  expect(await frame.count(QUESTION)).toBe(0);
  expect(driver.outbound).toEqual([]);
});
