/**
 * The background's message router. It holds no state in memory that matters (the service worker
 * can die at any time): tab records live in storage.session. It relays the open event from a
 * tab's content script to that tab's sidebar frame, but only to a frame that presents the nonce
 * the content script registered, so a frame the page made itself gets nothing.
 */
import { browser, type Browser } from 'wxt/browser';
import { isOurContentScript, isOurExtensionPage } from '../messaging/message-guard';
import {
  PageMessage,
  PageToBackground,
  SIDEBAR_PORT,
  SidebarHello,
  type ContentCommand,
  type PageReply,
  type SidebarPush,
} from '../messaging/messages';
import { handleRpc } from '../rpc/server';
import { createPrepService } from '../rpc/methods';
import type { DbChange, Repository, SeriesOccurrence } from '../db/repository';
import { cachedPageSettings } from '../settings/page-settings';
import { setPrivateHidden } from '../privacy/screen-share';
import { detectEvent } from './detect-event';
import { withPrepPrefetch } from './prep-prefetch';
import { rememberSelf } from './remember-self';
import { createRepositoryHost } from './repository-host';
import { createSyncService } from './sync-service';
import { forgetTab, readTab, siteOfUrl, statusOf, writeTab } from './tab-state';

type Port = Browser.runtime.Port;
type Sender = Browser.runtime.MessageSender;

/** Returns the background's one repository connection, for the other background services. */
export function startRouter(): { repository: () => Promise<Repository> } {
  const sidebarPorts = new Map<number, Port>();
  const extensionId = browser.runtime.id;
  const extensionOrigin = browser.runtime.getURL('/').replace(/\/$/, '');
  // Views re-query when data changes; the frame can't hear the database's BroadcastChannel
  // (it is partitioned under the calendar page), so the background relays it over the ports.
  const repository = createRepositoryHost((change: DbChange) => {
    prefetch.drop();
    for (const port of sidebarPorts.values())
      port.postMessage({ type: 'db:changed', stores: change.stores });
    if (change.stores.includes('meetings')) gridSeries.meetingsChanged();
  });
  const gridSeries = recordGridSeries(repository);
  const prefetch = withPrepPrefetch(createPrepService(repository));
  const service = prefetch.service;
  const pageSettings = cachedPageSettings();
  // Sync resumes by itself after a worker restart when the key is still in storage.session.
  const sync = createSyncService(repository);
  void sync.resume().catch(() => undefined);
  // Messages of one tab are handled one after another: the frame's hello must see the state the
  // content script reported before it, and a report must reach a port registered before it.
  const tabQueues = new Map<number, Promise<unknown>>();
  const inTabOrder = <T>(tabId: number, work: () => Promise<T>): Promise<T> => {
    const next = (tabQueues.get(tabId) ?? Promise.resolve()).then(work, work);
    tabQueues.set(
      tabId,
      next.catch(() => undefined),
    );
    return next;
  };

  browser.runtime.onMessage.addListener((raw: unknown, sender: Sender) => {
    if (isOurContentScript(sender, extensionId)) return handlePage(raw, sender);
    if (isOurExtensionPage(sender, extensionId, extensionOrigin))
      return handleExtensionPage(raw, sender);
    return undefined; // anything else: ignored, no reply
  });

  async function handlePage(raw: unknown, sender: Sender) {
    const parsed = PageMessage.safeParse(raw);
    const tabId = sender.tab?.id;
    if (!parsed.success) {
      // Paths and codes only: never the page's text.
      const where = parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.')} ${i.code}`);
      console.warn('Tandem refused a page message:', where.join('; '));
    }
    if (!parsed.success || tabId === undefined) return { ok: false };
    return inTabOrder(tabId, () => applyPage(parsed.data, tabId, sender));
  }

  async function applyPage(message: PageMessage, tabId: number, sender: Sender) {
    const record = (await readTab(tabId)) ?? { site: siteOfUrl(sender.url) };
    if (message.type === 'frame:register') {
      // Before the frame's hello (queued behind this): the sidebar's first paint already hides.
      if ((await pageSettings()).hidePrivateOnOpen) await setPrivateHidden(true);
      await writeTab(tabId, {
        ...record,
        nonce: message.nonce,
        ...(message.pageTheme && { pageTheme: message.pageTheme }),
      });
      return { ok: true };
    }
    const { status, open } = message;
    const settings = await pageSettings();
    const detection = open ? detectEvent(open, settings) : null;
    // The frame will ask for this 1:1's prep as soon as it hears of it: start reading it now.
    if (open && detection?.isOneOnOne && record.nonce) prefetch.start({ event: open, detection });
    // Told before the tab record is written: the frame's next step does not read the record.
    sidebarPorts
      .get(tabId)
      ?.postMessage({ type: 'prep:event', event: open, detection } satisfies SidebarPush);
    if (open)
      void repository()
        .then((repo) => rememberSelf(repo, open.site, open.self, settings))
        .catch(() => undefined);
    await writeTab(tabId, { ...record, state: { status, open, detection } });
    if (message.visible.length > 0) gridSeries.seen(tabId, message.visible);
    return { ok: true, ...(detection && { isOneOnOne: detection.isOneOnOne }) } satisfies PageReply;
  }

  async function handleExtensionPage(raw: unknown, sender: Sender) {
    if ((raw as { type?: unknown } | null)?.type === 'rpc') return handleRpc(raw, service);
    // Sync is set up from the options page and unlocked there or in the popup, never the sidebar.
    if ((raw as { type?: unknown } | null)?.type === 'sync') {
      const path = sender.url ? new URL(sender.url).pathname : '';
      return path === '/options.html' || path === '/popup.html'
        ? sync.onMessage(raw)
        : Promise.resolve({ ok: false });
    }
    const parsed = PageToBackground.safeParse(raw);
    if (!parsed.success) return { ok: false };
    const message = parsed.data;
    if (message.type === 'tab:status')
      return { ok: true, status: statusOf(await readTab(message.tabId)) ?? null };
    // frame:close comes from the sidebar inside a tab: hide that tab's frame.
    const tabId = sender.tab?.id;
    if (tabId === undefined) return { ok: false };
    await browser.tabs.sendMessage(tabId, { type: 'frame:hide' } satisfies ContentCommand, {
      frameId: 0,
    });
    return { ok: true };
  }

  browser.runtime.onConnect.addListener((port: Port) => {
    if (port.name !== SIDEBAR_PORT) return;
    const sender = port.sender;
    const tabId = sender?.tab?.id;
    if (
      !sender ||
      tabId === undefined ||
      !isOurExtensionPage(sender, extensionId, extensionOrigin)
    ) {
      port.disconnect();
      return;
    }
    port.onMessage.addListener((raw: unknown) => inTabOrder(tabId, () => greet(raw)));
    const greet = async (raw: unknown) => {
      const hello = SidebarHello.safeParse(raw);
      const record = await readTab(tabId);
      if (!hello.success || !record?.nonce || record.nonce !== hello.data.nonce) {
        port.disconnect(); // a frame our content script did not create: it gets nothing
        return;
      }
      sidebarPorts.set(tabId, port);
      if (record.pageTheme) {
        port.postMessage({ type: 'page:theme', theme: record.pageTheme } satisfies SidebarPush);
      }
      const state = record.state;
      port.postMessage({
        type: 'prep:event',
        event: state?.detection?.isOneOnOne ? state.open : null,
        detection: state?.detection ?? null,
      } satisfies SidebarPush);
    };
    port.onDisconnect.addListener(() => {
      if (sidebarPorts.get(tabId) === port) sidebarPorts.delete(tabId);
    });
  });

  browser.tabs.onRemoved.addListener((tabId: number) => {
    sidebarPorts.delete(tabId);
    gridSeries.forget(tabId);
    void forgetTab(tabId);
  });
  return { repository };
}

