/**
 * GROW coaching (Goal, Reality, Options, Will): questions that help someone find their own
 * answer. The engine asks one per step, in order, in GROW mode.
 */
import type { Relationships } from './define';
import { growQuestions } from './define';

/** Coaching fits people I guide and colleagues who ask me to think something through. */
const COACHEES: Relationships = ['report', 'mentee', 'skip-level', 'peer'];

const goal = growQuestions('goal');
const reality = growQuestions('reality');
const options = growQuestions('options');
const will = growQuestions('will');

export const growGoalQuestions = [
  goal(
    'grow-goal-this-conversation',
    1,
    COACHEES,
    'What would you like to get out of this conversation?',
  ),
  goal('grow-goal-great-outcome', 2, COACHEES, 'What would a great outcome look like for you?'),
  goal('grow-goal-know-arrived', 2, COACHEES, "How will you know when you've got there?"),
  goal('grow-goal-timeframe', 2, COACHEES, 'What timeframe feels right for this goal?'),
  goal('grow-goal-why-matters', 3, COACHEES, 'What makes this goal important to you?'),
  goal('grow-goal-one-sentence', 2, COACHEES, 'How would you put this goal into one sentence?'),
  goal(
    'grow-goal-three-months',
    3,
    COACHEES,
    'If everything went well, what would be different three months from now?',
  ),
  goal('grow-goal-topic-today', 1, COACHEES, 'Which topic would you like to focus on today?'),
];

export const growRealityQuestions = [
  reality('grow-reality-where-now', 1, COACHEES, 'Where do things stand today?'),
  reality('grow-reality-tried-so-far', 2, COACHEES, 'What have you tried so far?'),
  reality('grow-reality-in-the-way', 2, COACHEES, "What's getting in the way at the moment?"),
  reality(
    'grow-reality-scale',
    1,
    COACHEES,
    "On a scale of one to ten, how close are you to where you'd like to be?",
  ),
  reality(
    'grow-reality-resources',
    2,
    COACHEES,
    'What resources do you already have that could help?',
  ),
  reality('grow-reality-who-affected', 2, COACHEES, 'Who else is affected by this situation?'),
  reality('grow-reality-how-it-feels', 3, COACHEES, 'How do you feel about where things stand?'),
  reality('grow-reality-in-control', 3, COACHEES, 'Which parts of this are within your control?'),
];

export const growOptionsQuestions = [
  options('grow-options-from-here', 1, COACHEES, 'What options can you see from here?'),
  options('grow-options-what-else', 2, COACHEES, 'What else could you try?'),
  options(
    'grow-options-friend-advice',
    2,
    COACHEES,
    'What would you suggest to a friend in the same position?',
  ),
  options(
    'grow-options-no-limits',
    3,
    COACHEES,
    'If time and money were no object, what would you do?',
  ),
  options(
    'grow-options-smallest-step',
    1,
    COACHEES,
    "What's the smallest step that would make a difference?",
  ),
  options('grow-options-most-appealing', 2, COACHEES, 'Which option appeals to you most?'),
  options('grow-options-who-could-help', 2, COACHEES, 'Who could help you with this?'),
  options(
    'grow-options-admired-person',
    3,
    COACHEES,
    'How might someone you admire approach this?',
  ),
];

export const growWillQuestions = [
  will('grow-will-first', 1, COACHEES, 'What will you do first?'),
  will('grow-will-when', 1, COACHEES, 'When would you like to take that first step?'),
  will(
    'grow-will-commitment',
    2,
    COACHEES,
    'On a scale of one to ten, how committed do you feel to this plan?',
  ),
  will('grow-will-in-the-way', 2, COACHEES, 'What might get in the way of following through?'),
  will('grow-will-support', 2, COACHEES, 'What support would you like from me to follow through?'),
  will('grow-will-check-in', 1, COACHEES, 'How would you like us to check in on progress?'),
  will('grow-will-share-plan', 2, COACHEES, 'Who would you like to share this plan with?'),
  will(
    'grow-will-feel-different',
    3,
    COACHEES,
    "What will feel different once you've taken this step?",
  ),
];

export const growQuestionsAll = [
  ...growGoalQuestions,
  ...growRealityQuestions,
  ...growOptionsQuestions,
  ...growWillQuestions,
];
