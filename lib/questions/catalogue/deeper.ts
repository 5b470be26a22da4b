/**
 * Going deeper: values, proud moments, lessons from failure, best and worst experiences of
 * leadership. Sharing your own story first makes these easier to answer.
 */
import { AHEAD_OF_ME, EVERYONE, I_LEAD_AND_PEERS, questionsIn } from './define';

const q = questionsIn('deeper', [
  'What would you like to take from this into the weeks ahead?',
  'How would you like to come back to this another time?',
]);

export const deeperQuestions = [
  q(
    'deeper-proudest-work',
    2,
    EVERYONE,
    'Which piece of work are you proudest of so far in your career?',
    'What did that piece of work ask of you that others did not?',
  ),
  q(
    'deeper-proud-recently',
    1,
    EVERYONE,
    "What's something from the last few months that you feel proud of?",
    'Who else would you like to know about it?',
  ),
  q(
    'deeper-setback-lesson',
    3,
    EVERYONE,
    "What's a setback that ended up teaching you something important?",
    'How does that lesson show up in your work now?',
  ),
  q(
    'deeper-best-leader',
    3,
    EVERYONE,
    'What did the best leader you have worked with do that made a difference to you?',
    'Which of those things would you like more of from me?',
  ),
  q(
    'deeper-hard-leadership',
    3,
    EVERYONE,
    'Looking back, what did a difficult experience with a manager teach you about leadership?',
    'How has that changed what you ask of the people who lead you?',
  ),
  q(
    'deeper-work-values',
    3,
    EVERYONE,
    'Which values matter most to you in how you work?',
    'Where do you see those values at work in your week?',
  ),
  q(
    'deeper-values-tension',
    3,
    [...I_LEAD_AND_PEERS, 'mentor'],
    'Has there been a moment when work felt out of step with your values?',
    'What helped you find your footing again?',
  ),
  q(
    'deeper-good-workday-drive',
    2,
    EVERYONE,
    'What gets you out of bed on a good workday?',
    'How often does your work give you that at the moment?',
  ),
  q(
    'deeper-meaningful-work',
    2,
    EVERYONE,
    'What kind of work feels most meaningful to you?',
    'How much of your current work feels that way?',
  ),
  q(
    'deeper-turning-point',
    3,
    EVERYONE,
    'What turning point shaped the way you work today?',
    'What would you have done differently without it?',
  ),
  q(
    'deeper-feedback-that-stuck',
    3,
    EVERYONE,
    "What's a piece of feedback that changed how you see yourself?",
    'What made you ready to hear it at the time?',
  ),
  q(
    'deeper-risk-glad',
    3,
    EVERYONE,
    "What's a risk you took that you're glad about?",
    'What did you learn about yourself from taking it?',
  ),
  q(
    'deeper-advice-past-self',
    2,
    EVERYONE,
    'What do you know now that would have spared you some trouble a few years ago?',
    'Which part of that advice still applies to you today?',
  ),
  q(
    'deeper-leading-surprises',
    3,
    [...AHEAD_OF_ME, 'peer'],
    "What has leading people taught you that you didn't expect?",
    'How has that changed the way you lead now?',
  ),
  q(
    'deeper-biggest-influence',
    2,
    EVERYONE,
    'Who has influenced your approach to work the most?',
    'What did they do that you try to do too?',
  ),
  q(
    'deeper-building-trust',
    3,
    EVERYONE,
    'What helps you trust the people you work with?',
    'What helps that trust grow between the two of us?',
  ),
  q(
    'deeper-story-you-retell',
    2,
    EVERYONE,
    "What's a work story you find yourself telling other people?",
    'What does that story say about what you value?',
  ),
  q(
    'deeper-success-beyond-titles',
    3,
    EVERYONE,
    'How do you define success for yourself, apart from titles or pay?',
    'How close to that does your work feel at the moment?',
  ),
  q(
    'deeper-leader-you-want-to-be',
    3,
    EVERYONE,
    'What kind of leader would you like to be one day?',
    'What could you practise now that leader would do?',
  ),
  q(
    'deeper-bounce-back',
    3,
    EVERYONE,
    'How do you usually bounce back after a mistake?',
    'What helps you most in the first hour after a mistake?',
  ),
  q(
    'deeper-manager-habit-avoid',
    3,
    EVERYONE,
    'Which habit of a past manager have you made a point of not repeating?',
    'What do you do instead?',
  ),
];
