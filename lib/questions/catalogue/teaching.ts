/**
 * Teacher mode (situational leadership in the seed articles): when the skill itself is
 * missing, coaching and mentoring do not help; build the foundation first. The questions
 * offer to show how and check, kindly, what landed.
 */
import type { Relationships } from './define';
import { questionsIn } from './define';

/** People I may teach: those I lead or guide. */
const LEARNERS: Relationships = ['report', 'mentee', 'skip-level'];
/** A peer may ask me to show them something too. */
const LEARNERS_AND_PEERS: Relationships = ['report', 'mentee', 'skip-level', 'peer'];

const q = questionsIn('teaching', [
  'How would you put it in your own words?',
  'Where would you like to try it first?',
  'Which part would you like me to show once more?',
]);

export const teachingQuestions = [
  q(
    'teaching-show-how',
    1,
    LEARNERS_AND_PEERS,
    'Would it help if I showed you how I go about this?',
    'Which part would you like me to slow down on?',
  ),
  q(
    'teaching-work-example',
    2,
    LEARNERS_AND_PEERS,
    'Shall we work through an example together right now?',
    'What did you notice as we went through it?',
  ),
  q(
    'teaching-explain-back',
    2,
    LEARNERS,
    'How would you explain the approach back to me, in your own words?',
    'Which step felt least natural to put into words?',
  ),
  q(
    'teaching-start-from',
    1,
    LEARNERS_AND_PEERS,
    'What do you already know about this, so I can start from there?',
    'Where did you pick that up?',
  ),
  q(
    'teaching-fuzziest-step',
    2,
    LEARNERS,
    'Which step is still the fuzziest for you?',
    'What would make it clearer: an example or a drawing?',
  ),
  q(
    'teaching-try-next-step',
    2,
    LEARNERS,
    'Would you like to try the next step while I watch and help?',
    'How did that feel compared with watching?',
  ),
  q(
    'teaching-watch-or-do',
    1,
    LEARNERS_AND_PEERS,
    'For this topic, would you rather watch me do it or have a go with me beside you?',
    'What has worked for you when learning something similar?',
  ),
  q(
    'teaching-write-up',
    1,
    LEARNERS_AND_PEERS,
    'Would a short write-up or a recording help you go over it later?',
    'What should it cover so it is useful later?',
  ),
  q(
    'teaching-use-first',
    2,
    LEARNERS,
    'Where in your current work could you use this first?',
    'What might make it tricky there?',
  ),
  q(
    'teaching-common-trap',
    2,
    LEARNERS_AND_PEERS,
    'Shall I point out the trap most people fall into here?',
    'How would you spot it in your own work?',
  ),
  q(
    'teaching-go-over',
    2,
    LEARNERS,
    'What part of what I showed you would you like to go over once more?',
    'What would help it stick this time?',
  ),
  q(
    'teaching-team-session',
    3,
    LEARNERS_AND_PEERS,
    'Would it be worth turning this into a short session for the rest of the team?',
    'Who would get the most out of it?',
  ),
  q(
    'teaching-practise-plan',
    2,
    LEARNERS,
    'How would you like to practise this before it really counts?',
    'What would be a safe place to try it?',
  ),
  q(
    'teaching-basics-first',
    3,
    LEARNERS,
    'Which basics would you like to get solid before we go further?',
    'How would you know they are solid?',
  ),
  q(
    'teaching-pairing',
    1,
    LEARNERS_AND_PEERS,
    'Would a pairing session this week help you get going with it?',
    'What would you like to pair on?',
  ),
  q(
    'teaching-questions-left',
    1,
    LEARNERS_AND_PEERS,
    'What questions do you still have about it?',
    'Which of them matters most for your work?',
  ),
  q(
    'teaching-on-your-own',
    2,
    LEARNERS,
    'How ready do you feel to do it on your own next time?',
    'What would make you feel more ready?',
  ),
  q(
    'teaching-what-clicked',
    2,
    LEARNERS_AND_PEERS,
    'Which part clicked for you?',
    'What made it click?',
  ),
  q(
    'teaching-teach-it-on',
    3,
    LEARNERS,
    'Who could you show this to once you are comfortable with it?',
    'What would you want them to take away?',
  ),
];
