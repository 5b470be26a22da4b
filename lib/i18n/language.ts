/**
 * Which language a page speaks. Pure, so the rule is tested on its own:
 * 1. An explicit choice in Settings (English or German) always wins.
 * 2. Otherwise a page beside a calendar speaks the calendar's language when Tandem has it
 *    (`<html lang>` of the calendar page): a German Google Calendar in an English browser gets a
 *    German sidebar, next to the German words it sits beside.
 * 3. Otherwise the browser's UI language, when Tandem has it; English last.
 */
import { LANGUAGES, type Language } from './catalog';

export type LanguageSetting = 'auto' | Language;

export const LANGUAGE_SETTINGS: readonly LanguageSetting[] = ['auto', ...LANGUAGES];

/** The Tandem language of a BCP 47 tag ("de-AT" → "de"), or undefined when Tandem lacks it. */
export function supportedLanguage(tag: string | undefined | null): Language | undefined {
  const primary = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return LANGUAGES.find((l) => l === primary);
}

export function pickLanguage(input: {
  setting: LanguageSetting | undefined;
  pageLanguage?: string | undefined;
  uiLanguage: string | undefined;
}): Language {
  if (input.setting && input.setting !== 'auto') return input.setting;
  return supportedLanguage(input.pageLanguage) ?? supportedLanguage(input.uiLanguage) ?? 'en';
}

/** The tag for Intl: the browser's own when it speaks the chosen language ("de-CH" keeps
 *  Swiss number formats), the bare language otherwise. */
export function localeFor(language: Language, uiLanguage: string | undefined): string {
  return supportedLanguage(uiLanguage) === language && uiLanguage ? uiLanguage : language;
}
