/** Steps the shared specs repeat, over the driver interface (so: on both browsers). */
import { expect, type Surface, type Tab } from '../driver/fixture';
// @ts-expect-error plain ESM module
import { START_URLS } from '../../fixtures/routes.mjs';

export const URLS = START_URLS as {
  google: string;
  googleDe: string;
  googleRedesign: string;
  outlook: string;
};

export const GOOGLE_CHIP = '[data-eventchip][data-eventid]';
export const OUTLOOK_TILE = '[data-calitemid] [role=button]';

/** Opens the nth grid chip whose text contains `title` on the Google fixture week. */
export async function openGoogleEvent(tab: Tab, title: string, nth = 0): Promise<void> {
  await tab.click({ selector: GOOGLE_CHIP, hasText: title, nth });
  await expect.poll(() => tab.text('#xDetDlg')).toContain(title);
}

/** Opens the nth Outlook tile whose label contains `title` (the peek card). */
export async function openOutlookEvent(tab: Tab, title: string, nth = 0): Promise<void> {
  await tab.click({ selector: OUTLOOK_TILE, hasText: title, nth });
  await expect.poll(() => tab.text('[data-app-section="CalendarItemPeek"]')).toContain(title);
}

/**
 * Opens an Outlook event's reading pane (the full view: the peek card has no body, and lists no
 * guests when the user organised the meeting) from its peek card's "View event" button. By key,
 * as a keyboard user would: at the harness's width the peek card of a midweek event is placed
 * by the window's width, like Fluent's callouts, so its right corner (with this button) can sit
 * under the open sidebar.
 */
export async function openOutlookPane(tab: Tab, title: string, nth = 0): Promise<void> {
  await openOutlookEvent(tab, title, nth);
  await tab.press('[data-app-section="CalendarItemPeek"] button[title="View event"]', 'Enter');
  await expect.poll(() => tab.text('[data-app-section="ReadingPane"]')).toContain(title);
}

/** The sidebar frame once it shows the prep for `personName`, slid in. */
export async function prepFor(tab: Tab, personName: string): Promise<Surface> {
  const frame = await tab.sidebar();
  await expect.poll(() => frame.value('[aria-label="Person name"]')).toBe(personName);
  await expect.poll(() => tab.sidebarOpen()).toBe(true);
  return frame;
}

export const region = (name: string) => `section[aria-label="${name}"]`;

/** Adds an agenda item in the sidebar and waits until the list shows it. */
export async function addAgendaItem(frame: Surface, text: string): Promise<void> {
  await frame.type('[aria-label="Add agenda item"]', text);
  await frame.press('[aria-label="Add agenda item"]', 'Enter');
  await expect.poll(() => frame.text(region('Agenda'))).toContain(text);
}

/**
 * Everything the calendar page's own scripts could reach: its DOM text, every attribute, open
 * shadow roots, form values, title, URL, storage keys and cookies, read from the page's world.
 */
export function pageVisibleText(tab: Tab): Promise<string> {
  return tab.evaluate(() => {
    const parts: string[] = [];
    const walk = (root: Document | ShadowRoot | Element) => {
      for (const el of Array.from(root.querySelectorAll('*'))) {
        for (const attr of Array.from(el.attributes)) parts.push(attr.value);
        if (el.shadowRoot) walk(el.shadowRoot);
        if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement)
          parts.push(el.value);
      }
    };
    parts.push(document.documentElement.textContent ?? '');
    walk(document);
    parts.push(
      document.title,
      location.href,
      JSON.stringify(Object.keys(localStorage)),
      document.cookie,
    );
    return parts.join('\n');
  });
}

interface TabState {
  status: string;
  open: { title: string; eventKey: string; seriesKey?: string } | null;
  detection: { isOneOnOne: boolean; counterpart?: { email?: string; name?: string } } | null;
}

/** The state the background keeps for the calendar tab whose title is open (or the only one). */
export async function backgroundState(driver: {
  extensionEval: Tab['evaluate'];
}): Promise<TabState | undefined> {
  const all = await driver.extensionEval(
    () => (globalThis as any).chrome.storage.session.get(null) as Promise<unknown>,
  );
  return Object.values(all as Record<string, { state?: TabState }>).find((r) => r.state)?.state;
}
