/** Feedback for them: ask how they like it, ask before giving it, and let them reflect first. */
import type { Relationships } from './define';
import { asTemplate, CLOSE_REPORTS, I_LEAD, questionsIn } from './define';

const q = questionsIn('feedback-downward', [
  'What would you like to do with this?',
  'When would you like to look at how it went?',
]);

const GIVE_TO: Relationships = [...I_LEAD, 'peer'];

export const feedbackDownwardQuestions = [
  q(
    'feedback-downward-preference',
    1,
    GIVE_TO,
    'How do you prefer to receive feedback?',
    'What is an example of feedback that worked well for you?',
  ),
  asTemplate(
    q(
      'feedback-downward-good-time',
      1,
      GIVE_TO,
      'I have a few observations about ___. Would now be a good time to share them?',
      'What would you like to do with what you heard?',
    ),
    'the work or the moment',
  ),
  q(
    'feedback-downward-own-words',
    2,
    CLOSE_REPORTS,
    'How would you describe your recent work, in your own words?',
    'Which part are you most pleased with?',
  ),
  q(
    'feedback-downward-last-land',
    2,
    CLOSE_REPORTS,
    'How did the last feedback I gave you land?',
    'What did you do with it afterwards?',
    { refersBack: true },
  ),
  q(
    'feedback-downward-most-useful',
    2,
    GIVE_TO,
    "What's the most useful feedback you've received recently?",
    'What made it so useful?',
  ),
  q(
    'feedback-downward-more-on',
    2,
    CLOSE_REPORTS,
    "Is there an area where you'd like more feedback from me?",
    'What kind of feedback on it would help most?',
  ),
  q(
    'feedback-downward-doing-well',
    1,
    GIVE_TO,
    "Would you like to hear what I've noticed you doing well lately?",
    'Which of those would you like to do more of?',
  ),
  q(
    'feedback-downward-candid-input',
    3,
    CLOSE_REPORTS,
    'Which area of your work would you most like candid input on?',
    'What would make candid input easy to take in?',
  ),
  q(
    'feedback-downward-revisit',
    2,
    CLOSE_REPORTS,
    "Is there anything from our last feedback conversation you'd like to revisit?",
    'What has changed since then?',
    { refersBack: true },
  ),
  q(
    'feedback-downward-detail-level',
    2,
    CLOSE_REPORTS,
    'How detailed would you like feedback on your work to be?',
    'What is an example of the right level of detail?',
  ),
  q(
    'feedback-downward-from-peers',
    2,
    CLOSE_REPORTS,
    'Would it help to gather feedback from your peers?',
    'Whose view would be most useful to you?',
  ),
  q(
    'feedback-downward-timing',
    1,
    GIVE_TO,
    'When is feedback most useful to you: right away, or after some time to reflect?',
    'What makes that timing work for you?',
  ),
  q(
    'feedback-downward-turn-into-action',
    3,
    GIVE_TO,
    'What helps you turn feedback into something you can act on?',
    'What is one piece of feedback you would like to act on next?',
  ),
  q(
    'feedback-downward-reflect-project',
    2,
    GIVE_TO,
    'How do you like to reflect on how a project went?',
    'Which project would you like to look back on together?',
  ),
  q(
    'feedback-downward-difficult-easier',
    3,
    GIVE_TO,
    'What makes difficult feedback easier for you to hear?',
    'What can I do to make it easier in our conversations?',
  ),
  q(
    'feedback-downward-public-private',
    2,
    GIVE_TO,
    'Do you prefer appreciation in public or in private?',
    'What makes that way feel right for you?',
  ),
];
