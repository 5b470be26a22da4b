/**
 * What a report can ask their manager (relationship "manager"). Questions about company
 * direction also suit a skip-level, and questions about experience suit a mentor.
 */
import { questionsIn } from './define';

const q = questionsIn('ask-manager');

const MANAGER = ['manager'] as const;
const LEADERSHIP = ['manager', 'skip-level'] as const;
const EXPERIENCED = ['manager', 'mentor', 'skip-level'] as const;

export const askManagerQuestions = [
  q('ask-manager-busy-week', 1, EXPERIENCED, "What's keeping you busy this week?"),
  q(
    'ask-manager-team-priorities',
    1,
    LEADERSHIP,
    'What are the top priorities for our team right now?',
  ),
  q(
    'ask-manager-most-impact',
    2,
    MANAGER,
    'Where do you think I could have the most impact next quarter?',
  ),
  q(
    'ask-manager-skill-next',
    2,
    ['manager', 'mentor'],
    'Which skill would you encourage me to develop next?',
  ),
  q(
    'ask-manager-company-heading',
    2,
    LEADERSHIP,
    'Where do you see the company heading this year?',
  ),
  q(
    'ask-manager-prepare-for',
    1,
    LEADERSHIP,
    "What's coming up in the next couple of months that I could start preparing for?",
  ),
  q(
    'ask-manager-your-challenge',
    3,
    EXPERIENCED,
    "What's been the most challenging part of your role lately?",
  ),
  q('ask-manager-evaluated', 2, MANAGER, 'How will my work be evaluated this cycle?'),
  q('ask-manager-next-level', 3, MANAGER, 'What would it take for me to reach the next level?'),
  q('ask-manager-easier-week', 1, MANAGER, 'What could I do that would make your week easier?'),
  q('ask-manager-team-overall', 2, LEADERSHIP, 'How do you think the team is doing overall?'),
  q(
    'ask-manager-leadership-topics',
    2,
    LEADERSHIP,
    'What is leadership discussing at the moment that might affect us?',
  ),
  q(
    'ask-manager-learning-budget',
    2,
    MANAGER,
    'Is there budget for training or conferences this year?',
  ),
  q(
    'ask-manager-paths-seen',
    3,
    ['manager', 'mentor'],
    'Which paths have you seen people take from a role like mine?',
  ),
  q('ask-manager-disagree-how', 1, MANAGER, 'How do you like to hear disagreement from me?'),
  q(
    'ask-manager-your-manager-asks',
    2,
    MANAGER,
    'What is your own manager asking of you this quarter?',
  ),
  q(
    'ask-manager-lesson-sooner',
    3,
    EXPERIENCED,
    "What's one lesson from your career you wish you'd learned sooner?",
  ),
  q(
    'ask-manager-decision-background',
    2,
    LEADERSHIP,
    'Could you share the background behind a recent decision that affects my work?',
  ),
  q(
    'ask-manager-success-role',
    2,
    MANAGER,
    'What does success in my role look like six months from now?',
  ),
  q(
    'ask-manager-proud-of-team',
    1,
    LEADERSHIP,
    'What has the team done lately that made you proud?',
  ),
];
