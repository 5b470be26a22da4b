/**
 * What the content script does, for any site: read the page through the site's adapter, decide
 * whether the open event is a 1:1, tell the background, and show or hide the sidebar frame.
 * Kept free of Preact and zod (it runs on every calendar page view); messages are built from
 * types only. Every listener belongs to `signal`.
 */
import { browser } from 'wxt/browser';
import { detectOneOnOne, type Detection, type Person } from './detect';
import type { ContentCommand, PageMessage } from './messages';
import { watchPage, type PageState } from './page-watch';
import { DEFAULT_PAGE_SETTINGS, PAGE_SETTINGS_KEY, parsePageSettings } from './page-settings';
import type { PageSettings } from './page-settings';
import { createSidebarFrame, type SidebarFrame } from './sidebar-frame';
import type { CalendarEvent, SiteAdapter } from './sites/types';

export interface ContentScriptHooks {
  signal: AbortSignal;
  subscribeNavigation: (onNavigate: () => void) => void;
}

export async function runContentScript(adapter: SiteAdapter, hooks: ContentScriptHooks) {
  const { signal } = hooks;
  let settings = await readSettings();
  if (signal.aborted || !settings.sites[adapter.site]) return;

  let frame: SidebarFrame | undefined;
  let lastState: PageState | undefined;
  let lastDetection: Detection | null = null;
  /** The user closed the sidebar for this event; don't reopen it until another event opens. */
  let dismissedKey: string | undefined;

  const ensureFrame = (): SidebarFrame => {
    if (frame) return frame;
    const nonce = crypto.randomUUID();
    send({ type: 'frame:register', nonce });
    frame = createSidebarFrame({
      src: `${browser.runtime.getURL('/sidebar.html')}#${nonce}`,
      site: adapter.site,
      signal,
      onOpenRequest: () => frame?.show(),
    });
    return frame;
  };

  const detect = (event: CalendarEvent): Detection => {
    const self: Person = {
      email: event.self.email ?? settings.selfEmails[0],
      name: event.self.name ?? settings.selfNames[0],
    };
    const override = event.seriesKey ? settings.seriesOverrides[event.seriesKey] : undefined;
    return detectOneOnOne(event, self, { extraKeywords: settings.extraKeywords, override });
  };

  const publish = (state: PageState) => {
    send({
      type: 'page:state',
      status: state.status,
      open: state.open,
      detection: lastDetection,
      visible: state.visible,
    });
  };

  const onChange = (state: PageState, changed: { open: boolean }) => {
    // Outlook's mail and people views share the hosts: only calendar views are ours to judge.
    if (!/^\/calendar(\/|$)/.test(location.pathname)) return;
    lastState = state;
    if (changed.open && state.open) {
      lastDetection = detect(state.open);
      if (lastDetection.isOneOnOne) {
        if (dismissedKey !== state.open.eventKey) dismissedKey = undefined;
        const f = ensureFrame();
        if (settings.autoOpen[adapter.site] && !dismissedKey) f.show();
        else if (!f.visible) f.hide(true);
      } else {
        frame?.hide(false);
      }
    }
    publish(state);
  };

  browser.runtime.onMessage.addListener(onCommand);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(onCommand));
  function onCommand(message: unknown, sender: { id?: string }) {
    if (sender.id !== browser.runtime.id) return;
    const command = message as ContentCommand | undefined;
    if (command?.type === 'frame:hide') {
      dismissedKey = lastState?.open?.eventKey;
      frame?.hide(true);
    } else if (command?.type === 'frame:show') frame?.show();
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
    onChange,
  });
}

async function readSettings(): Promise<PageSettings> {
  try {
    const stored = await browser.storage.local.get(PAGE_SETTINGS_KEY);
    return parsePageSettings(stored[PAGE_SETTINGS_KEY]);
  } catch {
    return DEFAULT_PAGE_SETTINGS;
  }
}

function send(message: PageMessage) {
  // The background may be restarting or the extension updated: the page must never see an error.
  browser.runtime.sendMessage(message).catch(() => undefined);
}
