/**
 * A short "what stays between us" script for a first 1:1 (the seed articles' Vegas rule:
 * what someone shares in confidence is not passed on unless both agree), in our own words.
 * A script to adapt, not to read out. The words live in the message files
 * (public/_locales/<lang>/messages.json) so the script speaks the UI language.
 */
import type { MessageKey } from '../i18n/catalog';

export interface Script {
  title: MessageKey;
  lines: readonly MessageKey[];
}

export const WHAT_STAYS_BETWEEN_US: Script = {
  title: 'firstMeetingScriptTitle',
  lines: [
    'firstMeetingScriptStays',
    'firstMeetingScriptTogether',
    'firstMeetingScriptSafety',
    'firstMeetingScriptBothWays',
    'firstMeetingScriptNotes',
  ],
};
