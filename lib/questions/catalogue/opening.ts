/**
 * Openers that hand the agenda to the other person: the meeting is theirs, so their topics
 * come first (the seed articles: "encourage your reports to choose the talking points").
 * In a report session the engine starts with one of these.
 */
import { I_LEAD, I_LEAD_AND_PEERS, questionsIn } from './define';

const q = questionsIn('opening', [
  'Which of those matters most to you today?',
  'What would you like us to leave for another day?',
]);

export const openingQuestions = [
  q(
    'opening-your-list',
    1,
    I_LEAD_AND_PEERS,
    "What's on your list for us today?",
    'Which of those would you like to start with?',
  ),
  q(
    'opening-start-with',
    1,
    I_LEAD_AND_PEERS,
    'What would you like to start with today?',
    'What makes that the one to start with?',
  ),
  q(
    'opening-top-of-mind',
    1,
    I_LEAD_AND_PEERS,
    "What's at the top of your mind for our time today?",
    'How long has it been on your mind?',
  ),
  q(
    'opening-best-use',
    2,
    I_LEAD,
    'How would you like to use our half hour today?',
    'What would make it time well spent for you?',
  ),
  q(
    'opening-since-last',
    1,
    I_LEAD_AND_PEERS,
    'What has happened since we last spoke that you would like to bring in?',
    'Which part of it would you like to talk through first?',
    { refersBack: true },
  ),
  q(
    'opening-one-thing',
    2,
    I_LEAD,
    'If we only get to one thing today, which should it be?',
    'What would a good outcome on it look like?',
  ),
  q(
    'opening-brought-along',
    1,
    I_LEAD,
    'What did you bring for us to talk about?',
    'Where would you like to begin?',
  ),
  q(
    'opening-leave-with',
    2,
    I_LEAD_AND_PEERS,
    'What would you like to leave this meeting with?',
    'What would help us get there in the time we have?',
  ),
  q(
    'opening-agenda-yours',
    1,
    I_LEAD,
    'Where would you like to take our time today?',
    'What would you like from me in that part?',
  ),
  q(
    'opening-most-room',
    2,
    I_LEAD,
    'Which of your topics today deserves the most room?',
    'What makes it the big one this week?',
  ),
  q(
    'opening-your-order',
    1,
    I_LEAD,
    'In which order would you like to take your topics?',
    'Which one could wait if we run short of time?',
  ),
  q(
    'opening-shape-today',
    1,
    I_LEAD_AND_PEERS,
    "What's new on your side that should shape today's talk?",
    'How does it change what we planned?',
  ),
];
