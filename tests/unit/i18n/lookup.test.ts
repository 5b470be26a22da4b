import { afterEach, describe, expect, it } from 'vitest';
import english from '../../../public/_locales/en/messages.json';
import german from '../../../public/_locales/de/messages.json';
import { currentLanguage, formatNumber, t, tn, useCatalog } from '../../../lib/i18n/catalog';
import { formatDate, formatDay, formatWhen } from '../../../lib/i18n/format';
import { CATEGORY_LABELS } from '../../../lib/i18n/labels';
import { localeFor, pickLanguage, supportedLanguage } from '../../../lib/i18n/language';

afterEach(() => useCatalog('en', english, 'en-US'));

describe('lookups', () => {
  it('fills placeholders and picks plural forms by the language’s rules', () => {
    expect(t('prepTitle', { name: 'Jonas' })).toBe('1:1 prep with Jonas');
    expect(tn('headerLastMetDaysAgo', 1)).toBe('Last met 1 day ago');
    expect(tn('headerLastMetDaysAgo', 12)).toBe('Last met 12 days ago');
    useCatalog('de', german, 'de-DE');
    expect(currentLanguage()).toBe('de');
    expect(t('prepTitle', { name: 'Jonas' })).toBe('1:1-Vorbereitung mit Jonas');
    expect(tn('headerLastMetDaysAgo', 1)).toBe('Zuletzt vor 1 Tag getroffen');
    expect(tn('headerLastMetDaysAgo', 0)).toBe('Zuletzt vor 0 Tagen getroffen');
    expect(tn('libraryShownCount', 1200, { shown: 25 })).toBe('25 von 1.200 Fragen');
  });

  it("words a standing topic's schedule in both languages, singular and plural", () => {
    expect(tn('standingEveryMeetings', 1)).toBe('every meeting');
    expect(tn('standingEveryMeetings', 2)).toBe('every 2 meetings');
    expect(tn('standingEveryWeeks', 1)).toBe('every week');
    expect(tn('standingDueInMeetings', 1)).toBe('due in 1 meeting');
    expect(tn('standingDueInDays', 6)).toBe('due in 6 days');
    useCatalog('de', german, 'de-DE');
    expect(tn('standingEveryMeetings', 1)).toBe('jeden Termin');
    expect(tn('standingEveryWeeks', 4)).toBe('alle 4 Wochen');
    expect(tn('standingDueInMeetings', 1)).toBe('in 1 Termin fällig');
    expect(tn('standingDueInDays', 3)).toBe('in 3 Tagen fällig');
  });

  it('formats numbers in the locale', () => {
    expect(formatNumber(1234.5)).toBe('1,234.5');
    useCatalog('de', german, 'de-CH');
    expect(formatNumber(1234.5)).toMatch(/^1['’]234\.5$/); // ICU versions differ on the apostrophe
    useCatalog('de', german, 'de');
    expect(formatNumber(1234.5)).toBe('1.234,5');
  });

  it('reads label tables in the language active when read', () => {
    expect(CATEGORY_LABELS.operative).toBe('Current work');
    useCatalog('de', german, 'de');
    expect(CATEGORY_LABELS.operative).toBe('Aktuelle Arbeit');
    expect(Object.keys(CATEGORY_LABELS)).toContain('ask-manager');
  });

  it('shows the key itself for a key no catalog has (visible, never blank)', () => {
    useCatalog('de', {}, 'de');
    expect(t('prepTitle', { name: 'A' })).toBe('prepTitle');
  });
});

describe('dates and times', () => {
  const nineUtc = '2026-11-23T09:00:00.000Z';
  it('shows a meeting in the calendar’s zone, in the UI language', () => {
    useCatalog('de', german, 'de-DE');
    expect(formatWhen(nineUtc, 'Europe/Berlin')).toBe('Mo., 23. Nov. 2026, 10:00');
    expect(formatWhen(nineUtc, 'America/New_York')).toBe('Mo., 23. Nov. 2026, 4:00');
    useCatalog('en', english, 'en-US');
    expect(formatWhen(nineUtc, 'Europe/Berlin')).toBe('Mon, Nov 23, 2026, 10:00 AM');
  });

  it('falls back to the browser’s zone for an unknown zone name, and to "" for no date', () => {
    expect(formatWhen(nineUtc, 'Mars/Olympus')).toBe(formatWhen(nineUtc));
    expect(formatWhen('not a date')).toBe('');
    expect(formatDay('')).toBe('');
  });

  it('shows a due date as the same calendar day everywhere', () => {
    useCatalog('de', german, 'de-DE');
    expect(formatDate('2026-03-09')).toBe('9. März 2026');
    expect(formatDate('soon')).toBe('soon');
  });
});

describe('which language a page speaks', () => {
  it('takes Settings first, then the calendar page, then the browser, then English', () => {
    expect(pickLanguage({ setting: 'en', pageLanguage: 'de', uiLanguage: 'de-AT' })).toBe('en');
    expect(pickLanguage({ setting: 'auto', pageLanguage: 'de', uiLanguage: 'en-US' })).toBe('de');
    expect(pickLanguage({ setting: 'auto', pageLanguage: 'fr', uiLanguage: 'de-CH' })).toBe('de');
    expect(pickLanguage({ setting: undefined, pageLanguage: '', uiLanguage: 'ja' })).toBe('en');
  });

  it('reads language tags loosely and keeps the browser’s region for formats', () => {
    expect(supportedLanguage('DE_at')).toBe('de');
    expect(supportedLanguage('en-GB')).toBe('en');
    expect(supportedLanguage('es')).toBeUndefined();
    expect(localeFor('de', 'de-AT')).toBe('de-AT');
    expect(localeFor('de', 'en-US')).toBe('de');
  });
});
