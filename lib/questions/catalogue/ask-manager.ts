/**
 * What a report can ask their manager (relationship "manager"). Questions about the wider
 * picture also suit their manager's manager ("skip-level-up"), questions about experience a
 * mentor. Never "skip-level": that is someone two levels below me (asking down).
 */
import { questionsIn } from './define';

const q = questionsIn('ask-manager', [
  'What would be a good next step for me?',
  'When could we come back to this?',
]);

const MANAGER = ['manager'] as const;
/** The wider picture: my manager or their manager. */
const LEADERSHIP = ['manager', 'skip-level-up'] as const;
const EXPERIENCED = ['manager', 'skip-level-up', 'mentor'] as const;

export const askManagerQuestions = [
  q(
    'ask-manager-busy-week',
    1,
    EXPERIENCED,
    "What's keeping you busy this week?",
    'What part of it might reach our team later?',
  ),
  q(
    'ask-manager-team-priorities',
    1,
    LEADERSHIP,
    'What are the top priorities for our team right now?',
    'How do you see my work fitting into them?',
  ),
  q(
    'ask-manager-most-impact',
    2,
    ['manager', 'mentor'],
    'Where do you think I could have the most impact next quarter?',
    'What would I need to get there?',
  ),
  q(
    'ask-manager-skill-next',
    2,
    ['manager', 'mentor'],
    'Which skill would you encourage me to develop next?',
    'What would be a good way to start on it?',
  ),
  q(
    'ask-manager-company-heading',
    2,
    LEADERSHIP,
    'Where do you see the company heading this year?',
    'What does that mean for our team?',
  ),
  q(
    'ask-manager-prepare-for',
    1,
    LEADERSHIP,
    "What's coming up in the next couple of months that I could start preparing for?",
    'What would be a good first step for me?',
  ),
  q(
    'ask-manager-your-challenge',
    3,
    EXPERIENCED,
    "What's been the most challenging part of your role lately?",
    'Is there a part of it I could help with?',
  ),
  q(
    'ask-manager-evaluated',
    2,
    MANAGER,
    'How will my work be evaluated this cycle?',
    'What would a strong cycle look like to you?',
  ),
  q(
    'ask-manager-next-level',
    3,
    MANAGER,
    'What would it take for me to reach the next level?',
    'What would you suggest I start with?',
  ),
  q(
    'ask-manager-easier-week',
    1,
    MANAGER,
    'What could I do that would make your week easier?',
    'How would you like me to let you know when I have done it?',
  ),
  q(
    'ask-manager-team-overall',
    2,
    LEADERSHIP,
    'How do you think the team is doing overall?',
    'What would you most like to see change in the team?',
  ),
  q(
    'ask-manager-leadership-topics',
    2,
    LEADERSHIP,
    'What is leadership discussing at the moment that might affect us?',
    'When would be a good time to hear more about it?',
  ),
  q(
    'ask-manager-learning-budget',
    2,
    MANAGER,
    'Is there budget for training or conferences this year?',
    'How would I go about asking for some of it?',
  ),
  q(
    'ask-manager-paths-seen',
    3,
    ['manager', 'mentor'],
    'Which paths have you seen people take from a role like mine?',
    'Which of those paths suited people like me?',
  ),
  q(
    'ask-manager-disagree-how',
    1,
    MANAGER,
    'How do you like to hear disagreement from me?',
    'What is an example of disagreement that worked well for you?',
  ),
  q(
    'ask-manager-your-manager-asks',
    2,
    MANAGER,
    'What is your own manager asking of you this quarter?',
    'How could my work help with that?',
  ),
  q(
    'ask-manager-lesson-sooner',
    3,
    EXPERIENCED,
    'Which lesson took you longest to learn, looking back on your career?',
    'How did you learn it in the end?',
  ),
  q(
    'ask-manager-decision-background',
    2,
    LEADERSHIP,
    'Could you share the background behind a recent decision that affects my work?',
    'What other options were on the table?',
  ),
  q(
    'ask-manager-success-role',
    2,
    MANAGER,
    'What does success in my role look like six months from now?',
    'What would be a good first milestone on the way?',
  ),
  q(
    'ask-manager-proud-of-team',
    1,
    LEADERSHIP,
    'What has the team done lately that made you proud?',
    'What made it stand out for you?',
  ),
];
