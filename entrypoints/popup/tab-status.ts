/** Whether the active tab is a calendar page whose layout the content script could not read. */
import { browser } from 'wxt/browser';
import { z } from '@/lib/schema/zod';
import type { ContentCommand } from '@/lib/messaging/messages';
import { buildLayoutReport } from '@/lib/report/layout-report';
import type { SkeletonNode } from '@/lib/report/skeleton';
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
    const what = reply?.ok === true ? UNREADABLE[reply.status?.status ?? ''] : undefined;
    return what ? { tabId: tab.id, what } : null;
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
const SkeletonMessage = z.object({
  root: Node.nullable(),
  hits: z.record(z.string().max(100), z.number().int()),
  path: z.string().max(5000),
  site: z.enum(['google', 'outlook']),
  status: z.string().max(50),
  version: z.string().max(50),
  userAgent: z.string().max(1000),
});
const SELECTORS = { google: googleSelectors, outlook: outlookSelectors };

/**
 * The layout report of a calendar tab, or null without an answer: its content script collects
 * the page's skeleton, and the report is built (filtered) here, where it costs page views nothing.
 */
export async function requestLayoutReport(tabId: number): Promise<string | null> {
  try {
    const command: ContentCommand = { type: 'layout:report' };
    const parsed = SkeletonMessage.safeParse(await browser.tabs.sendMessage(tabId, command));
    if (!parsed.success) return null;
    return buildLayoutReport(parsed.data, SELECTORS[parsed.data.site]);
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
