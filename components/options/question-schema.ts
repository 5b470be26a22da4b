/** The question form's rules: the stored question schema, with messages a person can act on. */
import { t } from '@/lib/i18n/catalog';
import { z } from '@/lib/schema/zod';
import { Category, Depth, GrowStep, Relationship } from '@/lib/schema/common';
import type { QuestionContent } from '@/lib/schema/question';

export const QuestionForm = z.object({
  text: z
    .string()
    .trim()
    .min(3, { error: () => t('questionTooShort') })
    .max(500, { error: () => t('questionTooLong') }),
  category: Category,
  depth: Depth,
  relationships: z.array(Relationship).min(1, { error: () => t('questionNoRelationship') }),
  growStep: GrowStep.optional(),
  lang: z.enum(['en', 'de']).optional(),
  /** The German "Sie" form; empty = none (the question then reads the same in both). */
  textFormal: z
    .string()
    .trim()
    .max(500, { error: () => t('questionTooLong') })
    .optional(),
});
export type QuestionFormValues = z.infer<typeof QuestionForm>;

export { CATEGORY_LABELS, DEPTH_LABELS } from '@/lib/i18n/labels';

export function formValuesOf(q: QuestionContent): QuestionFormValues {
  return {
    text: q.text,
    category: q.category,
    depth: q.depth,
    relationships: [...q.relationships],
    ...(q.growStep && { growStep: q.growStep }),
    ...(q.lang && { lang: q.lang }),
    ...(q.textFormal && { textFormal: q.textFormal }),
  };
}
