/**
 * Learning: new technologies and subjects, a rhythm that keeps learning going, and money or
 * time to fund it. Offered as invitations, not as targets they are assumed to have.
 */
import { AHEAD_OF_ME, CLOSE_REPORTS, I_LEAD, I_LEAD_AND_PEERS, questionsIn } from './define';

const q = questionsIn('growth');

export const growthQuestions = [
  q(
    'growth-new-technology',
    1,
    I_LEAD_AND_PEERS,
    "Is there a new technology you'd like to experiment with?",
  ),
  q(
    'growth-curious-subject',
    1,
    I_LEAD_AND_PEERS,
    'Which subject have you been curious about lately?',
  ),
  q(
    'growth-learning-slot',
    2,
    I_LEAD,
    'Would a regular slot in your week for learning be helpful?',
  ),
  q(
    'growth-keep-momentum',
    2,
    I_LEAD_AND_PEERS,
    "What would help you keep momentum on something you're learning?",
  ),
  q(
    'growth-learning-budget',
    2,
    I_LEAD,
    'Would a budget for a course, book or conference help with what you want to learn?',
  ),
  q(
    'growth-skill-next-months',
    2,
    I_LEAD_AND_PEERS,
    'Which skill would you like to build over the next few months?',
  ),
  q(
    'growth-learning-style',
    1,
    I_LEAD_AND_PEERS,
    'How do you like to learn something new: by reading, by doing, or by talking it through?',
  ),
  q(
    'growth-stretch-project',
    3,
    I_LEAD,
    'What kind of stretch project would excite you right now?',
  ),
  q(
    'growth-teach-others',
    2,
    I_LEAD_AND_PEERS,
    "Is there something you know well that you'd enjoy teaching others?",
  ),
  q(
    'growth-useful-lesson',
    1,
    I_LEAD_AND_PEERS,
    "What's the most useful thing you've learned recently?",
  ),
  q(
    'growth-learn-from-someone',
    2,
    I_LEAD_AND_PEERS,
    "Is there someone here you'd like to learn from?",
  ),
  q('growth-protect-time', 2, I_LEAD, 'How could we protect some time for your learning?'),
  q(
    'growth-small-experiment',
    2,
    I_LEAD_AND_PEERS,
    "Is there a small experiment you'd like to try in your work?",
  ),
  q(
    'growth-strength-further',
    3,
    I_LEAD_AND_PEERS,
    'Which of your strengths would you like to grow even further?',
  ),
  q(
    'growth-comfort-zone',
    3,
    I_LEAD_AND_PEERS,
    'Which area outside your comfort zone would you like to explore?',
  ),
  q(
    'growth-event',
    1,
    I_LEAD_AND_PEERS,
    "Is there an event or meetup you'd like to attend this year?",
  ),
  q(
    'growth-track-progress',
    2,
    CLOSE_REPORTS,
    'What would be a good way for us to keep track of your learning together?',
  ),
  q(
    'growth-certificate',
    2,
    I_LEAD,
    "Is there a qualification or certificate you'd like to work towards?",
  ),
  q(
    'growth-practise-before-next',
    2,
    CLOSE_REPORTS,
    "What's one thing you'd like to practise before we next meet?",
  ),
  q('growth-what-you-learn', 1, [...AHEAD_OF_ME, 'peer'], 'What are you learning these days?'),
  q(
    'growth-learning-rhythm',
    3,
    I_LEAD_AND_PEERS,
    'What kind of schedule or deadline would keep your learning going when work gets busy?',
  ),
];
