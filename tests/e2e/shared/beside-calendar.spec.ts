/**
 * On both browsers: the sidebar sits beside the calendar, not over it. At 1280 px the page makes
 * room (lib/content/sidebar-frame.ts, makeRoomFor), so the event the user clicked, and the card
 * it opened, stay clear of the panel; closing the sidebar gives the room back.
 */
import { test, expect } from '../driver/fixture';
import type { Box, Tab } from '../driver/types';
import {
  GOOGLE_CHIP,
  OUTLOOK_TILE,
  openGoogleEvent,
  openOutlookEvent,
  prepFor,
  URLS,
} from './steps';

const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** The box of the nth element matching `selector` whose text contains `hasText`. */
function boxOf(tab: Tab, selector: string, hasText: string, nth = 0): Promise<Box | null> {
  return tab.evaluate(
    ({ selector, hasText, nth }) => {
      const el = Array.from(document.querySelectorAll(selector)).filter((e) =>
        (e.textContent ?? '').includes(hasText),
      )[nth];
      if (!el) return null;
      const r = el.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    },
    { selector, hasText, nth },
  );
}

/** The page's layout settled after the sidebar slid in (two frames, the panel's transition). */
const settled = (tab: Tab) =>
  tab.evaluate(
    () => new Promise<void>((r) => setTimeout(() => requestAnimationFrame(() => r()), 250)),
  );

const CASES = [
  {
    site: 'Google Calendar',
    url: URLS.google,
    open: (tab: Tab) => openGoogleEvent(tab, 'Raj <> Tom'),
    person: 'Raj Patel',
    event: [GOOGLE_CHIP, 'Raj <> Tom'] as const,
    card: ['#xDetDlg', 'Raj <> Tom'] as const,
  },
  {
    site: 'Google Calendar (Monday)',
    url: URLS.google,
    open: (tab: Tab) => openGoogleEvent(tab, '1:1 Maria / Tom'),
    person: 'Maria Lopez',
    event: [GOOGLE_CHIP, '1:1 Maria / Tom'] as const,
    card: ['#xDetDlg', '1:1 Maria / Tom'] as const,
  },
  {
    site: 'Outlook',
    url: URLS.outlook,
    open: (tab: Tab) => openOutlookEvent(tab, '1:1'),
    person: 'Maria Lopez',
    event: [OUTLOOK_TILE, '1:1'] as const,
    card: ['[data-app-section="CalendarItemPeek"]', '1:1'] as const,
  },
];

for (const c of CASES) {
  test(`${c.site} at 1280 px: the clicked event and its card are not under the sidebar`, async ({
    driver,
  }) => {
    const tab = await driver.newTab();
    await tab.setViewport(1280, 800);
    await tab.goto(c.url);
    const widthBefore = await tab.evaluate(() => document.body.getBoundingClientRect().width);
    await c.open(tab);
    await prepFor(tab, c.person);
    await settled(tab);

    const panel = await tab.sidebarBox();
    expect(panel).not.toBeNull();
    expect(panel!.x).toBeGreaterThan(800);
    // Fixed to the right edge of the viewport (less a scrollbar, if the page shows one).
    expect(panel!.x + panel!.width).toBeGreaterThan(1280 - 20);
    const event = await boxOf(tab, c.event[0], c.event[1]);
    expect(event).not.toBeNull();
    expect(event!.width).toBeGreaterThan(10);
    expect(overlaps(event!, panel!), JSON.stringify({ event, panel })).toBe(false);
    const card = await boxOf(tab, c.card[0], c.card[1]);
    expect(card).not.toBeNull();
    expect(overlaps(card!, panel!), JSON.stringify({ card, panel })).toBe(false);
    // The page itself ends where the panel begins: nothing of it is laid out underneath.
    const body = await tab.evaluate(() => document.body.getBoundingClientRect().right);
    expect(body).toBeLessThanOrEqual(panel!.x + 1);
    // One re-layout, not a loop: the body's size holds still once the panel is in.
    const widths = await tab.evaluate(
      () =>
        new Promise<number[]>((resolve) => {
          const seen: number[] = [];
          const tick = () => {
            seen.push(document.body.getBoundingClientRect().width);
            if (seen.length < 10) requestAnimationFrame(tick);
            else resolve(seen);
          };
          tick();
        }),
    );
    expect(new Set(widths).size).toBe(1);

    // Closing the sidebar gives the page its full width back.
    const frame = await tab.sidebar();
    await frame.click('[aria-label="Close prep"]');
    await expect.poll(() => tab.sidebarOpen()).toBe(false);
    await expect
      .poll(() => tab.evaluate(() => document.body.getBoundingClientRect().width))
      .toBe(widthBefore);
  });
}
