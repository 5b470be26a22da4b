/** A question's content: what the library ships and what the user writes. */
import { z } from './zod';
import { Category, Depth, GrowStep, Relationship } from './common';

/** The blank in a template's text, which the user fills before asking. */
export const TEMPLATE_BLANK = '___';

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
  /**
   * A question that states a fact ("We're planning to adopt ___…") is a template: its text
   * holds TEMPLATE_BLANK, `blank` says what the user puts there, and the engine offers it only
   * when asked for more of its kind, never by default. Optional: older records are not templates.
   */
  template: z.object({ blank: z.string().trim().min(1).max(80) }).optional(),
});
export type QuestionContent = z.infer<typeof QuestionContent>;
