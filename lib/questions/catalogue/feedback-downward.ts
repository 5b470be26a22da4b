/** Feedback for them: ask how they like it, ask before giving it, and let them reflect first. */
import type { Relationships } from './define';
import { CLOSE_REPORTS, I_LEAD, questionsIn } from './define';

const q = questionsIn('feedback-downward');

const GIVE_TO: Relationships = [...I_LEAD, 'peer'];

export const feedbackDownwardQuestions = [
  q('feedback-downward-preference', 1, GIVE_TO, 'How do you prefer to receive feedback?'),
  q(
    'feedback-downward-good-time',
    1,
    GIVE_TO,
    'I have a few observations from this week. Would now be a good time to share them?',
  ),
  q(
    'feedback-downward-own-words',
    2,
    CLOSE_REPORTS,
    'How would you describe your recent work, in your own words?',
  ),
  q('feedback-downward-last-land', 2, CLOSE_REPORTS, 'How did the last feedback I gave you land?'),
  q(
    'feedback-downward-most-useful',
    2,
    GIVE_TO,
    "What's the most useful feedback you've received recently?",
  ),
  q(
    'feedback-downward-more-on',
    2,
    CLOSE_REPORTS,
    "Is there an area where you'd like more feedback from me?",
  ),
  q(
    'feedback-downward-doing-well',
    1,
    GIVE_TO,
    "Would you like to hear what I've noticed you doing well lately?",
  ),
  q(
    'feedback-downward-candid-input',
    3,
    CLOSE_REPORTS,
    'Which area of your work would you most like candid input on?',
  ),
  q(
    'feedback-downward-revisit',
    2,
    CLOSE_REPORTS,
    "Is there anything from our last feedback conversation you'd like to revisit?",
  ),
  q(
    'feedback-downward-detail-level',
    2,
    CLOSE_REPORTS,
    'How detailed would you like feedback on your work to be?',
  ),
  q(
    'feedback-downward-from-peers',
    2,
    CLOSE_REPORTS,
    'Would it help to gather feedback from your peers?',
  ),
  q(
    'feedback-downward-timing',
    1,
    GIVE_TO,
    'When is feedback most useful to you: right away, or after some time to reflect?',
  ),
  q(
    'feedback-downward-turn-into-action',
    3,
    GIVE_TO,
    'What helps you turn feedback into something you can act on?',
  ),
  q(
    'feedback-downward-reflect-project',
    2,
    GIVE_TO,
    'How do you like to reflect on how a project went?',
  ),
  q(
    'feedback-downward-difficult-easier',
    3,
    GIVE_TO,
    'What makes difficult feedback easier for you to hear?',
  ),
  q(
    'feedback-downward-public-private',
    2,
    GIVE_TO,
    'Do you prefer appreciation in public or in private?',
  ),
];
