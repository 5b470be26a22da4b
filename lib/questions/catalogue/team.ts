/** Team and collaboration: how people work together, and where it could be easier. */
import { I_LEAD, I_LEAD_AND_PEERS, questionsIn } from './define';

const q = questionsIn('team', [
  'What could we try as a first step?',
  'Who else would be good to hear on this?',
]);

const WITH_MANAGER = [...I_LEAD_AND_PEERS, 'manager'] as const;

export const teamQuestions = [
  q(
    'team-collaboration-lately',
    1,
    WITH_MANAGER,
    'How is collaboration within the team feeling lately?',
    'What has been helping or getting in the way?',
  ),
  q(
    'team-helpful-recently',
    1,
    I_LEAD_AND_PEERS,
    'Who on the team has been helpful to you recently?',
    'How would you like to thank them?',
  ),
  q(
    'team-shout-out',
    1,
    WITH_MANAGER,
    'Is there someone whose work deserves a shout-out?',
    'What would be a good way to recognise them?',
  ),
  q(
    'team-hidden-friction',
    2,
    I_LEAD,
    'Is there any friction in the team that I might not be aware of?',
    'What do you think is behind it?',
  ),
  q(
    'team-useful-rituals',
    2,
    I_LEAD_AND_PEERS,
    'Which team rituals do you find most useful?',
    'Which ritual would you change or drop?',
  ),
  q(
    'team-change-one-thing',
    2,
    WITH_MANAGER,
    'Which habit of our team would you most like to swap for a better one?',
    'What would a first small step towards it be?',
  ),
  q(
    'team-joining-easier',
    2,
    WITH_MANAGER,
    'What would make it easier for new people to join our team?',
    'What helped you most when you joined?',
  ),
  q(
    'team-neighbours',
    2,
    WITH_MANAGER,
    'How well is our team working with the teams around us?',
    'Which team would be worth working with more closely?',
  ),
  q(
    'team-knowledge-sharing',
    2,
    I_LEAD_AND_PEERS,
    'How well is knowledge shared across the team?',
    'Where does knowledge get stuck most often?',
  ),
  q(
    'team-belonging',
    3,
    I_LEAD,
    'How much do you feel you belong on this team?',
    'What would add to that feeling?',
  ),
  q(
    'team-safe-to-raise',
    3,
    I_LEAD_AND_PEERS,
    'How safe does it feel to raise a concern or admit a mistake in the team?',
    'What would make it feel safer?',
  ),
  q(
    'team-involved-decisions',
    2,
    I_LEAD,
    "How involved do you feel in the team's decisions?",
    'Which decision would you have liked a say in?',
  ),
  q(
    'team-disagreements',
    3,
    WITH_MANAGER,
    'When people on the team disagree, how does it usually get resolved?',
    'What would help disagreements end well more often?',
  ),
  q(
    'team-missing-skill',
    2,
    WITH_MANAGER,
    'What skill or role do you think our team is missing?',
    'How could we grow it from inside the team?',
  ),
  q(
    'team-celebrate-wins',
    1,
    I_LEAD_AND_PEERS,
    'How would you like the team to celebrate wins?',
    'Which recent win deserves it?',
  ),
  q(
    'team-our-two-teams',
    1,
    ['peer'],
    'How are our two teams getting along these days?',
    'What could we try to make it easier?',
  ),
  q(
    'team-culture-word',
    1,
    WITH_MANAGER,
    'Which word describes our team culture for you right now?',
    'What would you like that word to be a year from now?',
  ),
  q(
    'team-help-each-other',
    3,
    I_LEAD_AND_PEERS,
    'What would help people on the team ask each other for help more often?',
    'What would make asking for help feel normal?',
  ),
];
