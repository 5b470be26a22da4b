import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  cachedPageSettings,
  DEFAULT_PAGE_SETTINGS,
  PAGE_SETTINGS_KEY,
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

  it("the background's copy reads storage once, then follows every saved change", async () => {
    await fakeBrowser.storage.local.set({ [PAGE_SETTINGS_KEY]: { selfNames: ['Tom'] } });
    const read = cachedPageSettings();
    expect((await read()).selfNames).toEqual(['Tom']);
    await fakeBrowser.storage.local.set({ [PAGE_SETTINGS_KEY]: { selfNames: ['Tom', 'Tomás'] } });
    expect((await read()).selfNames).toEqual(['Tom', 'Tomás']);
    await fakeBrowser.storage.local.remove(PAGE_SETTINGS_KEY);
    expect(await read()).toEqual(DEFAULT_PAGE_SETTINGS);
  });
});
