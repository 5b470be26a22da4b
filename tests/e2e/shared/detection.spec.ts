/**
 * On both browsers: the content script runs on all five calendar hosts, and detection reads the
 * right events (Google's dialog, Outlook's peek card, Google in German, a redesign that must not be
 * recognised). The verdict is read from the extension side (the background's per-tab state).
 */
import { test, expect, type Driver } from '../driver/fixture';
import { backgroundState, openGoogleEvent, openOutlookEvent, prepFor, URLS } from './steps';

const OUTLOOK_URLS = [
  'https://outlook.office.com/calendar/view/workweek',
  'https://outlook.office365.com/calendar/view/workweek',
  'https://outlook.live.com/calendar/0/view/workweek',
  'https://outlook.cloud.microsoft/calendar/view/workweek',
];

async function expectVerdict(driver: Driver, title: string, isOneOnOne: boolean) {
  await expect.poll(async () => (await backgroundState(driver))?.open?.title).toContain(title);
  await expect
    .poll(async () => (await backgroundState(driver))?.detection?.isOneOnOne)
    .toBe(isOneOnOne);
  return (await backgroundState(driver))!;
}

for (const url of [URLS.google, ...OUTLOOK_URLS]) {
  test(`the content script runs on ${new URL(url).host} and its sidebar frame loads there`, async ({
    driver,
  }) => {
    const tab = await driver.newTab();
    await tab.goto(url);
    if (url === URLS.google) await openGoogleEvent(tab, '1:1 Maria / Tom');
    else await openOutlookEvent(tab, '1:1 Maria / Tom');
    await prepFor(tab, 'Maria Lopez');
    // The only trace in the page: our host element, with a closed shadow root.
    expect(await tab.evaluate(() => document.querySelectorAll('tandem-prep').length)).toBe(1);
    expect(await tab.evaluate(() => !!document.querySelector('tandem-prep')?.shadowRoot)).toBe(
      false,
    );
    expect(driver.consoleErrors).toEqual([]);
    expect(driver.outbound).toEqual([]);
  });
}

test('Google: a 1:1 is recognised with its counterpart; an interview, a team meeting and a customer call are not', async ({
  driver,
}) => {
  const tab = await driver.newTab();
  await tab.goto(URLS.google);
  await openGoogleEvent(tab, '1:1 Maria / Tom');
  const maria = await expectVerdict(driver, '1:1 Maria / Tom', true);
  expect(maria.detection?.counterpart?.email).toBe('maria.lopez@northwind.example');
  expect(maria.open?.eventKey).toMatch(/^3u8nd2kq61hv0pl7rj9c4s5bmt_20261123T090000Z /);
  for (const title of [
    'Interview: Backend candidate',
    'Sprint planning',
    'Contoso <> Northwind: renewal call',
  ]) {
    await tab.keyboard('Escape');
    await openGoogleEvent(tab, title);
    await expectVerdict(driver, title, false);
  }
  expect(await tab.sidebarOpen()).toBe(false);
  expect(driver.outbound).toEqual([]);
});

test('Google in German', async ({ driver }) => {
  const tab = await driver.newTab();
  await tab.goto(URLS.googleDe);
  await openGoogleEvent(tab, 'Einzelgespräch Anna / Tom');
  const anna = await expectVerdict(driver, 'Einzelgespräch Anna / Tom', true);
  expect(anna.detection?.counterpart?.email).toBe('anna.schmidt@northwind.example');
  await tab.keyboard('Escape');
  await openGoogleEvent(tab, 'Vorstellungsgespräch');
  await expectVerdict(driver, 'Vorstellungsgespräch', false);
});

test('Outlook: the peek card of a 1:1 is recognised, an interview and a team meeting are not', async ({
  driver,
}) => {
  const tab = await driver.newTab();
  await tab.goto(URLS.outlook);
  await openOutlookEvent(tab, '1:1 Maria / Tom');
  const maria = await expectVerdict(driver, '1:1 Maria / Tom', true);
  expect(maria.detection?.counterpart?.name).toMatch(/Maria/);
  await openOutlookEvent(tab, 'Interview');
  await expectVerdict(driver, 'Interview', false);
  await openOutlookEvent(tab, 'Sprint planning');
  await expectVerdict(driver, 'Sprint planning', false);
  expect(driver.outbound).toEqual([]);
});

test('a redesigned page is reported as not recognised and nothing is injected', async ({
  driver,
}) => {
  const tab = await driver.newTab();
  await tab.goto(URLS.googleRedesign);
  await expect.poll(async () => (await backgroundState(driver))?.status).toBe('not-recognised');
  expect(await tab.evaluate(() => document.querySelector('tandem-prep') === null)).toBe(true);
  expect(driver.consoleErrors).toEqual([]);
});
