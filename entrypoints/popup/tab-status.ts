/** Whether the active tab is a calendar page whose layout the content script could not read. */
import { browser } from 'wxt/browser';
import { z } from '@/lib/schema/zod';
import { buildLayoutReport } from '@/lib/report/layout-report';
import { collectPageShape, type SkeletonNode } from '@/lib/report/skeleton';
import { siteOfHost, type SiteId } from '@/lib/sites/hosts';
import { googleSelectors } from '@/lib/sites/google-calendar/selectors';
import { outlookSelectors } from '@/lib/sites/outlook/selectors';

/**
 * What Tandem cannot read in a calendar tab: the whole layout, or the event open in it (the
 * layout is still recognised, but the open event's details are not where the adapter looks).
 */
export type Unreadable = 'layout' | 'event';

export interface UnreadableTab {
  tabId: number;
  what: Unreadable;
  site: SiteId;
  /** the report's header: the page's path and the status the background last heard for the tab */
  path: string;
  status: string;
}

const UNREADABLE: Partial<Record<string, Unreadable>> = {
  'not-recognised': 'layout',
  'event-unreadable': 'event',
};

/** The active tab when it is a calendar page Tandem cannot read (or whose open event), else null. */
export async function activeTabNotRecognised(): Promise<UnreadableTab | null> {
  try {
    // Without the `tabs` permission `url` is only set on our calendar hosts; that is enough:
    // the background knows nothing about other tabs anyway.
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined || !tab.url) return null;
    const reply = (await browser.runtime.sendMessage({ type: 'tab:status', tabId: tab.id })) as
      { ok: boolean; status?: { status?: string } | null } | undefined;
    const status = reply?.ok === true ? (reply.status?.status ?? '') : '';
    const what = UNREADABLE[status];
    const url = new URL(tab.url);
    const site = siteOfHost(url.hostname);
    return what && site ? { tabId: tab.id, what, site, path: url.pathname, status } : null;
  } catch {
    // No background yet (just installed) or no active tab: nothing to warn about.
    return null;
  }
}

const Name = z.string().max(200);
const Node: z.ZodType<SkeletonNode> = z.lazy(() =>
  z.object({
    t: Name,
    id: z.string().max(1000),
    c: z.array(z.string().max(1000)).max(200),
    r: z.string().max(1000).nullable(),
    a: z.array(Name).max(500),
    k: z.array(Node).max(5000),
  }),
);
/** The injected walk's result, checked like any message: it was computed over a hostile page. */
const PageShapeReply = z.object({
  root: Node.nullable(),
  hits: z.record(z.string().max(100), z.number().int()),
});
const SELECTORS = { google: googleSelectors, outlook: outlookSelectors };

/**
 * The layout report of a calendar tab, or null without an answer. The page's shape is read by a
 * function injected into the tab only now (lib/report/skeleton.ts), not by the content script,
 * which every page view loads; the report is built (filtered) here.
 */
export async function requestLayoutReport(tab: UnreadableTab): Promise<string | null> {
  try {
    const selectors = SELECTORS[tab.site];
    const [injected] = await browser.scripting.executeScript({
      target: { tabId: tab.tabId },
      func: collectPageShape,
      args: [selectors],
    });
    const parsed = PageShapeReply.safeParse(injected?.result);
    if (!parsed.success) return null;
    const skeleton = {
      ...parsed.data,
      path: tab.path,
      site: tab.site,
      status: tab.status,
      version: browser.runtime.getManifest().version,
      userAgent: navigator.userAgent,
    };
    return buildLayoutReport(skeleton, selectors);
  } catch {
    return null;
  }
}

export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

export function prepHref(personId: string): string {
  return browser.runtime.getURL('/prep.html') + '?person=' + encodeURIComponent(personId);
}

export function openPrep(personId: string): void {
  void browser.tabs.create({ url: prepHref(personId) });
}
