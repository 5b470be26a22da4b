/**
 * A skip-level 1:1 asking down: I meet someone two levels below me. The seed articles give
 * the leader two jobs here: carry the needs of the people led up to upper management, and
 * explain the strategy down. Never written for one's own manager.
 */
import type { Relationships } from './define';
import { questionsIn } from './define';

const TWO_DOWN: Relationships = ['skip-level'];

const q = questionsIn('skip-level-down', [
  'What may I pass on from this, if anything?',
  'What would you like me to do with what you told me?',
]);

export const skipLevelDownQuestions = [
  q(
    'skip-level-down-team-working',
    1,
    TWO_DOWN,
    'How is your team working together these days?',
    'What is helping it work that way?',
  ),
  q(
    'skip-level-down-reaches-me',
    3,
    TWO_DOWN,
    'What do you wish reached me more often from your part of the organisation?',
    'What tends to stop it reaching me?',
  ),
  q(
    'skip-level-down-easier-work',
    2,
    TWO_DOWN,
    'What could your manager and I do to make your work easier?',
    'Which of those would help first?',
  ),
  q(
    'skip-level-down-decisions-clear',
    2,
    TWO_DOWN,
    'How clear are the decisions coming from my level to you?',
    'Which recent one would you like explained?',
  ),
  q(
    'skip-level-down-best-part',
    1,
    TWO_DOWN,
    "What's the best part of working in your team right now?",
    'How could we keep it that way?',
  ),
  q(
    'skip-level-down-one-fix',
    2,
    TWO_DOWN,
    'If you could fix one thing in how our wider group works, what would you pick?',
    'What would a first step look like?',
  ),
  q(
    'skip-level-down-ideas-lost',
    2,
    TWO_DOWN,
    'Which ideas from your team tend to get lost before they reach me?',
    'How could they reach me more easily?',
  ),
  q(
    'skip-level-down-room-to-grow',
    2,
    TWO_DOWN,
    'How much room do you have to grow in your current role?',
    'What kind of growth are you looking for?',
  ),
  q(
    'skip-level-down-priorities-sense',
    2,
    TWO_DOWN,
    "How well do our group's priorities make sense from where you sit?",
    'Which one makes the least sense to you?',
  ),
  q(
    'skip-level-down-closer-team',
    2,
    TWO_DOWN,
    'Which team around you would you like to work with more closely?',
    'What would that make possible?',
  ),
  q(
    'skip-level-down-users-view',
    2,
    TWO_DOWN,
    'What do you see of our users that I might miss from my seat?',
    'What do you think we should do about it?',
  ),
  q(
    'skip-level-down-team-proud',
    1,
    TWO_DOWN,
    "What has your team done recently that you're proud of?",
    'Who should hear about it?',
  ),
  q(
    'skip-level-down-ask-me',
    1,
    TWO_DOWN,
    'What would you like to ask me while we have this time?',
    'What else is on your mind about it?',
  ),
  q(
    'skip-level-down-changes-felt',
    3,
    TWO_DOWN,
    'How have the recent changes in our group felt on your side?',
    'What would have made them easier?',
  ),
  q(
    'skip-level-down-raise-concern',
    3,
    TWO_DOWN,
    'What would make it easier to raise a concern about something above your team?',
    'Who would you feel comfortable raising it with?',
  ),
  q(
    'skip-level-down-new-people',
    2,
    TWO_DOWN,
    'How are people new to your team finding their feet?',
    'What would help them settle in faster?',
  ),
  q(
    'skip-level-down-manager-strength',
    2,
    TWO_DOWN,
    'What does your manager do that helps your team the most?',
    'Where could they use more support from me?',
  ),
];
