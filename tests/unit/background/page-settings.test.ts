import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PAGE_SETTINGS,
  pageSettingsFrom,
  parsePageSettings,
} from '@/lib/settings/page-settings';

describe('page settings mirror', () => {
  it('falls back field by field on malformed input (the content script has no zod)', () => {
    expect(parsePageSettings(null)).toEqual(DEFAULT_PAGE_SETTINGS);
    expect(parsePageSettings('x')).toEqual(DEFAULT_PAGE_SETTINGS);
    const parsed = parsePageSettings({
      sites: { google: false, outlook: true },
      autoOpen: { google: 'yes' },
      extraKeywords: ['sync', 3],
      seriesOverrides: { a: 'always', b: 'sometimes', c: 'never' },
      selfNames: ['Tom'],
    });
    expect(parsed.sites).toEqual({ google: false, outlook: true });
    expect(parsed.autoOpen).toEqual(DEFAULT_PAGE_SETTINGS.autoOpen);
    expect(parsed.extraKeywords).toEqual([]);
    expect(parsed.seriesOverrides).toEqual({ a: 'always', c: 'never' });
    expect(parsed.selfNames).toEqual(['Tom']);
  });

  it('derives the mirror from the settings record', () => {
    const mirror = pageSettingsFrom({
      sites: { google: true, outlook: false },
      autoOpen: { google: true, outlook: true },
      extraKeywords: ['Sprechstunde'],
      seriesOverrides: { s1: 'never' },
      selfIdentities: [
        { name: 'Tom Becker', email: 'Tom.Becker@Northwind.example' },
        { email: 'tom.becker@northwind.example' },
      ],
    });
    expect(mirror.selfEmails).toEqual(['tom.becker@northwind.example']);
    expect(mirror.selfNames).toEqual(['Tom Becker']);
    expect(mirror.sites.outlook).toBe(false);
  });
});
