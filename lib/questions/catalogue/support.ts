/** How I can help: open offers, never a test of whether they cope. */
import { AHEAD_OF_ME, CLOSE_REPORTS, I_LEAD, I_LEAD_AND_PEERS, questionsIn } from './define';

const q = questionsIn('support');

export const supportQuestions = [
  q(
    'support-anything-this-week',
    1,
    I_LEAD_AND_PEERS,
    'Is there anything I can help with this week?',
  ),
  q('support-more-from-me', 2, I_LEAD, 'What would you like more of from me?'),
  q('support-rather-i-stopped', 2, I_LEAD, "Is there something I do that you'd rather I stopped?"),
  q(
    'support-clear-obstacle',
    2,
    I_LEAD_AND_PEERS,
    'If I could clear one obstacle for you, which would you pick?',
  ),
  q(
    'support-resources',
    2,
    I_LEAD,
    'Are there resources, like tools, training or budget, that would make your work easier?',
  ),
  q(
    'support-raise-for-you',
    3,
    ['report', 'skip-level'],
    "Is there something you'd like me to raise with leadership on your behalf?",
  ),
  q(
    'support-hectic-times',
    3,
    I_LEAD_AND_PEERS,
    'When things get hectic, what kind of support helps you most?',
  ),
  q(
    'support-introductions',
    2,
    [...I_LEAD, 'peer'],
    "Is there someone you'd like me to introduce you to?",
  ),
  q(
    'support-check-in-often',
    2,
    CLOSE_REPORTS,
    'How often would you like me to check in on your projects?',
  ),
  q(
    'support-think-it-through',
    2,
    [...I_LEAD_AND_PEERS, 'mentor', 'manager'],
    "Is there a problem you'd like to think through together?",
  ),
  q(
    'support-hesitant-topic',
    3,
    I_LEAD,
    "Is there anything you've been hesitant to bring up with me?",
  ),
  q('support-recognition-style', 2, I_LEAD, 'How do you like your work to be recognised?'),
  q(
    'support-helpful-manager',
    3,
    ['report', 'skip-level'],
    'What does helpful support from a manager look like to you?',
  ),
  q(
    'support-my-team-helps',
    1,
    ['peer'],
    'Is there anything my team could do to make your week easier?',
  ),
  q(
    'support-session-focus',
    1,
    ['mentee'],
    'What would be most useful to focus on in our time today?',
  ),
  q(
    'support-schedule-flex',
    2,
    CLOSE_REPORTS,
    'Would more flexibility in your schedule help at the moment?',
  ),
  q(
    'support-take-off-your-plate',
    1,
    [...AHEAD_OF_ME, 'peer'],
    'Is there anything I could take off your plate?',
  ),
  q(
    'support-unblock-path',
    2,
    I_LEAD_AND_PEERS,
    'Who else could I bring in to help your work move forward?',
  ),
];
