/**
 * The plain word lists behind the zod enums in common.ts, importable without zod (the sidebar
 * bundle and the content scripts stay small).
 */

/**
 * Who the other person is to me: "report" means they report to me. The skip-level 1:1 is split
 * by who asks: "skip-level" is someone two levels below me (asking down), "skip-level-up" is my
 * manager's manager (asking up).
 */
export const RELATIONSHIPS = [
  'report',
  'manager',
  'peer',
  'skip-level',
  'skip-level-up',
  'mentor',
  'mentee',
  'other',
] as const;
export type Relationship = (typeof RELATIONSHIPS)[number];

/** Question categories, following the seed articles. */
export const CATEGORIES = [
  'wellbeing', // how they are: energy, workload
  'rapport', // chit-chat, getting to know each other
  'deeper', // values, proud moments, lessons, experiences of leadership
  'operative', // current work, blockers
  'support', // how I can help
  'growth', // learning: new skills, a routine for it, funding
  'career', // where they want to go
  'feedback-upward', // feedback for me
  'feedback-downward', // feedback for them
  'team', // team and collaboration
  'direction', // company direction: share plans, invite them in
  'grow', // GROW coaching (see GrowStep)
  'first-meeting', // a first 1:1
  'ask-manager', // what a report can ask their manager
  'opening', // handing the agenda to the other person at the start
  'recognition', // noticing and naming contributions
  'mentoring', // mentor mode: share a story of your own, ask what they would try
  'teaching', // teacher mode: offer to show how, check what landed
  'skip-level-down', // asking down two levels: how the team and its manager work, what reaches me
  'ask-skip-level', // asking up two levels: what my manager's manager sees and wants
  'across', // peers: working across teams as equals
] as const;
export type Category = (typeof CATEGORIES)[number];

/** Which way a question travels: to someone I lead, someone ahead of me, or a peer. */
export const DIRECTIONS = ['up', 'down', 'across'] as const;
export type Direction = (typeof DIRECTIONS)[number];

/**
 * The leader's stance a question serves (situational leadership in the seed articles): coach
 * (they find the answer), mentor (I share what I did, they judge), teacher (I show how and
 * check it landed), plain (a conversation, no stance).
 */
export const QUESTION_MODES = ['coach', 'mentor', 'teacher', 'plain'] as const;
export type QuestionMode = (typeof QUESTION_MODES)[number];

/** The idea from the seed articles a question serves; docs/QUESTIONS.md describes each. */
export const IDEAS = [
  'their-agenda', // the meeting is theirs: they bring the topics
  'how-they-are', // see whether the person is well and happy
  'chit-chat', // personal talk builds understanding and trust
  'values-and-stories', // motivation, values, pride and failure; share your own stories too
  'daily-work', // their daily work and its pains, to help them reflect and improve
  'offer-support', // ask how you can help: time, tools, funding
  'learning-without-pressure', // learning asked about supportively, never as a hint
  'career-path', // where they want to go
  'feedback-for-me', // feedback on my own management
  'feedback-for-them', // coaching their performance, candidly and kindly
  'recognise-work', // showing you see and value what they do
  'teamwork', // collaboration, conflict, belonging
  'share-direction', // explain the strategy downward, invite them in
  'carry-needs-up', // take their needs to upper management
  'learn-from-above', // asking one's own manager about their work and view
  'coach-grow', // coaching with Goal, Reality, Options, Will
  'mentor-story', // tell a similar story of your own, let them judge
  'teach-show', // build the foundation first: show how, check understanding
  'build-trust', // trust both ways; what is shared stays between you
  'follow-through', // follow up on what was said and agreed
] as const;
export type Idea = (typeof IDEAS)[number];

export const GROW_STEPS = ['goal', 'reality', 'options', 'will'] as const;

export const CADENCES = ['weekly', 'biweekly', 'monthly'] as const;

export const SITES = ['google', 'outlook', 'manual'] as const;

/** The languages questions are written in (a question without one is English). */
export const QUESTION_LANGUAGES = ['en', 'de'] as const;
export type QuestionLanguage = (typeof QUESTION_LANGUAGES)[number];

/** How German questions address the other person: informal "du" or formal "Sie". */
export const ADDRESSES = ['du', 'sie'] as const;
export type Address = (typeof ADDRESSES)[number];
