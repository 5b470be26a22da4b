/**
 * The part of the settings the content script needs, mirrored by the extension pages into
 * `storage.local` whenever settings are saved. Nothing secret lives here: which sites are on,
 * auto-open, extra 1:1 keywords, per-series overrides and the user's own names and emails.
 * Validated by hand because zod stays out of the content script.
 */
import { browser } from 'wxt/browser';
import type { SiteId } from '../sites/hosts';

export interface PageSettings {
  sites: Record<SiteId, boolean>;
  autoOpen: Record<SiteId, boolean>;
  extraKeywords: string[];
  seriesOverrides: Record<string, 'always' | 'never'>;
  selfNames: string[];
  selfEmails: string[];
  /** The UI language setting; extension pages read it before their first render (lib/i18n). */
  language: 'auto' | 'en' | 'de';
  /** Screen-share safe mode whenever a calendar page opens its sidebar (read by the background). */
  hidePrivateOnOpen: boolean;
}

export const PAGE_SETTINGS_KEY = 'tandem:pageSettings';

export const DEFAULT_PAGE_SETTINGS: PageSettings = {
  sites: { google: true, outlook: true },
  autoOpen: { google: true, outlook: true },
  extraKeywords: [],
  seriesOverrides: {},
  selfNames: [],
  selfEmails: [],
  language: 'auto',
  hidePrivateOnOpen: false,
};

const isStringArray = (v: unknown): v is string[] =>
  Array.isArray(v) && v.every((s) => typeof s === 'string');
const isFlags = (v: unknown): v is Record<SiteId, boolean> =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as Record<string, unknown>).google === 'boolean' &&
  typeof (v as Record<string, unknown>).outlook === 'boolean';

/** Anything malformed falls back to the default for that field. */
export function parsePageSettings(raw: unknown): PageSettings {
  if (typeof raw !== 'object' || raw === null) return DEFAULT_PAGE_SETTINGS;
  const r = raw as Record<string, unknown>;
  const overrides: Record<string, 'always' | 'never'> = {};
  if (typeof r.seriesOverrides === 'object' && r.seriesOverrides !== null) {
    for (const [key, value] of Object.entries(r.seriesOverrides)) {
      if (value === 'always' || value === 'never') overrides[key] = value;
    }
  }
  return {
    sites: isFlags(r.sites) ? r.sites : DEFAULT_PAGE_SETTINGS.sites,
    autoOpen: isFlags(r.autoOpen) ? r.autoOpen : DEFAULT_PAGE_SETTINGS.autoOpen,
    extraKeywords: isStringArray(r.extraKeywords) ? r.extraKeywords : [],
    seriesOverrides: overrides,
    selfNames: isStringArray(r.selfNames) ? r.selfNames : [],
    selfEmails: isStringArray(r.selfEmails) ? r.selfEmails : [],
    language: r.language === 'en' || r.language === 'de' ? r.language : 'auto',
    hidePrivateOnOpen: r.hidePrivateOnOpen === true,
  };
}

/** The settings record's page-relevant part (type-only import: nothing of zod reaches the page). */
export function pageSettingsFrom(settings: {
  sites: Record<SiteId, boolean>;
  autoOpen: Record<SiteId, boolean>;
  extraKeywords: string[];
  seriesOverrides: Record<string, 'always' | 'never'>;
  selfIdentities: { name?: string | undefined; email?: string | undefined }[];
  language?: 'auto' | 'en' | 'de';
  hidePrivateOnCalendarOpen?: boolean | undefined;
}): PageSettings {
  const names = settings.selfIdentities.map((s) => s.name).filter((n): n is string => !!n);
  const emails = settings.selfIdentities
    .map((s) => s.email?.toLowerCase())
    .filter((e): e is string => !!e);
  return {
    sites: settings.sites,
    autoOpen: settings.autoOpen,
    extraKeywords: settings.extraKeywords,
    seriesOverrides: settings.seriesOverrides,
    selfNames: [...new Set(names)],
    selfEmails: [...new Set(emails)],
    language: settings.language ?? 'auto',
    hidePrivateOnOpen: settings.hidePrivateOnCalendarOpen === true,
  };
}

/** The mirror as stored; the defaults when it is missing, malformed or unreadable. */
export async function readPageSettings(): Promise<PageSettings> {
  try {
    const stored = await browser.storage.local.get(PAGE_SETTINGS_KEY);
    return parsePageSettings(stored[PAGE_SETTINGS_KEY]);
  } catch {
    return DEFAULT_PAGE_SETTINGS;
  }
}

/**
 * For the background, which reads these on every page report: one storage read, then the copy
 * kept current by storage.onChanged (a new service worker starts with a fresh read).
 */
export function cachedPageSettings(): () => Promise<PageSettings> {
  let current: Promise<PageSettings> | undefined;
  browser.storage.onChanged.addListener((changes, area) => {
    const change = changes[PAGE_SETTINGS_KEY];
    if (area === 'local' && change) current = Promise.resolve(parsePageSettings(change.newValue));
  });
  return () => (current ??= readPageSettings());
}
