/** A question's content: what the library ships and what the user writes. */
import { z } from './zod';
import { Category, Depth, GrowStep, Relationship } from './common';

export const QuestionContent = z.object({
  id: z.string().min(1),
  text: z.string().trim().min(3).max(500),
  category: Category,
  /** 1 light … 3 deep. */
  depth: Depth,
  /** Who it fits, as my relationship to them ("report" = ask my report). Never empty. */
  relationships: z.array(Relationship).min(1),
  /** Only for category 'grow'. */
  growStep: GrowStep.optional(),
});
export type QuestionContent = z.infer<typeof QuestionContent>;
