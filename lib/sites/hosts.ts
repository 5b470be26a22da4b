/**
 * The only sites Tandem runs on, written once. The manifest (wxt.config.ts), the content-script
 * matches, the sender guard and the tab state all derive from this list. Plain data, no imports:
 * it is read at build time by WXT and shipped to the calendar page inside the content script.
 * outlook.cloud.microsoft is where Microsoft is moving accounts in 2026 (see docs/ARCHITECTURE.md).
 */
export const SITE_HOSTS = {
  google: ['calendar.google.com'],
  outlook: [
    'outlook.office.com',
    'outlook.office365.com',
    'outlook.live.com',
    'outlook.cloud.microsoft',
  ],
} as const;

export type SiteId = keyof typeof SITE_HOSTS;

export const SITE_IDS = Object.keys(SITE_HOSTS) as [SiteId, ...SiteId[]];

/** `https://host` for every calendar host, as a sender's origin reads. */
export const CALENDAR_ORIGINS: readonly string[] = Object.values(SITE_HOSTS)
  .flat()
  .map((host) => `https://${host}`);

/** Manifest match patterns for one site, or for all of them. */
export function matchPatterns(site?: SiteId): string[] {
  const hosts: readonly string[] = site ? SITE_HOSTS[site] : Object.values(SITE_HOSTS).flat();
  return hosts.map((host) => `https://${host}/*`);
}

/** The site a calendar URL belongs to, or undefined for any other address. */
export function siteOfHost(hostname: string): SiteId | undefined {
  const host = hostname.toLowerCase();
  return SITE_IDS.find((site) => (SITE_HOSTS[site] as readonly string[]).includes(host));
}
