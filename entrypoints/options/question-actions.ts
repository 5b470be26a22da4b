/** Applies a validated questions file: built-ins are edited (never replaced), others saved as own. */
import type { QuestionsFile } from '@/components/options/question-file';
import type { Repository } from '@/lib/db/repository';

export async function applyQuestionsFile(repo: Repository, file: QuestionsFile): Promise<number> {
  const stored = new Map((await repo.listQuestions()).map((q) => [q.id, q]));
  let count = 0;
  for (const { enabled, ...content } of file.questions) {
    const { id, ...changes } = content;
    const current = stored.get(id);
    const saved = current?.builtIn
      ? await repo.editQuestion(id, changes)
      : await repo.saveOwnQuestion(content);
    if (enabled !== undefined && saved.enabled !== enabled)
      await repo.setQuestionEnabled(id, enabled);
    count++;
  }
  return count;
}
