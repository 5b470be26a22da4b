/**
 * Every question the release ships, in every language: what the repository seeds as built-ins.
 * Suggestions and the options page pick the ones in the UI language (`lang`, absent = English).
 */
import type { QuestionContent } from '../schema/question';
import { germanQuestions } from './de/library';
import { defaultQuestions } from './library';

export const builtInQuestions: QuestionContent[] = [...defaultQuestions, ...germanQuestions];

/** The text to show: the formal form when the user chose "Sie" and the question has one. */
export function questionText(
  question: Pick<QuestionContent, 'text' | 'textFormal'>,
  address: 'du' | 'sie',
): string {
  return address === 'sie' && question.textFormal ? question.textFormal : question.text;
}
