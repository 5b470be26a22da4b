// The balanced greedy pick of scored candidates (step 3 of suggest.ts).
import type { Category } from '../schema/common';
import type { QuestionContent } from '../schema/question';

export interface Candidate {
  question: QuestionContent;
  score: number;
  reason: string;
  quotesMood?: true;
}

/**
 * Greedy pick in score order under balance rules, relaxing them only to reach `count`:
 * first per-category caps and the deep limit, then the deep limit alone, then nothing.
 * Afterwards, if nothing light made it in, the best light question replaces the weakest pick.
 */
export function pickBalanced(
  candidates: readonly Candidate[],
  count: number,
  perCategory: (category: Category) => number,
  maxDeep: number,
): Candidate[] {
  const picked: Candidate[] = [];
  const taken = (c: Candidate): number =>
    picked.filter((p) => p.question.category === c.question.category).length;
  const deepTaken = (): number => picked.filter((p) => p.question.depth === 3).length;
  const passes: ((c: Candidate) => boolean)[] = [
    (c) =>
      taken(c) < perCategory(c.question.category) &&
      (c.question.depth < 3 || deepTaken() < maxDeep),
    (c) => c.question.depth < 3 || deepTaken() < maxDeep,
    () => true,
  ];
  for (const allowed of passes) {
    for (const candidate of candidates) {
      if (picked.length >= count) break;
      if (!picked.includes(candidate) && allowed(candidate)) picked.push(candidate);
    }
  }

  if (picked.length > 0 && !picked.some((p) => p.question.depth === 1)) {
    const lights = candidates.filter((c) => c.question.depth === 1 && !picked.includes(c));
    const light = lights.find((c) => taken(c) === 0) ?? lights[0];
    if (light) picked.splice(picked.length - 1, 1, light);
  }
  return picked;
}
