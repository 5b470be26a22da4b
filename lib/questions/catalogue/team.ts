/** Team and collaboration: how people work together, and where it could be easier. */
import { I_LEAD, I_LEAD_AND_PEERS, questionsIn } from './define';

const q = questionsIn('team');

const WITH_MANAGER = [...I_LEAD_AND_PEERS, 'manager'] as const;

export const teamQuestions = [
  q(
    'team-collaboration-lately',
    1,
    WITH_MANAGER,
    'How is collaboration within the team feeling lately?',
  ),
  q(
    'team-helpful-recently',
    1,
    I_LEAD_AND_PEERS,
    'Who on the team has been helpful to you recently?',
  ),
  q('team-shout-out', 1, WITH_MANAGER, 'Is there someone whose work deserves a shout-out?'),
  q(
    'team-hidden-friction',
    2,
    I_LEAD,
    'Is there any friction in the team that I might not be aware of?',
  ),
  q('team-useful-rituals', 2, I_LEAD_AND_PEERS, 'Which team rituals do you find most useful?'),
  q(
    'team-change-one-thing',
    2,
    WITH_MANAGER,
    'If you could change one thing about how our team works, what would it be?',
  ),
  q(
    'team-joining-easier',
    2,
    WITH_MANAGER,
    'What would make it easier for new people to join our team?',
  ),
  q('team-neighbours', 2, WITH_MANAGER, 'How well is our team working with the teams around us?'),
  q('team-knowledge-sharing', 2, I_LEAD_AND_PEERS, 'How well is knowledge shared across the team?'),
  q('team-belonging', 3, I_LEAD, 'How much do you feel you belong on this team?'),
  q(
    'team-safe-to-raise',
    3,
    I_LEAD_AND_PEERS,
    'How safe does it feel to raise a concern or admit a mistake in the team?',
  ),
  q('team-involved-decisions', 2, I_LEAD, "How involved do you feel in the team's decisions?"),
  q(
    'team-disagreements',
    3,
    WITH_MANAGER,
    'When people on the team disagree, how does it usually get resolved?',
  ),
  q('team-missing-skill', 2, WITH_MANAGER, 'What skill or role do you think our team is missing?'),
  q('team-celebrate-wins', 1, I_LEAD_AND_PEERS, 'How would you like the team to celebrate wins?'),
  q('team-our-two-teams', 1, ['peer'], 'How are our two teams getting along these days?'),
  q(
    'team-culture-word',
    1,
    WITH_MANAGER,
    'Which word describes our team culture for you right now?',
  ),
  q(
    'team-help-each-other',
    3,
    I_LEAD_AND_PEERS,
    'What would help people on the team ask each other for help more often?',
  ),
];
