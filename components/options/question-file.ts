/**
 * Questions alone, as a file to share a library between people or profiles (the full backup
 * lives in the Data section). The whole file is validated before anything is stored.
 */
import { t } from '@/lib/i18n/catalog';
import { z } from '@/lib/schema/zod';
import { QuestionContent } from '@/lib/schema/question';
import type { StoredQuestion } from '@/lib/schema/records';

export const QUESTIONS_FORMAT = 'tandem-questions';

export const QuestionsFile = z.object({
  format: z.literal(QUESTIONS_FORMAT, { error: () => t('questionsFileWrongFormat') }),
  version: z.literal(1, { error: () => t('questionsFileNewer') }),
  questions: z.array(QuestionContent.extend({ enabled: z.boolean().optional() })).max(5000),
});
export type QuestionsFile = z.infer<typeof QuestionsFile>;

/** The user's own questions and the built-ins they edited or disabled: what makes a library theirs. */
export function questionsFileOf(questions: StoredQuestion[]): QuestionsFile {
  return {
    format: QUESTIONS_FORMAT,
    version: 1,
    questions: questions
      .filter((q) => !q.builtIn || q.edited || !q.enabled)
      .map((q) => ({
        id: q.id,
        text: q.text,
        category: q.category,
        depth: q.depth,
        relationships: q.relationships,
        ...(q.growStep && { growStep: q.growStep }),
        ...(q.lang && { lang: q.lang }),
        ...(q.textFormal && { textFormal: q.textFormal }),
        enabled: q.enabled,
      })),
  };
}

export type QuestionsFileCheck = { ok: true; file: QuestionsFile } | { ok: false; message: string };

export function parseQuestionsFile(text: string): QuestionsFileCheck {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, message: t('questionsFileNotJson') };
  }
  const parsed = QuestionsFile.safeParse(json);
  if (parsed.success) return { ok: true, file: parsed.data };
  const issue = parsed.error.issues[0];
  const problem = issue?.message ?? t('questionsFileInvalid');
  return {
    ok: false,
    message: issue?.path.length
      ? t('questionsFileProblemAt', { where: issue.path.join('.'), problem })
      : t('questionsFileProblem', { problem }),
  };
}