/**
 * The grid's occurrences of series the user already prepared become meetings (so "Next 1:1s"
 * lists them): `recordSeriesOccurrences` runs after the reply to the content script, fire and
 * forget, only when a tab's list of series occurrences changed (a hash per tab, in memory; a
 * restarted worker simply records once more, which adds nothing twice). A meeting written
 * elsewhere (the user opened a 1:1 of a series for the first time) re-reads the tabs' last
 * lists, so the series' other visible occurrences follow without another grid change.
 */
function recordGridSeries(repository: () => Promise<Repository>) {
  const tabs = new Map<number, { hash: number; events: SeriesOccurrence[] }>();
  let again: 'idle' | 'scheduled' = 'idle';
  const record = (events: SeriesOccurrence[]) => {
    // After the reply: the answer to the content script never waits on the database.
    setTimeout(() => {
      void repository()
        .then((repo) => repo.recordSeriesOccurrences(events, new Date().toISOString()))
        .catch(() => undefined);
    }, 0);
  };
  return {
    seen(tabId: number, visible: readonly SeriesOccurrence[]) {
      const events = visible.filter((e) => e.seriesKey && e.start);
      const hash = hashOccurrences(events);
      if (tabs.get(tabId)?.hash === hash) return;
      tabs.set(tabId, { hash, events });
      if (events.length > 0) record(events);
    },
    meetingsChanged() {
      if (again === 'scheduled' || tabs.size === 0) return;
      again = 'scheduled';
      setTimeout(() => {
        again = 'idle';
        const events = [...tabs.values()].flatMap((t) => t.events);
        if (events.length > 0) record(events);
      }, 0);
    },
    forget(tabId: number) {
      tabs.delete(tabId);
    },
  };
}

/** FNV-1a over the occurrences' keys and times: a 32-bit fingerprint of one grid list. */
function hashOccurrences(events: readonly SeriesOccurrence[]): number {
  let hash = 0x811c9dc5;
  for (const e of events) {
    const line = `${e.site}\t${e.eventKey}\t${e.seriesKey ?? ''}\t${e.start ?? ''}\t${e.end ?? ''}\n`;
    for (let i = 0; i < line.length; i++) {
      hash ^= line.charCodeAt(i);
      hash = Math.imul(hash, 0x01000193);
    }
  }
  return hash >>> 0;
}
