/**
 * Learning: new technologies and subjects, a rhythm that keeps learning going, and money or
 * time to fund it. Offered as invitations, not as targets they are assumed to have.
 */
import { AHEAD_OF_ME, CLOSE_REPORTS, I_LEAD, I_LEAD_AND_PEERS, questionsIn } from './define';

const q = questionsIn('growth', [
  'What would you like to have tried by our next meeting?',
  'How would you like us to keep track of it?',
]);

export const growthQuestions = [
  q(
    'growth-new-technology',
    1,
    I_LEAD_AND_PEERS,
    "Is there a new technology you'd like to experiment with?",
    'What draws you to it?',
  ),
  q(
    'growth-curious-subject',
    1,
    I_LEAD_AND_PEERS,
    'Which subject have you been curious about lately?',
    'What first got you curious about it?',
  ),
  q(
    'growth-learning-slot',
    2,
    I_LEAD,
    'Would a regular slot in your week for learning be helpful?',
    'When in your week would that slot fit best?',
  ),
  q(
    'growth-keep-momentum',
    2,
    I_LEAD_AND_PEERS,
    "What would help you keep momentum on something you're learning?",
    'What has helped you keep going with learning before?',
  ),
  q(
    'growth-learning-budget',
    2,
    I_LEAD,
    'Would a budget for a course, book or conference help with what you want to learn?',
    'Which course, book or event do you have in mind?',
  ),
  q(
    'growth-skill-next-months',
    2,
    I_LEAD_AND_PEERS,
    'Which skill would you like to build over the next few months?',
    'How would you know you are making progress on it?',
  ),
  q(
    'growth-learning-style',
    1,
    I_LEAD_AND_PEERS,
    'How do you like to learn something new: by reading, by doing, or by talking it through?',
    'How could we set up your next piece of learning that way?',
  ),
  q(
    'growth-stretch-project',
    3,
    I_LEAD,
    'What kind of stretch project would excite you right now?',
    'What would you want to learn from doing it?',
  ),
  q(
    'growth-teach-others',
    2,
    I_LEAD_AND_PEERS,
    "Is there something you know well that you'd enjoy teaching others?",
    'Who do you think would get the most out of it?',
  ),
  q(
    'growth-useful-lesson',
    1,
    I_LEAD_AND_PEERS,
    "What's the most useful thing you've learned recently?",
    'How has it helped you since?',
  ),
  q(
    'growth-learn-from-someone',
    2,
    I_LEAD_AND_PEERS,
    "Is there someone here you'd like to learn from?",
    'What would you like to learn from them?',
  ),
  q(
    'growth-protect-time',
    2,
    I_LEAD,
    'How could we protect some time for your learning?',
    'What usually eats into that time?',
  ),
  q(
    'growth-small-experiment',
    2,
    I_LEAD_AND_PEERS,
    "Is there a small experiment you'd like to try in your work?",
    'What would you watch for to know whether it worked?',
  ),
  q(
    'growth-strength-further',
    3,
    I_LEAD_AND_PEERS,
    'Which of your strengths would you like to grow even further?',
    'Where could you use that strength more often?',
  ),
  q(
    'growth-comfort-zone',
    3,
    I_LEAD_AND_PEERS,
    'Which area outside your comfort zone would you like to explore?',
    'What would a small first step into it look like?',
  ),
  q(
    'growth-event',
    1,
    I_LEAD_AND_PEERS,
    "Is there an event or meetup you'd like to attend this year?",
    'What would you hope to bring back from it?',
  ),
  q(
    'growth-track-progress',
    2,
    CLOSE_REPORTS,
    'What would be a good way for us to keep track of your learning together?',
    'How often would you like us to look at it together?',
  ),
  q(
    'growth-certificate',
    2,
    I_LEAD,
    "Is there a qualification or certificate you'd like to work towards?",
    'What would it open up for you?',
  ),
  q(
    'growth-practise-before-next',
    2,
    CLOSE_REPORTS,
    "What's one thing you'd like to practise before we next meet?",
    'How would you like to tell me how it went?',
  ),
  q(
    'growth-what-you-learn',
    1,
    [...AHEAD_OF_ME, 'peer'],
    'What are you learning these days?',
    'What has surprised you most so far?',
  ),
  q(
    'growth-learning-rhythm',
    3,
    I_LEAD_AND_PEERS,
    'What kind of schedule or deadline would keep your learning going when work gets busy?',
    'What has thrown your learning off track before?',
  ),
];
