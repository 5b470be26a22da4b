/** Chit-chat and getting to know each other: light on purpose, it builds trust over time. */
import { EVERYONE, questionsIn } from './define';

const q = questionsIn('rapport');

export const rapportQuestions = [
  q('rapport-weekend-plans', 1, EVERYONE, 'Anything fun planned for the weekend?'),
  q(
    'rapport-recent-media',
    1,
    EVERYONE,
    "What's something good you've read, watched or listened to lately?",
  ),
  q('rapport-away-from-work', 1, EVERYONE, 'What do you enjoy doing when you are away from work?'),
  q('rapport-grew-up', 2, EVERYONE, 'What was it like where you grew up?'),
  q('rapport-small-smile', 1, EVERYONE, "What's a small thing that made you smile recently?"),
  q('rapport-learning-for-fun', 1, EVERYONE, "Is there something you're learning purely for fun?"),
  q('rapport-perfect-day-off', 1, EVERYONE, 'What does a perfect day off look like for you?'),
  q('rapport-favourite-meal', 1, EVERYONE, "What's a meal you'd happily eat every week?"),
  q('rapport-place-to-visit', 1, EVERYONE, "Is there a place you'd love to visit someday?"),
  q('rapport-first-job', 2, EVERYONE, 'What was your very first job like?'),
  q('rapport-childhood-dream', 2, EVERYONE, 'What did you want to be when you were a kid?'),
  q(
    'rapport-people-close',
    2,
    EVERYONE,
    "How are the people close to you doing, as far as you'd like to share?",
  ),
  q(
    'rapport-surprising-skill',
    1,
    EVERYONE,
    "What's a skill of yours that might surprise your colleagues?",
  ),
  q(
    'rapport-interesting-place',
    1,
    EVERYONE,
    "What's the most interesting place you've been to recently?",
  ),
  q('rapport-soundtrack', 1, EVERYONE, 'Do you like to have music or a podcast on while you work?'),
  q(
    'rapport-outside-project',
    2,
    EVERYONE,
    'What are you putting time into outside of work these days?',
  ),
  q(
    'rapport-recommendation',
    1,
    EVERYONE,
    "What's a book, show or place to eat you'd recommend to me?",
  ),
  q('rapport-favourite-season', 1, EVERYONE, 'Which time of year do you enjoy most?'),
  q('rapport-laugh-week', 1, EVERYONE, 'What made you laugh this week?'),
  q(
    'rapport-little-known-fact',
    2,
    EVERYONE,
    "What's something about you that most people at work don't know?",
  ),
  q('rapport-since-last-time', 1, EVERYONE, "What's new with you since we last caught up?"),
  q('rapport-local-spot', 1, EVERYONE, 'Where do you like to go near you to switch off?'),
];
