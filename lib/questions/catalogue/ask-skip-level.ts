/**
 * Asking up two levels: my 1:1 with my manager's manager. Like asking one's own manager
 * (the seed articles: ask what they work on, since it reaches you a month or two later),
 * with more of the wider view. Never offered to anyone I lead.
 */
import type { Relationships } from './define';
import { questionsIn } from './define';

const TWO_UP: Relationships = ['skip-level-up'];

const q = questionsIn('ask-skip-level', [
  'What would you like me to take back to my team?',
  'What would be a good next step for me?',
]);

export const askSkipLevelQuestions = [
  q(
    'ask-skip-level-focus-year',
    1,
    TWO_UP,
    'What are you most focused on for the wider group this year?',
    'How might that reach my team?',
  ),
  q(
    'ask-skip-level-team-fit',
    2,
    TWO_UP,
    "How does our team's work fit into the bigger picture as you see it?",
    'Where could we fit in better?',
  ),
  q(
    'ask-skip-level-wish-knew',
    2,
    TWO_UP,
    'What do you wish people at my level knew about the decisions you make?',
    'How could that be shared more widely?',
  ),
  q(
    'ask-skip-level-grow-here',
    3,
    TWO_UP,
    'What have you seen people in roles like mine do to grow here?',
    'Which of those would you suggest for me?',
  ),
  q(
    'ask-skip-level-challenges',
    2,
    TWO_UP,
    'What challenges do you see coming for the group in the next year?',
    'Where could my team help with them?',
  ),
  q(
    'ask-skip-level-ready-for-more',
    2,
    TWO_UP,
    'What do you look for when you think about who is ready for more?',
    'How does someone show that in their day-to-day work?',
  ),
  q(
    'ask-skip-level-outside-view',
    2,
    TWO_UP,
    'What do you hear about our team from outside it?',
    'What would you like us to do with that?',
  ),
  q(
    'ask-skip-level-competing-priorities',
    3,
    TWO_UP,
    'How do you weigh competing priorities between teams?',
    'How could I bring a case to you well?',
  ),
  q(
    'ask-skip-level-early-lesson',
    2,
    TWO_UP,
    'What did you learn early in your career that still guides you?',
    'How did you learn it?',
  ),
  q(
    'ask-skip-level-help-group',
    2,
    TWO_UP,
    'Where could someone in my role help the wider group most?',
    'What would be a good first step?',
  ),
  q(
    'ask-skip-level-company-bets',
    2,
    TWO_UP,
    'Which bets is the company making that excite you most?',
    'What would make them succeed?',
  ),
  q(
    'ask-skip-level-on-your-mind',
    3,
    TWO_UP,
    'What is on your mind about the group lately, as far as you can share?',
    'How could people at my level help?',
  ),
  q(
    'ask-skip-level-culture',
    2,
    TWO_UP,
    'What kind of culture are you hoping to build across the group?',
    'Where do you see it already?',
  ),
  q(
    'ask-skip-level-stay-aware',
    2,
    TWO_UP,
    'What is the best way to keep you aware of what our team does well?',
    'How often would you like to hear?',
  ),
  q(
    'ask-skip-level-useful-to-hear',
    1,
    TWO_UP,
    'What would be most useful for you to hear from me in these conversations?',
    'What should I bring next time?',
  ),
  q(
    'ask-skip-level-reading',
    1,
    TWO_UP,
    'What are you reading or listening to that shapes your thinking?',
    'What did you take from it?',
  ),
];
