/** Vocabulary shared by records, questions and messages. */
import { z } from '../zod';

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
export const Relationship = z.enum(RELATIONSHIPS);
export type Relationship = z.infer<typeof Relationship>;

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
export const Category = z.enum(CATEGORIES);
export type Category = z.infer<typeof Category>;

export const GROW_STEPS = ['goal', 'reality', 'options', 'will'] as const;
export const GrowStep = z.enum(GROW_STEPS);
export type GrowStep = z.infer<typeof GrowStep>;

export const Depth = z.union([z.literal(1), z.literal(2), z.literal(3)]);
export type Depth = z.infer<typeof Depth>;

export const CADENCES = ['weekly', 'biweekly', 'monthly'] as const;
export const Cadence = z.enum(CADENCES);
export type Cadence = z.infer<typeof Cadence>;

export const SITES = ['google', 'outlook', 'manual'] as const;
export const Site = z.enum(SITES);
export type Site = z.infer<typeof Site>;
