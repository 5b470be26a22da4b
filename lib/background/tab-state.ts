/**
 * What the background remembers per calendar tab: the last page state its content script
 * reported and the nonce of the sidebar frame it created. Kept in `storage.session` (memory only,
 * never on disk) because the service worker may be stopped at any moment between two messages.
 */
import { browser } from 'wxt/browser';
import type { Detection } from '../detect';
import type { PageMessage, TabStatus } from '../messaging/messages';
import { siteOfHost, type SiteId } from '../sites/hosts';

type PageState = Extract<PageMessage, { type: 'page:state' }>;

export interface TabRecord {
  site: SiteId;
  nonce?: string;
  pageTheme?: 'light' | 'dark';
  state?: Pick<PageState, 'status' | 'open'> & { detection: Detection | null };
}

const key = (tabId: number) => `tab:${tabId}`;

export async function readTab(tabId: number): Promise<TabRecord | undefined> {
  const stored = await browser.storage.session.get(key(tabId));
  return stored[key(tabId)] as TabRecord | undefined;
}

export async function writeTab(tabId: number, record: TabRecord): Promise<void> {
  await browser.storage.session.set({ [key(tabId)]: record });
}

export async function forgetTab(tabId: number): Promise<void> {
  await browser.storage.session.remove(key(tabId));
}

export function statusOf(record: TabRecord | undefined): TabStatus | undefined {
  if (!record?.state) return undefined;
  return { site: record.site, status: record.state.status };
}

/** Only called for senders the guard has already matched to a calendar host. */
export function siteOfUrl(url: string | undefined): SiteId {
  return (url && siteOfHost(new URL(url).hostname)) || 'outlook';
}
