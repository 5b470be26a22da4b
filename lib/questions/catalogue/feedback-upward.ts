/**
 * Feedback for me, the one preparing. From a manager's side: how I can lead them better.
 * From a report's side (relationship "manager"): how my work lands, and an offer to share
 * how things feel from where I sit.
 */
import { AHEAD_OF_ME, CLOSE_REPORTS, I_LEAD, I_LEAD_AND_PEERS, questionsIn } from './define';

const q = questionsIn('feedback-upward', [
  'Which change would you like to see from me first?',
  'When would be a good time to check how it is going?',
]);

export const feedbackUpwardQuestions = [
  q(
    'feedback-upward-one-change',
    2,
    I_LEAD,
    'Which habit of mine, if I changed it, would make the most difference to your week?',
    'What would that look like in a normal week?',
  ),
  q(
    'feedback-upward-these-meetings',
    1,
    [...I_LEAD_AND_PEERS, 'manager', 'mentor'],
    'Which part of our 1:1s is most useful to you at the moment?',
    'What would you like us to try differently in them?',
  ),
  q(
    'feedback-upward-clear-requests',
    2,
    I_LEAD_AND_PEERS,
    'How clear have my updates and requests been lately?',
    'Which request was hardest to act on?',
  ),
  q(
    'feedback-upward-keep-doing',
    1,
    I_LEAD_AND_PEERS,
    "What's something I do that you'd like me to keep doing?",
    'What difference does it make for you?',
  ),
  q(
    'feedback-upward-explain-decisions',
    2,
    ['report', 'skip-level'],
    'How well do I explain the reasons behind my decisions?',
    'Which recent decision would you have liked more background on?',
  ),
  q(
    'feedback-upward-blind-spot',
    3,
    [...I_LEAD_AND_PEERS, 'manager', 'mentor'],
    "What's something about how I work that I might not see myself?",
    'When did you last notice it?',
  ),
  q(
    'feedback-upward-disagreeing',
    3,
    ['report', 'skip-level'],
    'How comfortable do you feel disagreeing with me?',
    'What would make disagreeing with me easier?',
  ),
  q(
    'feedback-upward-autonomy',
    2,
    CLOSE_REPORTS,
    'How does the amount of autonomy I give you feel?',
    'Where would you like more room, or more guidance?',
  ),
  q(
    'feedback-upward-reachable',
    1,
    [...CLOSE_REPORTS, 'peer'],
    'How easy is it to reach me when you need me?',
    'What is the best way for you to get my attention quickly?',
  ),
  q(
    'feedback-upward-handled-better',
    2,
    [...I_LEAD_AND_PEERS, 'manager'],
    'Was there a moment recently where I could have handled something better?',
    'What would have worked better in that moment?',
  ),
  q(
    'feedback-upward-recent-project',
    2,
    [...AHEAD_OF_ME, 'peer'],
    'What stood out to you about my work on the last project?',
    'What would you suggest I do differently on the next one?',
  ),
  q(
    'feedback-upward-hopes-quarter',
    2,
    ['manager'],
    'How well is my work matching what you hoped for this quarter?',
    'Where would you like to see more from me?',
  ),
  q(
    'feedback-upward-take-on-next',
    3,
    ['manager', 'mentor'],
    "What would you like to see me take on that I'm not doing yet?",
    'What would help me get ready for it?',
  ),
  q(
    'feedback-upward-offer-view',
    2,
    ['manager'],
    'Would it be useful if I shared how our 1:1s are going from my side?',
    'Which part would be most useful to hear first?',
  ),
  q(
    'feedback-upward-easier-to-work-with',
    2,
    ['peer'],
    'How could I make working with me easier for you?',
    'What is one thing I could start with this week?',
  ),
  q(
    'feedback-upward-mentoring-useful',
    2,
    ['mentee'],
    'How useful have our mentoring sessions been for you so far?',
    'What would you like more of in our sessions?',
  ),
  q(
    'feedback-upward-preferred-channel',
    1,
    [...AHEAD_OF_ME, 'peer'],
    'How would you prefer to give me feedback: face to face, in writing, or in the moment?',
    'What would make that channel feel easy to use?',
  ),
];
