/**
 * A short "what stays between us" script for a first 1:1 (the seed articles' Vegas rule:
 * what someone shares in confidence is not passed on unless both agree), in our own words.
 * A script to adapt, not to read out.
 */
export interface Script {
  title: string;
  lines: readonly string[];
}

export const WHAT_STAYS_BETWEEN_US: Script = {
  title: 'What stays between us',
  lines: [
    'What you tell me in here stays with me. I only pass something on when we have agreed on it together.',
    'If something should go further, we decide together who hears it and how it is put.',
    'The one exception is someone’s safety: then I would tell you first what I need to do.',
    'It works both ways: tell me when something I share should stay in this room too.',
    'My notes from these meetings stay on my computer.',
  ],
};
