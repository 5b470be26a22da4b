/** The adapter registry: the content script asks for the adapter of the page's URL and knows nothing else. */
import { googleCalendarAdapter } from './google-calendar/adapter';
import { outlookAdapter } from './outlook/adapter';
import type { SiteAdapter } from './types';

/** Hosts per site. outlook.cloud.microsoft is where Microsoft is migrating accounts (DOM.md §2.1, 2026). */
export const SITE_HOSTS = {
  google: ['calendar.google.com'],
  outlook: [
    'outlook.office.com',
    'outlook.office365.com',
    'outlook.live.com',
    'outlook.cloud.microsoft',
  ],
} as const;

export function adapterFor(url: URL): SiteAdapter | undefined {
  const host = url.hostname.toLowerCase();
  if ((SITE_HOSTS.google as readonly string[]).includes(host)) return googleCalendarAdapter;
  if ((SITE_HOSTS.outlook as readonly string[]).includes(host)) return outlookAdapter;
  return undefined;
}
