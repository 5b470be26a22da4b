/**
 * Going deeper: values, proud moments, lessons from failure, best and worst experiences of
 * leadership. Sharing your own story first makes these easier to answer.
 */
import { AHEAD_OF_ME, EVERYONE, I_LEAD_AND_PEERS, questionsIn } from './define';

const q = questionsIn('deeper');

export const deeperQuestions = [
  q(
    'deeper-proudest-work',
    2,
    EVERYONE,
    'Which piece of work are you proudest of so far in your career?',
  ),
  q(
    'deeper-proud-recently',
    1,
    EVERYONE,
    "What's something from the last few months that you feel proud of?",
  ),
  q(
    'deeper-setback-lesson',
    3,
    EVERYONE,
    "What's a setback that ended up teaching you something important?",
  ),
  q(
    'deeper-best-leader',
    3,
    EVERYONE,
    'What did the best leader you have worked with do that made a difference to you?',
  ),
  q(
    'deeper-hard-leadership',
    3,
    EVERYONE,
    'Looking back, what did a difficult experience with a manager teach you about leadership?',
  ),
  q('deeper-work-values', 3, EVERYONE, 'Which values matter most to you in how you work?'),
  q(
    'deeper-values-tension',
    3,
    [...I_LEAD_AND_PEERS, 'mentor'],
    'Has there been a moment when work felt out of step with your values?',
  ),
  q('deeper-good-workday-drive', 2, EVERYONE, 'What gets you out of bed on a good workday?'),
  q('deeper-meaningful-work', 2, EVERYONE, 'What kind of work feels most meaningful to you?'),
  q('deeper-turning-point', 3, EVERYONE, 'What turning point shaped the way you work today?'),
  q(
    'deeper-feedback-that-stuck',
    3,
    EVERYONE,
    "What's a piece of feedback that changed how you see yourself?",
  ),
  q('deeper-risk-glad', 3, EVERYONE, "What's a risk you took that you're glad about?"),
  q(
    'deeper-advice-past-self',
    2,
    EVERYONE,
    'What advice would you give yourself from five years ago?',
  ),
  q(
    'deeper-leading-surprises',
    3,
    [...AHEAD_OF_ME, 'peer'],
    "What has leading people taught you that you didn't expect?",
  ),
  q('deeper-biggest-influence', 2, EVERYONE, 'Who has influenced your approach to work the most?'),
  q('deeper-building-trust', 3, EVERYONE, 'What helps you trust the people you work with?'),
  q(
    'deeper-story-you-retell',
    2,
    EVERYONE,
    "What's a work story you find yourself telling other people?",
  ),
  q(
    'deeper-success-beyond-titles',
    3,
    EVERYONE,
    'How do you define success for yourself, apart from titles or pay?',
  ),
  q(
    'deeper-leader-you-want-to-be',
    3,
    EVERYONE,
    'What kind of leader would you like to be one day?',
  ),
  q('deeper-bounce-back', 3, EVERYONE, 'How do you usually bounce back after a mistake?'),
  q(
    'deeper-manager-habit-avoid',
    3,
    EVERYONE,
    'Which habit of a past manager have you made a point of not repeating?',
  ),
];
