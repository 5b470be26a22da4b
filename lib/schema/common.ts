/** Vocabulary shared by records, questions and messages. */
import { z } from './zod';

import {
  CADENCES,
  CATEGORIES,
  DIRECTIONS,
  GROW_STEPS,
  IDEAS,
  QUESTION_MODES,
  RELATIONSHIPS,
  SITES,
} from './vocabulary';

// Re-exported so callers need one import for a vocabulary's values and its zod schema.
export * from './vocabulary';
export const Relationship = z.enum(RELATIONSHIPS);
export type Relationship = z.infer<typeof Relationship>;

export const Category = z.enum(CATEGORIES);
export type Category = z.infer<typeof Category>;

export const Direction = z.enum(DIRECTIONS);
export type Direction = z.infer<typeof Direction>;

export const QuestionMode = z.enum(QUESTION_MODES);
export type QuestionMode = z.infer<typeof QuestionMode>;

export const Idea = z.enum(IDEAS);
export type Idea = z.infer<typeof Idea>;

export const GrowStep = z.enum(GROW_STEPS);
export type GrowStep = z.infer<typeof GrowStep>;

export const Depth = z.union([z.literal(1), z.literal(2), z.literal(3)]);
export type Depth = z.infer<typeof Depth>;

export const Cadence = z.enum(CADENCES);
export type Cadence = z.infer<typeof Cadence>;

export const Site = z.enum(SITES);
export type Site = z.infer<typeof Site>;
