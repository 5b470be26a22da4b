/**
 * Every word Tandem shows, looked up by key in the active language's catalog. The catalogs are
 * the browser's own message files, `public/_locales/<lang>/messages.json`: the browser reads
 * them for the manifest (name, description) and `browser.i18n`; extension pages load the one
 * the user's language asks for (lib/i18n/load.ts), because `browser.i18n` always speaks the
 * browser's UI language and the Settings override must win. Keys are typed from the English
 * file (type-only: no catalog is bundled into any page).
 *
 * Messages use `{name}` placeholders (never `$`, which the browser reserves). Plurals are keys
 * ending in `_one`/`_other` (and any other CLDR category a language needs), picked with
 * Intl.PluralRules; numbers are formatted with Intl.NumberFormat.
 */
import type English from '../../public/_locales/en/messages.json';

type AllKeys = keyof typeof English;
/** The base of every plural family: `notesCount` for `notesCount_one` + `notesCount_other`. */
export type PluralKey = AllKeys extends infer K
  ? K extends `${infer Base}_other`
    ? Base
    : never
  : never;
type PluralForm = `${PluralKey}_${string}`;
export type MessageKey = Exclude<AllKeys, PluralForm>;

export type Catalog = Record<string, { message: string; description?: string }>;
export type Params = Record<string, string | number>;

export const LANGUAGES = ['en', 'de'] as const;
export type Language = (typeof LANGUAGES)[number];

interface Active {
  language: Language;
  /** A BCP 47 tag for Intl: the browser's own when it speaks this language (de-AT, en-GB). */
  locale: string;
  catalog: Catalog;
  plural: Intl.PluralRules;
  number: Intl.NumberFormat;
}

let active: Active | undefined;

/** Makes `catalog` the one every lookup reads; `locale` refines formatting (dates, numbers). */
export function useCatalog(language: Language, catalog: Catalog, locale: string = language): void {
  active = {
    language,
    locale,
    catalog,
    plural: new Intl.PluralRules(locale),
    number: new Intl.NumberFormat(locale),
  };
  if (typeof document !== 'undefined') document.documentElement.lang = locale;
}

export function currentLanguage(): Language {
  return active?.language ?? 'en';
}

/** The tag Intl formatters should use. */
export function currentLocale(): string {
  return active?.locale ?? 'en';
}

function lookup(key: string): string {
  const found = active?.catalog[key]?.message;
  if (found !== undefined) return found;
  // Before a catalog is loaded (or for a key a catalog lacks: the parity test forbids that),
  // the browser's own lookup in its UI language, else the key itself so the gap is visible.
  const fromBrowser = browserMessage(key);
  return fromBrowser || key;
}

function browserMessage(key: string): string {
  try {
    const api = (globalThis as { chrome?: { i18n?: { getMessage(k: string): string } } }).chrome;
    return api?.i18n?.getMessage(key) ?? '';
  } catch {
    return '';
  }
}

function fill(message: string, params: Params | undefined): string {
  if (!params) return message;
  return message.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? formatNumber(value) : value;
  });
}

/** The message for `key` in the active language, `{name}` placeholders filled from `params`. */
export function t(key: MessageKey, params?: Params): string {
  return fill(lookup(key), params);
}

/** A plural family: `tn('notesCount', 3)` reads `notesCount_other` with `{count}` = "3". */
export function tn(key: PluralKey, count: number, params?: Params): string {
  const category = active?.plural.select(count) ?? (count === 1 ? 'one' : 'other');
  const exact = active?.catalog[`${key}_${category}`] ? `${key}_${category}` : `${key}_other`;
  return fill(lookup(exact), { count, ...params });
}

export function formatNumber(value: number): string {
  return (active?.number ?? new Intl.NumberFormat('en')).format(value);
}

/** A number with exactly `digits` decimals ("2.0" / "2,0"). */
export function formatDecimal(value: number, digits: number): string {
  return new Intl.NumberFormat(currentLocale(), {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(value);
}

/**
 * A record of labels (category → name) read in the active language each time a label is read,
 * so module-level label tables stay plain `Record`s for their users: `CATEGORY_LABELS[c]`.
 */
export function translated<K extends string | number>(
  keys: Record<K, MessageKey>,
): Readonly<Record<K, string>> {
  const out = {} as Record<K, string>;
  for (const name of Object.keys(keys) as K[]) {
    Object.defineProperty(out, name, { enumerable: true, get: () => t(keys[name]) });
  }
  return out;
}
