/** Operative talk: what they are doing day to day, where it hurts, what could be smoother. */
import { AHEAD_OF_ME, I_LEAD, I_LEAD_AND_PEERS, questionsIn } from './define';

const q = questionsIn('operative');

export const operativeQuestions = [
  q(
    'operative-focus-this-week',
    1,
    [...I_LEAD_AND_PEERS, 'manager'],
    'What are you focused on this week?',
  ),
  q('operative-slowing-down', 1, I_LEAD_AND_PEERS, 'Is anything slowing you down right now?'),
  q('operative-going-well', 1, I_LEAD_AND_PEERS, "What's going well in your work at the moment?"),
  q(
    'operative-unclear',
    2,
    I_LEAD_AND_PEERS,
    'Is there anything in your current work that feels unclear?',
  ),
  q('operative-what-first', 2, I_LEAD, 'How confident do you feel about what to work on first?'),
  q(
    'operative-waiting-on-decision',
    2,
    I_LEAD_AND_PEERS,
    'Is there a decision you are waiting on that affects your work?',
  ),
  q(
    'operative-tool-friction',
    2,
    I_LEAD_AND_PEERS,
    'Are there tools or processes that get in the way of your work?',
  ),
  q(
    'operative-smoother-day',
    2,
    I_LEAD_AND_PEERS,
    'What small change would make your day-to-day work smoother?',
  ),
  q('operative-surprise', 1, I_LEAD_AND_PEERS, 'What surprised you in your work this week?'),
  q(
    'operative-next-milestone',
    1,
    I_LEAD_AND_PEERS,
    "What's the next milestone you're working towards?",
  ),
  q(
    'operative-risks-ahead',
    2,
    I_LEAD_AND_PEERS,
    'What risks do you see coming up in your current work?',
  ),
  q(
    'operative-learned-this-week',
    1,
    I_LEAD_AND_PEERS,
    "What did you learn from this week's work?",
  ),
  q(
    'operative-coming-our-way',
    1,
    [...AHEAD_OF_ME, 'peer'],
    'What are you working on at the moment that might reach our team later on?',
  ),
  q(
    'operative-my-plate',
    1,
    I_LEAD,
    "Here is what's on my plate this week. Is any of it useful context for you?",
  ),
  q(
    'operative-handoffs',
    2,
    I_LEAD_AND_PEERS,
    'How are handoffs with other teams working for you?',
  ),
  q(
    'operative-not-worth-it',
    2,
    I_LEAD_AND_PEERS,
    'Which task in your week takes more time than it seems worth?',
  ),
  q(
    'operative-next-month-differently',
    3,
    I_LEAD,
    'Looking at how you worked this month, what would you like to try differently next month?',
  ),
  q(
    'operative-more-people-know',
    1,
    I_LEAD,
    'Which piece of recent work would you like more people to know about?',
  ),
  q('operative-timelines', 2, I_LEAD_AND_PEERS, 'How do your current timelines feel to you?'),
  q(
    'operative-missing-context',
    2,
    I_LEAD_AND_PEERS,
    'Is there any context you are missing to do your best work?',
  ),
  q(
    'operative-work-habits',
    3,
    I_LEAD_AND_PEERS,
    'Which of your working habits has served you best this quarter?',
  ),
];
