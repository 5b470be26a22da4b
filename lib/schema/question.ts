/** A question's content: what the library ships and what the user writes. */
import { z } from './zod';
import { Category, Depth, Direction, GrowStep, Idea, QuestionMode, Relationship } from './common';
import { QUESTION_LANGUAGES, type QuestionLanguage } from './vocabulary';

export type { QuestionLanguage };

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
  /*
   * The tags below are optional in storage: the user's own questions and records written before
   * they existed lack them, and `lib/questions/tags.ts` derives them (every shipped question
   * carries all of them; tests/unit/questions/library.test.ts checks).
   */
  /** Which way it travels, one entry per direction of its relationships. */
  directions: z.array(Direction).min(1).max(3).optional(),
  /** The leader's stance it serves: coach, mentor, teacher or plain. */
  mode: QuestionMode.optional(),
  /** The seed-article idea it serves. */
  idea: Idea.optional(),
  /** One or two follow-ups, shown once it is asked: a probe deeper, then a close. */
  followUps: z.array(z.string().trim().min(3).max(300)).min(1).max(2).optional(),
  /**
   * It refers back to an earlier conversation of its category ("How did the last feedback I
   * gave you land?"): offered only once that category has come up with this person.
   */
  refersBack: z.literal(true).optional(),
  /** The question's language; absent = English (every question before issue 17). */
  lang: z.enum(QUESTION_LANGUAGES).optional(),
  /** The same question in the formal address (German "Sie"), when `text` uses the informal one. */
  textFormal: z.string().trim().min(3).max(500).optional(),
  /** The follow-ups in the formal address, one for one with `followUps`. */
  followUpsFormal: z.array(z.string().trim().min(3).max(300)).min(1).max(2).optional(),
});
export type QuestionContent = z.infer<typeof QuestionContent>;
