/**
 * Every question the release ships, in every language: what the repository seeds as built-ins.
 * Suggestions and the options page pick the ones in the UI language (`lang`, absent = English).
 */
import type { QuestionContent } from '../schema/question';
import { germanQuestions } from './de/library';
import { defaultQuestions } from './library';

export const builtInQuestions: QuestionContent[] = [...defaultQuestions, ...germanQuestions];
