/** A first 1:1: how they like to work, how we will talk, what matters to them. */
import { CLOSE_REPORTS, EVERYONE, I_LEAD, I_LEAD_AND_PEERS, questionsIn } from './define';

const q = questionsIn('first-meeting');

export const firstMeetingQuestions = [
  q('first-meeting-working-style', 1, EVERYONE, 'How do you like to work from day to day?'),
  q(
    'first-meeting-feedback-way',
    1,
    CLOSE_REPORTS,
    "What's the best way for me to share feedback with you?",
  ),
  q(
    'first-meeting-reach-you',
    1,
    EVERYONE,
    'Which channel works best for reaching you: chat, email or a quick call?',
  ),
  q('first-meeting-know-about-you', 1, EVERYONE, 'What would you like me to know about you?'),
  q(
    'first-meeting-best-managers',
    2,
    ['report', 'skip-level'],
    'What have your best managers done that you would like me to do too?',
  ),
  q(
    'first-meeting-rather-avoid',
    2,
    ['report', 'skip-level'],
    "Is there anything a past manager did that you'd rather I avoided?",
  ),
  q('first-meeting-worth-your-time', 1, EVERYONE, 'What would make these 1:1s worth your time?'),
  q('first-meeting-how-often', 1, EVERYONE, 'How often would you like us to meet?'),
  q(
    'first-meeting-role-walkthrough',
    1,
    I_LEAD_AND_PEERS,
    'Could you walk me through what your role covers?',
  ),
  q('first-meeting-drew-you', 2, I_LEAD, 'What drew you to this role?'),
  q(
    'first-meeting-six-month-hopes',
    2,
    CLOSE_REPORTS,
    'What are you hoping to achieve in the next six months?',
  ),
  q(
    'first-meeting-speak-openly',
    2,
    I_LEAD,
    'What would help you feel comfortable speaking openly in these meetings?',
  ),
  q('first-meeting-best-thinking', 1, EVERYONE, 'Which time of day do you do your best thinking?'),
  q(
    'first-meeting-tough-week',
    2,
    CLOSE_REPORTS,
    "How can I tell when you're having a tough week?",
  ),
  q(
    'first-meeting-early-months',
    2,
    ['manager', 'skip-level'],
    'What would you like to see from me in my first few months?',
  ),
  q(
    'first-meeting-updates',
    1,
    ['manager'],
    'How would you like me to keep you updated on my work?',
  ),
  q(
    'first-meeting-team-priorities',
    2,
    ['manager'],
    "Which of the team's priorities matter most to you right now?",
  ),
  q(
    'first-meeting-run-past-you',
    2,
    ['manager'],
    'Which kinds of decisions would you like me to run past you?',
  ),
  q('first-meeting-why-mentor', 1, ['mentor'], 'What made you want to mentor people?'),
  q(
    'first-meeting-mentoring-hopes',
    1,
    ['mentee'],
    'What are you hoping to get out of our mentoring?',
  ),
  q(
    'first-meeting-session-structure',
    1,
    ['mentor', 'mentee'],
    'How would you like to structure our sessions?',
  ),
  q('first-meeting-work-overlap', 1, ['peer'], 'Where do you think our work overlaps the most?'),
  q('first-meeting-teams-easier', 1, ['peer'], "How can our teams make each other's work easier?"),
  q(
    'first-meeting-skip-level-hopes',
    1,
    ['skip-level'],
    'What would you like to get out of our skip-level conversations?',
  ),
  q(
    'first-meeting-values-at-work',
    3,
    EVERYONE,
    'What matters most to you in a working relationship?',
  ),
];
