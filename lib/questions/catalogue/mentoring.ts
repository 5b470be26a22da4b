/**
 * Mentor mode (situational leadership in the seed articles): when someone asks for advice,
 * tell a similar story of your own (what went well, what did not, why) and let them judge
 * what fits. The questions offer the story and hand the judgement back.
 */
import type { Relationships } from './define';
import { questionsIn } from './define';

/** I mentor people I lead or guide. */
const MENTORED: Relationships = ['report', 'mentee', 'skip-level'];

const q = questionsIn('mentoring', [
  'What would you like to try first?',
  'What would you like to keep from this?',
]);

export const mentoringQuestions = [
  q(
    'mentoring-story-similar',
    2,
    MENTORED,
    'Would a story from a time I faced something similar be useful to you?',
    'Which part of that story fits your situation?',
  ),
  q(
    'mentoring-own-situation',
    2,
    MENTORED,
    'Having heard how I handled it, what would you try in your own situation?',
    'What makes that feel like the right fit for you?',
  ),
  q(
    'mentoring-advice-or-think',
    1,
    MENTORED,
    'Would you like my advice on this, or time to think out loud first?',
    'What would be most useful from me right now?',
  ),
  q(
    'mentoring-went-wrong',
    3,
    MENTORED,
    'Would it help to hear about a time this went wrong for me?',
    'What in that story would you avoid in yours?',
  ),
  q(
    'mentoring-fit-check',
    2,
    MENTORED,
    'How well does my experience fit what you are facing?',
    'Where does your situation differ the most?',
  ),
  q(
    'mentoring-your-read',
    2,
    MENTORED,
    'What do you make of the way I handled it back then?',
    'What would you have done differently?',
  ),
  q(
    'mentoring-someone-else',
    2,
    MENTORED,
    'Would it help to hear how someone I worked with solved a problem like this?',
    'Which part of their approach appeals to you?',
  ),
  q(
    'mentoring-first-try',
    1,
    MENTORED,
    "What would you try first, now that you've heard a few ways?",
    'What would tell you it is working?',
  ),
  q(
    'mentoring-my-mistake',
    3,
    MENTORED,
    'Shall I share the mistake I made in a spot like yours, so you can steer clear of it?',
    'What signs would tell you that moment is coming in your work?',
  ),
  q(
    'mentoring-where-stuck',
    1,
    MENTORED,
    'Where do you feel most stuck, so I know which story to tell?',
    'What have you already ruled out?',
  ),
  q(
    'mentoring-what-differs',
    2,
    MENTORED,
    'What is different about your situation from the one I described?',
    'How does that change what might work?',
  ),
  q(
    'mentoring-worth-keeping',
    2,
    MENTORED,
    'Which piece of my story is worth keeping for you?',
    'How would you put it to use this week?',
  ),
  q(
    'mentoring-other-voices',
    2,
    MENTORED,
    'Who else has faced this, whose story you could hear too?',
    'What would you like to ask them?',
  ),
  q(
    'mentoring-how-i-got-here',
    1,
    MENTORED,
    'What would you like to know about how I got to where I am?',
    'Which part of that path interests you most?',
  ),
  q(
    'mentoring-when-i-started',
    2,
    MENTORED,
    'Would it help to hear what I wish I had known when I started in a role like yours?',
    'Which of those would you like to look into first?',
  ),
  q(
    'mentoring-adapt-it',
    3,
    MENTORED,
    'How would you adapt what worked for me so it suits the way you work?',
    'What would you keep exactly as it was?',
  ),
  q(
    'mentoring-own-judgement',
    2,
    MENTORED,
    'After hearing my view, what does your own judgement tell you?',
    'Where does your view and mine part ways?',
  ),
  q(
    'mentoring-patterns',
    3,
    MENTORED,
    'Which patterns do you notice across the stories we have shared so far?',
    'Which pattern would you like to work on?',
    { refersBack: true },
  ),
  q(
    'mentoring-try-and-tell',
    1,
    MENTORED,
    'Which idea from today would you like to try and tell me about next time?',
    'What would help you give it a fair try?',
  ),
];
