/**
 * The plain word lists behind the zod enums in common.ts, importable without zod (the sidebar
 * bundle and the content scripts stay small).
 */

/** Who the other person is to me: "report" means they report to me. */
export const RELATIONSHIPS = [
  'report',
  'manager',
  'peer',
  'skip-level',
  'mentor',
  'mentee',
  'other',
] as const;
export type Relationship = (typeof RELATIONSHIPS)[number];

/** Question categories, following the seed articles. */
export const CATEGORIES = [
  'wellbeing', // how they are: energy, workload
  'rapport', // chit-chat, getting to know each other
  'deeper', // values, proud moments, lessons, experiences of leadership
  'operative', // current work, blockers
  'support', // how I can help
  'growth', // learning: new skills, a routine for it, funding
  'career', // where they want to go
  'feedback-upward', // feedback for me
  'feedback-downward', // feedback for them
  'team', // team and collaboration
  'direction', // company direction: share plans, invite them in
  'grow', // GROW coaching (see GrowStep)
  'first-meeting', // a first 1:1
  'ask-manager', // what a report can ask their manager
] as const;

export const GROW_STEPS = ['goal', 'reality', 'options', 'will'] as const;

export const CADENCES = ['weekly', 'biweekly', 'monthly'] as const;

export const SITES = ['google', 'outlook', 'manual'] as const;
