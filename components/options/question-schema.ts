/** The question form's rules: the stored question schema, with messages a person can act on. */
import { z } from '@/lib/schema/zod';
import { Category, Depth, GrowStep, Relationship } from '@/lib/schema/common';
import type { QuestionContent } from '@/lib/schema/question';

export const QuestionForm = z.object({
  text: z
    .string()
    .trim()
    .min(3, 'Write at least 3 characters.')
    .max(500, 'Keep it under 500 characters.'),
  category: Category,
  depth: Depth,
  relationships: z.array(Relationship).min(1, 'Pick at least one relationship.'),
  growStep: GrowStep.optional(),
});
export type QuestionFormValues = z.infer<typeof QuestionForm>;

export const CATEGORY_LABELS: Record<Category, string> = {
  wellbeing: 'Wellbeing',
  rapport: 'Rapport',
  deeper: 'Deeper',
  operative: 'Current work',
  support: 'Support',
  growth: 'Growth',
  career: 'Career',
  'feedback-upward': 'Feedback for me',
  'feedback-downward': 'Feedback for them',
  team: 'Team',
  direction: 'Direction',
  grow: 'GROW coaching',
  'first-meeting': 'First meeting',
  'ask-manager': 'Ask my manager',
};

export const DEPTH_LABELS: Record<Depth, string> = { 1: 'Light', 2: 'Medium', 3: 'Deep' };

export function formValuesOf(q: QuestionContent): QuestionFormValues {
  return {
    text: q.text,
    category: q.category,
    depth: q.depth,
    relationships: [...q.relationships],
    ...(q.growStep && { growStep: q.growStep }),
  };
}
