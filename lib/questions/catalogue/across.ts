/**
 * Working across: a 1:1 with a peer, as equals. Teams that talk early help each other and
 * soften conflicts before they grow (the seed articles on teamwork and trust).
 */
import type { Relationships } from './define';
import { questionsIn } from './define';

const PEERS: Relationships = ['peer'];

const q = questionsIn('across', ['What could we try first?', 'When shall we look at how it went?']);

export const acrossQuestions = [
  q(
    'across-touches-my-team',
    1,
    PEERS,
    'What are you working on this week that touches my team?',
    'When will it reach us?',
  ),
  q(
    'across-save-time',
    2,
    PEERS,
    'Where could our teams save each other some time?',
    'What would it take to start?',
  ),
  q(
    'across-dependency',
    2,
    PEERS,
    'Which dependency between us worries you most right now?',
    'What would make it less risky?',
  ),
  q(
    'across-learned-lately',
    2,
    PEERS,
    'What has your team learned lately that mine could use?',
    'How could we pass it on?',
  ),
  q(
    'across-priorities-pull',
    3,
    PEERS,
    'How would you like us to settle it when our priorities pull apart?',
    'Who else would need to be part of that?',
  ),
  q(
    'across-smoother-handoffs',
    2,
    PEERS,
    'What would make handoffs between our teams smoother?',
    'Which handoff should we start with?',
  ),
  q(
    'across-need-from-mine',
    1,
    PEERS,
    'What do you need from my team in the next few weeks?',
    'What would be the best way to ask for it?',
  ),
  q(
    'across-harder-than-needed',
    3,
    PEERS,
    'Where has working with my team been harder than it should be?',
    'What would have made it easier?',
  ),
  q(
    'across-shared-win',
    2,
    PEERS,
    'Which shared piece of work would you like us to celebrate?',
    'How would you like to celebrate it?',
  ),
  q(
    'across-heads-up',
    2,
    PEERS,
    'How could we give each other an earlier heads-up on changes?',
    'What kind of change needs one most?',
  ),
  q(
    'across-trickiest-part',
    2,
    PEERS,
    "What's the trickiest part of your role at the moment?",
    'Where could I help with it?',
  ),
  q(
    'across-second-opinion',
    1,
    PEERS,
    'What would you like a second opinion on today?',
    'What have you considered so far?',
  ),
  q(
    'across-shared-goal',
    2,
    PEERS,
    'Which goal do our teams share that we could push on together?',
    'What could each of us bring to it?',
  ),
  q(
    'across-trust-calls',
    3,
    PEERS,
    "What would help us trust each other's calls more readily?",
    'Where would you like to start?',
  ),
  q(
    'across-people-meet',
    1,
    PEERS,
    'Who on your team should meet someone on mine?',
    'What could they work on together?',
  ),
  q(
    'across-fix-together',
    2,
    PEERS,
    'What could we improve together that neither team can fix alone?',
    'Who else would we need on board?',
  ),
  q(
    'across-how-you-run',
    2,
    PEERS,
    'How do you run your own 1:1s these days?',
    'What have you learned from them?',
  ),
  q(
    'across-compare-notes',
    1,
    PEERS,
    'Which challenge of leading a team would you like to compare notes on?',
    'What has worked for you so far?',
  ),
];
