/**
 * Company direction, the way seed 000 suggests: share what is planned and invite them in,
 * rather than quizzing them about objectives they are assumed to have. Several questions
 * open with a short statement for the asker to fill in with their own news.
 */
import { I_LEAD, questionsIn } from './define';

const q = questionsIn('direction');

const REPORTS = ['report', 'skip-level'] as const;

export const directionQuestions = [
  q(
    'direction-next-quarter-interest',
    2,
    I_LEAD,
    "I'd like to walk you through what's planned for next quarter. Which part sounds most interesting to you?",
  ),
  q(
    'direction-new-technology-invite',
    2,
    REPORTS,
    "We're planning to adopt a new technology in the coming months. Would you like to be involved when the time comes?",
  ),
  q(
    'direction-open-questions',
    1,
    [...I_LEAD, 'peer'],
    'What questions do you have about where the company is heading?',
  ),
  q(
    'direction-kept-in-loop',
    2,
    REPORTS,
    'Some changes are coming to how we work. How would you like to be kept in the loop?',
  ),
  q(
    'direction-contribute-idea',
    3,
    REPORTS,
    "We're drafting next year's plans. Is there an idea you'd like to contribute?",
  ),
  q(
    'direction-work-connects',
    2,
    I_LEAD,
    "How well can you see the link between your work and the company's goals?",
  ),
  q(
    'direction-leadership-news',
    1,
    REPORTS,
    'I heard some news from leadership this week. Would it be useful if I shared it now?',
  ),
  q(
    'direction-strengths-project',
    2,
    REPORTS,
    'A project is coming up that could use your strengths. Would you be interested in taking part?',
  ),
  q(
    'direction-what-comes-up',
    2,
    I_LEAD,
    'When you hear about the upcoming plans, what comes up for you?',
  ),
  q(
    'direction-customer-signals',
    2,
    [...I_LEAD, 'peer'],
    'What are you hearing from customers that leadership might want to know?',
  ),
  q(
    'direction-market-trend',
    2,
    [...I_LEAD, 'peer', 'mentor'],
    'Is there a trend in our market that you think deserves more attention?',
  ),
  q(
    'direction-why-priorities',
    1,
    REPORTS,
    "Would it help if I explained how this quarter's priorities were chosen?",
  ),
  q(
    'direction-least-convincing',
    3,
    REPORTS,
    'Which part of our direction feels least clear to you?',
  ),
  q(
    'direction-roadmap-overlap',
    1,
    ['peer'],
    "Our team's roadmap has a few overlaps with yours. Would you like to go through them together?",
  ),
  q(
    'direction-ready-to-join',
    2,
    REPORTS,
    'A new initiative starts soon. What would help you feel ready to join it?',
  ),
  q(
    'direction-shape-it',
    3,
    I_LEAD,
    'If you could shape one part of where our team goes next year, which part would you choose?',
  ),
];
