/** Where they want to go. Open-ended: no path is assumed, staying put is a fine answer. */
import { AHEAD_OF_ME, CLOSE_REPORTS, I_LEAD, questionsIn } from './define';

const q = questionsIn('career');

export const careerQuestions = [
  q('career-few-years', 3, I_LEAD, 'Where would you like your career to be in a few years?'),
  q(
    'career-good-next-step',
    2,
    I_LEAD,
    'What would a good next step in your career look like to you?',
  ),
  q('career-more-of-role', 2, I_LEAD, 'Which parts of your role would you like to do more of?'),
  q('career-design-role', 3, I_LEAD, 'If you could design your ideal role, what would it include?'),
  q(
    'career-expert-or-lead',
    2,
    I_LEAD,
    'Are you more drawn to deepening your expertise or to leading people?',
  ),
  q('career-open-doors', 3, I_LEAD, 'Which skills do you think would open the most doors for you?'),
  q('career-visibility', 2, I_LEAD, "Is there work you'd like more visibility for?"),
  q('career-inspiring-path', 2, [...I_LEAD, 'peer'], 'Whose career path do you find inspiring?'),
  q(
    'career-next-level-clarity',
    2,
    ['report', 'skip-level'],
    'How clear does the path to your next level feel?',
  ),
  q(
    'career-progress-half-year',
    2,
    I_LEAD,
    'How do you feel about your progress over the last six months?',
  ),
  q('career-dream-project', 2, [...I_LEAD, 'peer'], "Is there a project you'd love to be part of?"),
  q(
    'career-reasons-to-stay',
    3,
    ['report', 'skip-level'],
    "What would make this a place you'd want to stay for a long time?",
  ),
  q(
    'career-plan-together',
    3,
    CLOSE_REPORTS,
    'Would it help to sketch out a development plan together?',
  ),
  q('career-other-teams', 2, I_LEAD, 'Is there another team or area you are curious about?'),
  q('career-how-you-chose', 2, AHEAD_OF_ME, 'How did you decide on the path you have taken?'),
  q(
    'career-experience-to-seek',
    3,
    AHEAD_OF_ME,
    'Given where I would like to go, which experiences would you suggest I look for?',
  ),
  q(
    'career-known-for',
    3,
    [...I_LEAD, 'peer', 'mentor'],
    'What would you like to be known for in your work?',
  ),
  q(
    'career-changing-wants',
    3,
    [...I_LEAD, 'peer', 'mentor', 'manager'],
    'How has what you want from work changed over the last few years?',
  ),
  q(
    'career-support-this-quarter',
    2,
    CLOSE_REPORTS,
    'What could I do this quarter to support your career goals?',
  ),
  q(
    'career-first-ask',
    1,
    I_LEAD,
    'Which part of your career would you enjoy talking about today?',
  ),
];
