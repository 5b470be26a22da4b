/**
 * What the content script does, for any site: read the page through the site's adapter, report
 * it to the background (which decides whether the open event is a 1:1 and with whom), and show or
 * hide the sidebar frame. Kept tiny because it runs on every calendar page view: no Preact, no
 * zod, no detection tables (those live in the background); messages are built from types only.
 * Every listener belongs to `signal`.
 */
import { browser } from 'wxt/browser';
import type { ContentCommand, PageMessage, PageReply } from '../messaging/messages';
import { watchPage, type PageState } from './page-watch';
import { PAGE_SETTINGS_KEY, parsePageSettings, readPageSettings } from '../settings/page-settings';
import { createSidebarFrame, type SidebarFrame } from './sidebar-frame';
import type { Person } from '../detect';
import type { CalendarEvent, SiteAdapter, VisibleEvent } from '../sites/types';

export interface ContentScriptHooks {
  signal: AbortSignal;
  subscribeNavigation: (onNavigate: () => void) => void;
}

/**
 * Page text is unbounded (anyone can send an invite with a 100,000-character title); the
 * background refuses oversized messages whole, so everything is cut to the limits of
 * lib/messaging/messages.ts here, where one bad event must not cost the rest of the page its prep.
 */
const MAX_VISIBLE = 2000;
const cut = (text: string, max: number) => (text.length > max ? text.slice(0, max) : text);
const cutPerson = (p: Person): Person => ({
  ...(p.name !== undefined && { name: cut(p.name, 300) }),
  ...(p.email !== undefined && { email: cut(p.email, 320) }),
});
function clipEvent<T extends VisibleEvent | CalendarEvent>(event: T): T {
  const clipped = { ...event, title: cut(event.title, 2000), eventKey: cut(event.eventKey, 1000) };
  if (event.seriesKey !== undefined) clipped.seriesKey = cut(event.seriesKey, 1000);
  if ('timeZone' in clipped && clipped.timeZone !== undefined)
    clipped.timeZone = cut(clipped.timeZone, 64);
  if ('attendees' in clipped) {
    const full = clipped as CalendarEvent;
    full.attendees = full.attendees.slice(0, 500).map(cutPerson);
    full.self = cutPerson(full.self);
    if (full.organizer) full.organizer = cutPerson(full.organizer);
    if (full.description !== undefined) full.description = cut(full.description, 50_000);
  }
  return clipped;
}

/** The calendar page's language tag ("de", "en-GB"), as it declares it; '' when it does not. */
function pageLanguage(): string {
  return document.documentElement.lang.slice(0, 35);
}

/** Dark when the calendar's own background is dark (read once, when the frame is made). */
function pageTheme(): 'light' | 'dark' {
  for (const el of [document.body, document.documentElement]) {
    if (!el) continue;
    const [r = 255, g = 255, b = 255, alpha = 1] =
      getComputedStyle(el)
        .backgroundColor.match(/\d+(\.\d+)?/g)
        ?.map(Number) ?? [];
    if (alpha > 0) return 0.2126 * r + 0.7152 * g + 0.0722 * b < 128 ? 'dark' : 'light';
  }
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/** Only calendar views are ours to judge (Outlook's mail and people views share the hosts). */
const onCalendarPath = () => /^\/calendar(\/|$)/.test(location.pathname);

export async function runContentScript(adapter: SiteAdapter, hooks: ContentScriptHooks) {
  const { signal } = hooks;
  let settings = await readPageSettings();
  if (signal.aborted || !settings.sites[adapter.site]) return;

  let frame: SidebarFrame | undefined;
  let openKey: string | undefined;
  /** Replies can arrive out of order; only the latest report decides. */
  let reportSeq = 0;
  /**
   * The open event changed since the last decision. A later report about the grid alone (the
   * idle list read) must not swallow it: the reply to the latest report decides for both.
   */
  let openPending = false;
  /** The user closed the sidebar for this event; don't reopen it until another event opens. */
  let dismissedKey: string | undefined;

  const ensureFrame = (): SidebarFrame => {
    if (frame) return frame;
    const nonce = crypto.randomUUID();
    void send({ type: 'frame:register', nonce, pageTheme: pageTheme() });
    frame = createSidebarFrame({
      // The sidebar may speak the calendar's language (lib/i18n/language.ts).
      src: `${browser.runtime.getURL('/sidebar.html')}?lang=${encodeURIComponent(pageLanguage())}#${nonce}`,
      site: adapter.site,
      signal,
      onOpenRequest: () => frame?.show(),
    });
    return frame;
  };

  const onChange = async (state: PageState, changed: { open: boolean }) => {
    if (!onCalendarPath()) return;
    if (changed.open) openPending = true;
    const seq = ++reportSeq;
    const reply = await send({
      type: 'page:state',
      status: state.status,
      open: state.open && clipEvent(state.open),
      visible: state.visible.slice(0, MAX_VISIBLE).map((e) => clipEvent(e)),
    });
    if (!openPending || seq !== reportSeq || signal.aborted) return;
    openPending = false;
    if (!state.open) return;
    const key = state.open.eventKey;
    if (key !== openKey) dismissedKey = undefined;
    openKey = key;
    if (reply?.isOneOnOne) {
      const f = ensureFrame();
      if (settings.autoOpen[adapter.site] && dismissedKey !== key) f.show();
      else if (!f.visible) f.hide(true);
    } else if (reply) {
      frame?.hide(false);
    }
  };

  // The first press on any event starts the (hidden) frame loading, so it is ready by the time
  // the page has opened the event's details: the first prep of a tab then waits on nothing else.
  const warmUp = (event: Event) => {
    const target = event.target as Element | null;
    if (
      !frame &&
      typeof target?.closest === 'function' &&
      target.closest(adapter.eventTargetSelector)
    ) {
      ensureFrame().hide(false);
    }
  };
  document.addEventListener('pointerdown', warmUp, { capture: true, passive: true, signal });

  browser.runtime.onMessage.addListener(onCommand);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(onCommand));
  function onCommand(message: unknown, sender: { id?: string }): undefined {
    if (sender.id !== browser.runtime.id) return;
    const command = message as ContentCommand | undefined;
    if (command?.type === 'frame:hide') {
      dismissedKey = openKey;
      frame?.hide(true);
    }
  }

  browser.storage.onChanged.addListener(onStorage);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(onStorage));
  function onStorage(changes: Record<string, { newValue?: unknown }>, area: string) {
    const change = changes[PAGE_SETTINGS_KEY];
    if (area === 'local' && change) settings = parsePageSettings(change.newValue);
  }

  watchPage({
    adapter,
    doc: document,
    signal,
    subscribeNavigation: hooks.subscribeNavigation,
    // The grid list only feeds "upcoming 1:1s": let the calendar finish loading first.
    visibleDelayMs: 3000,
    onChange: (state, changed) => void onChange(state, changed),
  });
}

/** The background may be restarting or the extension updated: the page must never see an error. */
async function send(message: PageMessage): Promise<PageReply | undefined> {
  try {
    return (await browser.runtime.sendMessage(message)) as PageReply | undefined;
  } catch {
    return undefined;
  }
}
