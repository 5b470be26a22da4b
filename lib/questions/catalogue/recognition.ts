/**
 * Noticing and naming contributions: the seed articles tie morale to being seen. Questions
 * that invite the other person to name their wins and the wins of others, never a verdict.
 */
import { I_LEAD, I_LEAD_AND_PEERS, CLOSE_REPORTS, EVERYONE, questionsIn } from './define';

const q = questionsIn('recognition', [
  'How would you like this to be shared, if at all?',
  'What would you like to do more of from here?',
]);

export const recognitionQuestions = [
  q(
    'recognition-win-week',
    1,
    EVERYONE,
    'Which win from this week would you like to take a moment on?',
    'What made it possible?',
  ),
  q(
    'recognition-unseen-effort',
    2,
    I_LEAD,
    'What effort of yours lately do you think went unnoticed?',
    'Who would you like to know about it?',
  ),
  q(
    'recognition-colleague-thanks',
    1,
    I_LEAD_AND_PEERS,
    'Who would you like to thank for something recent?',
    'What did they do that helped?',
  ),
  q(
    'recognition-proud-team',
    2,
    I_LEAD,
    'What has the team done lately that you feel good about?',
    'Which part did you play in it?',
  ),
  q(
    'recognition-felt-valued',
    2,
    I_LEAD_AND_PEERS,
    'When did you last feel your work was truly valued here?',
    'What made that moment work for you?',
  ),
  q(
    'recognition-small-wins',
    1,
    I_LEAD,
    'What small wins have you had that are easy to overlook?',
    'Which of them would you like to build on?',
  ),
  q(
    'recognition-hard-thing-done',
    2,
    I_LEAD,
    'What hard thing did you get through recently?',
    'What helped you get through it?',
  ),
  q(
    'recognition-behind-scenes',
    2,
    I_LEAD_AND_PEERS,
    'Whose work behind the scenes deserves more credit?',
    'How could we make it more visible?',
  ),
  q(
    'recognition-milestone-mark',
    1,
    I_LEAD,
    'Which recent milestone would you like us to mark in some way?',
    'What kind of marking would feel right to you?',
  ),
  q(
    'recognition-growth-noticed',
    3,
    CLOSE_REPORTS,
    'Looking back over the past year, in which part of your work have you grown the most?',
    'What helped that growth the most?',
  ),
  q(
    'recognition-customer-praise',
    1,
    I_LEAD_AND_PEERS,
    'Has anyone outside the team thanked you for something lately?',
    'What did it mean to you?',
  ),
  q(
    'recognition-own-strength',
    2,
    I_LEAD,
    'Which of your strengths made the biggest difference this month?',
    'Where else could it help?',
  ),
  q(
    'recognition-meaningful-thanks',
    3,
    I_LEAD_AND_PEERS,
    "What's the most meaningful thanks you've received at work?",
    'What made it mean so much?',
  ),
  q(
    'recognition-share-story',
    2,
    I_LEAD,
    'Which story from your recent work would be worth telling the wider team?',
    'How would you like to tell it?',
  ),
  q(
    'recognition-helped-others',
    2,
    I_LEAD,
    'Whom have you helped lately, in ways that may not show in your own work?',
    'How did that feel for you?',
  ),
  q(
    'recognition-quiet-pride',
    3,
    CLOSE_REPORTS,
    'What are you quietly proud of that you rarely mention?',
    'What keeps it quiet?',
  ),
];
