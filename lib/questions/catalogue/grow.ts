/**
 * GROW coaching (Goal, Reality, Options, Will): questions that help someone find their own
 * answer. The engine asks one per step, in order, in GROW mode.
 */
import type { Relationships } from './define';
import { growQuestions } from './define';

/** Coaching fits people I guide and colleagues who ask me to think something through. */
const COACHEES: Relationships = ['report', 'mentee', 'skip-level', 'peer'];

const goal = growQuestions('goal', ['How would you name this goal, so we can come back to it?']);
const reality = growQuestions('reality', [
  'What stands out most when you look at it all together?',
]);
const options = growQuestions('options', ['Which of these would you like to keep on the table?']);
const will = growQuestions('will', ['When would you like to look at how it went?']);

export const growGoalQuestions = [
  goal(
    'grow-goal-this-conversation',
    1,
    COACHEES,
    'What would you like to get out of this conversation?',
    'What would make it time well spent?',
  ),
  goal(
    'grow-goal-great-outcome',
    2,
    COACHEES,
    'What would a great outcome look like for you?',
    'What would that give you?',
  ),
  goal(
    'grow-goal-know-arrived',
    2,
    COACHEES,
    "How will you know when you've got there?",
    'What will you see or hear that tells you?',
  ),
  goal(
    'grow-goal-timeframe',
    2,
    COACHEES,
    'What timeframe feels right for this goal?',
    'What makes that timeframe feel right?',
  ),
  goal(
    'grow-goal-why-matters',
    3,
    COACHEES,
    'What makes this goal important to you?',
    'What would change for you if you reached it?',
  ),
  goal(
    'grow-goal-one-sentence',
    2,
    COACHEES,
    'How would you put this goal into one sentence?',
    'Which word in that sentence matters most?',
  ),
  goal(
    'grow-goal-three-months',
    3,
    COACHEES,
    'If everything went well, what would be different three months from now?',
    'Which of those differences matters most to you?',
  ),
  goal(
    'grow-goal-topic-today',
    1,
    COACHEES,
    'Which topic would you like to focus on today?',
    'What would you like to leave with?',
  ),
];

export const growRealityQuestions = [
  reality(
    'grow-reality-where-now',
    1,
    COACHEES,
    'Where do things stand today?',
    'What has changed since you first noticed it?',
  ),
  reality(
    'grow-reality-tried-so-far',
    2,
    COACHEES,
    'What have you tried so far?',
    'What did you learn from trying it?',
  ),
  reality(
    'grow-reality-in-the-way',
    2,
    COACHEES,
    "What's getting in the way at the moment?",
    'Which of those is within your reach to change?',
  ),
  reality(
    'grow-reality-scale',
    1,
    COACHEES,
    "On a scale of one to ten, how close are you to where you'd like to be?",
    'What puts it at that number rather than lower?',
  ),
  reality(
    'grow-reality-resources',
    2,
    COACHEES,
    'What resources do you already have that could help?',
    'Which of them have you not used yet?',
  ),
  reality(
    'grow-reality-who-affected',
    2,
    COACHEES,
    'Who else is affected by this situation?',
    'How do you think they see it?',
  ),
  reality(
    'grow-reality-how-it-feels',
    3,
    COACHEES,
    'How do you feel about where things stand?',
    'What is behind that feeling?',
  ),
  reality(
    'grow-reality-in-control',
    3,
    COACHEES,
    'Which parts of this are within your control?',
    'Where would you like to start within that part?',
  ),
];

export const growOptionsQuestions = [
  options(
    'grow-options-from-here',
    1,
    COACHEES,
    'What options can you see from here?',
    'What else could you add to the list?',
  ),
  options(
    'grow-options-what-else',
    2,
    COACHEES,
    'What else could you try?',
    'What would you try if you knew it would work?',
  ),
  options(
    'grow-options-friend-advice',
    2,
    COACHEES,
    'What would you suggest to a friend in the same position?',
    'What stops you from taking that advice yourself?',
  ),
  options(
    'grow-options-no-limits',
    3,
    COACHEES,
    'Suppose nothing held you back on time or budget: which path would you take?',
    'Which part of that could you do with what you have?',
  ),
  options(
    'grow-options-smallest-step',
    1,
    COACHEES,
    "What's the smallest step that would make a difference?",
    'What would make that step easy to take?',
  ),
  options(
    'grow-options-most-appealing',
    2,
    COACHEES,
    'Which option appeals to you most?',
    'What makes it appealing?',
  ),
  options(
    'grow-options-who-could-help',
    2,
    COACHEES,
    'Who could help you with this?',
    'How would you like to ask them?',
  ),
  options(
    'grow-options-admired-person',
    3,
    COACHEES,
    'How might someone you admire approach this?',
    'Which part of their approach would suit you?',
  ),
];

export const growWillQuestions = [
  will('grow-will-first', 1, COACHEES, 'What will you do first?', 'What would make starting easy?'),
  will(
    'grow-will-when',
    1,
    COACHEES,
    'When would you like to take that first step?',
    'What would make that date hold?',
  ),
  will(
    'grow-will-commitment',
    2,
    COACHEES,
    'On a scale of one to ten, how committed do you feel to this plan?',
    'What would raise that number by one?',
  ),
  will(
    'grow-will-in-the-way',
    2,
    COACHEES,
    'What might get in the way of following through?',
    'How will you handle that if it happens?',
  ),
  will(
    'grow-will-support',
    2,
    COACHEES,
    'What support would you like from me to follow through?',
    'When would that support be most useful?',
  ),
  will(
    'grow-will-check-in',
    1,
    COACHEES,
    'How would you like us to check in on progress?',
    'What would you like to have done by then?',
  ),
  will(
    'grow-will-share-plan',
    2,
    COACHEES,
    'Who would you like to share this plan with?',
    'How would sharing it help you?',
  ),
  will(
    'grow-will-feel-different',
    3,
    COACHEES,
    "What will feel different once you've taken this step?",
    'How will you mark that moment?',
  ),
];

export const growQuestionsAll = [
  ...growGoalQuestions,
  ...growRealityQuestions,
  ...growOptionsQuestions,
  ...growWillQuestions,
];
