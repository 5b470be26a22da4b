/** The adapter registry: the content script asks for the adapter of the page's URL and knows nothing else. */
import { googleCalendarAdapter } from './google-calendar/adapter';
import { outlookAdapter } from './outlook/adapter';
import { siteOfHost, type SiteId } from './hosts';
import type { SiteAdapter } from './types';

const ADAPTERS: Record<SiteId, SiteAdapter> = {
  google: googleCalendarAdapter,
  outlook: outlookAdapter,
};

export function adapterFor(url: URL): SiteAdapter | undefined {
  const site = siteOfHost(url.hostname);
  return site && ADAPTERS[site];
}
