/**
 * Feedback for me, the one preparing. From a manager's side: how I can lead them better.
 * From a report's side (relationship "manager"): how my work lands, and an offer to share
 * how things feel from where I sit.
 */
import { AHEAD_OF_ME, CLOSE_REPORTS, I_LEAD, I_LEAD_AND_PEERS, questionsIn } from './define';

const q = questionsIn('feedback-upward');

export const feedbackUpwardQuestions = [
  q(
    'feedback-upward-one-change',
    2,
    I_LEAD,
    "What's one thing I could do differently to support you better?",
  ),
  q(
    'feedback-upward-these-meetings',
    1,
    [...I_LEAD_AND_PEERS, 'manager', 'mentor'],
    'How are these 1:1s working for you?',
  ),
  q(
    'feedback-upward-clear-requests',
    2,
    I_LEAD_AND_PEERS,
    'How clear have my updates and requests been lately?',
  ),
  q(
    'feedback-upward-keep-doing',
    1,
    I_LEAD_AND_PEERS,
    "What's something I do that you'd like me to keep doing?",
  ),
  q(
    'feedback-upward-explain-decisions',
    2,
    ['report', 'skip-level'],
    'How well do I explain the reasons behind my decisions?',
  ),
  q(
    'feedback-upward-blind-spot',
    3,
    [...I_LEAD_AND_PEERS, 'manager', 'mentor'],
    "What's something about how I work that I might not see myself?",
  ),
  q(
    'feedback-upward-disagreeing',
    3,
    ['report', 'skip-level'],
    'How comfortable do you feel disagreeing with me?',
  ),
  q(
    'feedback-upward-autonomy',
    2,
    CLOSE_REPORTS,
    'How does the amount of autonomy I give you feel?',
  ),
  q(
    'feedback-upward-reachable',
    1,
    [...CLOSE_REPORTS, 'peer'],
    'How easy is it to reach me when you need me?',
  ),
  q(
    'feedback-upward-handled-better',
    2,
    [...I_LEAD_AND_PEERS, 'manager'],
    'Was there a moment recently where I could have handled something better?',
  ),
  q(
    'feedback-upward-more-impact',
    2,
    AHEAD_OF_ME,
    "What's one area where I could have more impact?",
  ),
  q(
    'feedback-upward-recent-project',
    2,
    [...AHEAD_OF_ME, 'peer'],
    'What stood out to you about my work on the last project?',
  ),
  q(
    'feedback-upward-hopes-quarter',
    2,
    ['manager'],
    'How well is my work matching what you hoped for this quarter?',
  ),
  q(
    'feedback-upward-take-on-next',
    3,
    ['manager', 'mentor'],
    "What would you like to see me take on that I'm not doing yet?",
  ),
  q(
    'feedback-upward-offer-view',
    2,
    ['manager'],
    'Would it be useful if I shared how our 1:1s are going from my side?',
  ),
  q(
    'feedback-upward-easier-to-work-with',
    2,
    ['peer'],
    'How could I make working with me easier for you?',
  ),
  q(
    'feedback-upward-mentoring-useful',
    2,
    ['mentee'],
    'How useful have our mentoring sessions been for you so far?',
  ),
  q(
    'feedback-upward-preferred-channel',
    1,
    [...AHEAD_OF_ME, 'peer'],
    'How would you prefer to give me feedback: face to face, in writing, or in the moment?',
  ),
];
