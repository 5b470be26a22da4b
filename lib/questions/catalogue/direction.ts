/**
 * Company direction, the way seed 000 suggests: share what is planned and invite them in,
 * rather than quizzing them about objectives they are assumed to have. Several questions
 * open with a short statement for the asker to fill in with their own news: those are
 * templates with a blank (asTemplate), offered only when the user asks for more of this kind.
 */
import { asTemplate, I_LEAD, questionsIn } from './define';

const q = questionsIn('direction', [
  'What would you like me to find out or pass on?',
  'When would you like to hear more?',
]);

const REPORTS = ['report', 'skip-level'] as const;

export const directionQuestions = [
  asTemplate(
    q(
      'direction-next-quarter-interest',
      2,
      I_LEAD,
      "I'd like to walk you through ___, planned for next quarter. Which part sounds most interesting to you?",
      'What would you like to know more about?',
    ),
    'the plan',
  ),
  asTemplate(
    q(
      'direction-new-technology-invite',
      2,
      REPORTS,
      "We're planning to adopt ___ in the coming months. Would you like to be involved when the time comes?",
      'What would help you get ready for it?',
    ),
    'the technology',
  ),
  q(
    'direction-open-questions',
    1,
    [...I_LEAD, 'peer'],
    'What questions do you have about where the company is heading?',
    'Which of those would you like me to find out more about?',
  ),
  asTemplate(
    q(
      'direction-kept-in-loop',
      2,
      REPORTS,
      'Some changes are coming to ___. How would you like to be kept in the loop?',
      'How often would you like to hear about it?',
    ),
    'what is changing',
  ),
  asTemplate(
    q(
      'direction-contribute-idea',
      3,
      REPORTS,
      "We're drafting ___. Is there an idea you'd like to contribute?",
      'What would you need to develop the idea further?',
    ),
    'the plan being drafted',
  ),
  q(
    'direction-work-connects',
    2,
    I_LEAD,
    "How well can you see the link between your work and the company's goals?",
    'What would make that link clearer?',
  ),
  asTemplate(
    q(
      'direction-leadership-news',
      1,
      REPORTS,
      'I heard news from leadership about ___. Would it be useful if I shared it now?',
      'What questions does it raise for you?',
    ),
    'the topic',
  ),
  asTemplate(
    q(
      'direction-strengths-project',
      2,
      REPORTS,
      'A project is coming up, ___, that could use your strengths. Would you be interested in taking part?',
      'What would you like to learn from taking part?',
    ),
    'the project',
  ),
  q(
    'direction-what-comes-up',
    2,
    I_LEAD,
    'When you hear about the upcoming plans, what comes up for you?',
    'What would you like to know more about?',
  ),
  q(
    'direction-customer-signals',
    2,
    [...I_LEAD, 'peer'],
    'What are you hearing from customers that leadership might want to know?',
    'Who should hear it first, in your view?',
  ),
  q(
    'direction-market-trend',
    2,
    [...I_LEAD, 'peer', 'mentor'],
    'Is there a trend in our market that you think deserves more attention?',
    'What would you do about it if it were up to you?',
  ),
  q(
    'direction-why-priorities',
    1,
    REPORTS,
    "Would it help if I explained how this quarter's priorities were chosen?",
    'Which priority would you like to understand better?',
  ),
  q(
    'direction-least-convincing',
    3,
    REPORTS,
    'Which part of our direction feels least clear to you?',
    'What would help it make more sense?',
  ),
  asTemplate(
    q(
      'direction-roadmap-overlap',
      1,
      ['peer'],
      "Our team's roadmap overlaps with yours on ___. Would you like to go through it together?",
      'Where do you see the biggest chance to help each other?',
    ),
    'where they overlap',
  ),
  asTemplate(
    q(
      'direction-ready-to-join',
      2,
      REPORTS,
      'A new initiative, ___, starts soon. What would help you feel ready to join it?',
      'What would you want to learn first?',
    ),
    'the initiative',
  ),
  q(
    'direction-shape-it',
    3,
    I_LEAD,
    'If you could shape one part of where our team goes next year, which part would you choose?',
    'What would a first step towards it look like?',
  ),
];
