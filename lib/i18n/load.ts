/**
 * Loads the catalog a page should speak, before its first render. The catalogs are the
 * extension's own `_locales/<lang>/messages.json`, read with fetch from the extension origin
 * (no network). The language and the du/Sie choice come from the settings mirror in
 * `storage.local` (lib/page-settings.ts), which every extension page can read in a few ms.
 */
import { browser } from 'wxt/browser';
import { readPageSettings } from '../settings/page-settings';
import { useCatalog, type Catalog, type Language } from './catalog';
import { localeFor, pickLanguage } from './language';

function uiLanguage(): string | undefined {
  try {
    return browser.i18n.getUILanguage();
  } catch {
    return undefined;
  }
}

async function fetchCatalog(language: Language): Promise<Catalog | undefined> {
  try {
    const response = await fetch(browser.runtime.getURL(`/_locales/${language}/messages.json`));
    return response.ok ? ((await response.json()) as Catalog) : undefined;
  } catch {
    return undefined;
  }
}

/** Picks the language (Settings → the calendar page's → the browser's) and loads it. */
export async function loadLanguage(pageLanguage?: string | null): Promise<Language> {
  const settings = await readPageSettings();
  const ui = uiLanguage();
  const language = pickLanguage({
    setting: settings.language,
    pageLanguage: pageLanguage ?? undefined,
    uiLanguage: ui,
  });
  const catalog = await fetchCatalog(language);
  // Without its file (never expected) lookups fall back to browser.i18n in the UI language.
  useCatalog(language, catalog ?? {}, localeFor(language, ui));
  return language;
}
