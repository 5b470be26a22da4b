/** How they are: energy, workload, rest. Mostly light, so a meeting can open gently. */
import { CLOSE_REPORTS, EVERYONE, I_LEAD, I_LEAD_AND_PEERS, questionsIn } from './define';

const q = questionsIn('wellbeing');

export const wellbeingQuestions = [
  q('wellbeing-energy-week', 1, EVERYONE, 'How has your energy been this week?'),
  q('wellbeing-workload-now', 2, I_LEAD_AND_PEERS, 'How does your workload feel right now?'),
  q('wellbeing-week-highlight', 1, EVERYONE, 'What was the best part of your week?'),
  q('wellbeing-recharge', 1, EVERYONE, 'What helps you recharge after a busy stretch?'),
  q('wellbeing-sustainable-pace', 2, I_LEAD, 'How sustainable does your current pace feel?'),
  q('wellbeing-scale-today', 1, EVERYONE, 'On a scale from one to ten, how are you feeling today?'),
  q(
    'wellbeing-weighing-on-you',
    2,
    I_LEAD_AND_PEERS,
    "Is anything weighing on you that you'd like to talk through?",
  ),
  q(
    'wellbeing-outside-work',
    2,
    EVERYONE,
    "How are things outside of work, as much as you'd like to share?",
  ),
  q(
    'wellbeing-stress-signals',
    3,
    [...CLOSE_REPORTS, 'peer'],
    'What are the first signs you notice when stress starts to build up?',
  ),
  q(
    'wellbeing-balance-change',
    2,
    CLOSE_REPORTS,
    'What one change would make your work-life balance feel better?',
  ),
  q(
    'wellbeing-time-off',
    1,
    I_LEAD_AND_PEERS,
    'Is there any time off coming up that you are looking forward to?',
  ),
  q(
    'wellbeing-focus-time',
    2,
    I_LEAD_AND_PEERS,
    'How much uninterrupted time for focused work have you had lately?',
  ),
  q(
    'wellbeing-meeting-load',
    2,
    I_LEAD_AND_PEERS,
    'How does the number of meetings in your week feel to you?',
  ),
  q('wellbeing-energy-source', 2, I_LEAD, 'What has been giving you energy at work lately?'),
  q(
    'wellbeing-draining-parts',
    2,
    I_LEAD_AND_PEERS,
    'Which parts of your work have felt draining recently?',
  ),
  q(
    'wellbeing-lighter-plate',
    2,
    I_LEAD,
    'If one thing could come off your plate this week, what would you pick?',
  ),
  q(
    'wellbeing-feel-supported',
    3,
    I_LEAD,
    'How supported do you feel by the people around you at the moment?',
  ),
  q('wellbeing-week-in-a-word', 1, EVERYONE, 'What word would you use to sum up your week so far?'),
  q(
    'wellbeing-rest-lately',
    2,
    CLOSE_REPORTS,
    "How has rest been for you lately, if you're comfortable sharing?",
  ),
  q(
    'wellbeing-boundaries',
    3,
    [...CLOSE_REPORTS, 'peer', 'mentor'],
    'Which boundaries between work and the rest of your life matter most to you?',
  ),
  q(
    'wellbeing-your-own-week',
    1,
    ['manager', 'mentor', 'skip-level'],
    'How is your own week going?',
  ),
  q(
    'wellbeing-work-setup',
    1,
    I_LEAD_AND_PEERS,
    'How is your working setup treating you these days?',
  ),
  q(
    'wellbeing-good-day',
    2,
    EVERYONE,
    'What does a good workday feel like for you from start to finish?',
  ),
];
