/**
 * The suggestion engine: picks 3–5 questions for the next 1:1 with one person, each with a
 * short reason. Pure and deterministic: time comes from `meeting.start`, randomness from
 * `seed` (mixed with the meeting id, so each meeting gets its own mix).
 *
 * How it decides, in order:
 * 0. A report session (someone I lead, not a first meeting) opens with a question that hands
 *    the agenda to them (suggest-lead.ts); then come "from last time" questions built from open action items,
 *    agenda topics carried over twice, an untouched note topic (suggest-memory.ts), at most 2.
 * 1. Eligible: enabled, fits the relationship and its direction (up / down / across), not in
 *    `exclude`, not asked with this person in this meeting or their last 4 earlier meetings
 *    (see suggest-history.ts). Never-asked first: while a category still holds questions never
 *    asked with this person, none of its asked ones comes back. A question that refers back
 *    to an earlier conversation waits until its category has come up. Right after a low mood,
 *    no deep career or feedback question.
 *    Relationship "other" also accepts questions written for a peer: an unlabelled colleague
 *    is closest to a peer, and few questions name "other".
 * 2. Scored: a seeded random base in [0, 1) plus the strongest context signal for the
 *    question's category: first meeting → first-meeting and rapport (and one first-meeting
 *    question written for this relationship in particular always leads); long gap → wellbeing and
 *    rapport; low recent mood → wellbeing and support; a category quiet for 6+ weeks → that
 *    category. GROW questions and first-meeting questions are held back outside their mode.
 * 3. Picked greedily with balance: one question per category (two or three for the
 *    categories a first meeting leans on), at most half deep (depth 3), at least one light
 *    (depth 1). Rules relax only when the library cannot fill the count otherwise.
 * 4. Ordered most relevant first: context-driven picks lead, ties broken by id.
 * GROW mode instead returns one question per step: Goal, Reality, Options, Will; mentor and
 * teacher modes a short sequence of their own (suggest-sequences.ts).
 * Templates (questions that state a fact, with a blank) come only from "more like this".
 * Every reason says only what the input shows (tests/unit/questions/suggest-simulation.test.ts).
 */
import type { Category, Relationship } from '../schema/common';
import type { QuestionContent, QuestionLanguage } from '../schema/question';
import { byScore, jitter } from './seeded-random';
import { firstQuestionForRelationship, OWN_FIRST_BONUS, pickOpener } from './suggest-lead';
import { plainReason, reasons } from './suggest-reasons';
import { DAY_MS, parseTime, readHistory, type History } from './suggest-history';
import {
  MAX_REMEMBERED,
  rememberedQuestions,
  type OpenAction,
  type OpenAgendaItem,
} from './suggest-memory';
import { growSequence, modeSequence } from './suggest-sequences';
import { DIRECTION_OF, travelsTo } from './tags';

export type { OpenAction, OpenAgendaItem } from './suggest-memory';

export type SuggestMode = 'normal' | 'grow' | 'mentor' | 'teacher' | 'first-meeting';

export interface AskedEntry {
  questionId: string;
  meetingId?: string;
  /** ISO time. */
  at: string;
  outcome: 'asked' | 'skipped';
}

export interface SuggestInput {
  person: { name: string; relationship: Relationship; startDate?: string };
  meeting: { id: string; start: string; isFirst: boolean };
  /** Earlier meetings with this person, any order (ISO starts). */
  pastMeetings: { id: string; start: string }[];
  /** Questions asked or skipped with this person. */
  asked: AskedEntry[];
  /** Notes with this person: topics touched and an optional mood (1 low … 5 high). */
  notes: { at: string; topics: Category[]; mood?: number }[];
  /** Defaults plus the user's own; `enabled: false` is never suggested. */
  library: (QuestionContent & { enabled?: boolean })[];
  mode: SuggestMode;
  seed: number;
  /** How many to suggest, 3–5; default 5. GROW mode always returns one per step. */
  count?: number;
  /** Ids already shown or dismissed this session. */
  exclude?: string[];
  /** Open action items with this person ("from last time"). */
  openActions?: OpenAction[];
  /** Open agenda items with this person: carried over, or planned for next time. */
  openAgenda?: OpenAgendaItem[];
  /**
   * Suggest only questions in this language (a question without `lang` is English); default
   * 'en'. The sidebar passes the language it speaks; reasons come in the active UI language.
   */
  language?: QuestionLanguage;
}

export interface Suggestion {
  question: QuestionContent;
  /** Why it is suggested, short and plain. */
  reason: string;
  /** A library pick, the opener that hands over the agenda, or built from last time. */
  kind?: 'opener' | 'from-last-time';
  /** The reason quotes a noted mood: screen-share safe mode shows it masked (shownReason). */
  quotesMood?: true;
}

const DEFAULT_COUNT = 5;
const MIN_COUNT = 3;
const MAX_COUNT = 5;
/** Context signals outweigh the random base (< 1) so they reliably win a place. */
const WEIGHT = { firstMeeting: 5, firstRapport: 4, lowMood: 4.5, longGap: 4, quiet: 3, neverUp: 2 };
const HELD_BACK = -6;
const SKIPPED_BEFORE = -1.5;
/** Categories that stay away right after a low mood, at depth 3. */
const NOT_AFTER_LOW_MOOD: ReadonlySet<Category> = new Set([
  'career',
  'feedback-upward',
  'feedback-downward',
]);
/** Categories used only by their own mode or slot, never as ordinary picks. */
const OWN_SLOT: ReadonlySet<Category> = new Set(['grow', 'mentoring', 'teaching', 'opening']);
/** Library picks left beside the opener and "from last time" questions. */
const MIN_LIBRARY_PICKS = 2;

interface Signal {
  weight: number;
  reason: string;
  quotesMood?: true;
}

interface Candidate {
  question: QuestionContent;
  score: number;
  reason: string;
  quotesMood?: true;
}

export function suggestQuestions(input: SuggestInput): Suggestion[] {
  const now = parseTime(input.meeting.start) ?? 0;
  const history = readHistory(input, now);
  // Templates state a fact the user fills in: offered only through "more like this".
  const pool = preferUnasked(
    eligible(input, history).filter((q) => !q.template),
    history,
  );

  if (input.mode === 'grow') return growSequence(input, pool, history);
  if (input.mode === 'mentor' || input.mode === 'teacher')
    return modeSequence(input.mode, input, pool, history);

  const isFirst = input.meeting.isFirst || input.mode === 'first-meeting';
  const count = clampCount(input.count);
  const lead: Suggestion[] = [];
  if (!isFirst) {
    const opener = pickOpener(input, pool, history);
    if (opener) lead.push(opener);
    const excluded = new Set(input.exclude ?? []);
    for (const memory of rememberedQuestions(input, history, now, excluded)) {
      if (lead.length >= 1 + MAX_REMEMBERED || lead.length >= count - MIN_LIBRARY_PICKS) break;
      lead.push({ question: memory.question, reason: memory.reason, kind: 'from-last-time' });
    }
  }
  const leadIds = new Set(lead.map((s) => s.question.id));

  const signals = contextSignals(input, history, isFirst, now);
  const ownFirst = isFirst ? firstQuestionForRelationship(input, pool) : undefined;
  const candidates = pool
    .filter((q) => !leadIds.has(q.id))
    .map((question): Candidate => {
      const signal = signals.get(question.category);
      let score = jitter(input.seed, input.meeting.id, question.id) + (signal?.weight ?? 0);
      if (OWN_SLOT.has(question.category) && !opensAcross(question, input)) score += HELD_BACK;
      if (question.category === 'first-meeting' && !isFirst) score += HELD_BACK;
      if (isFirst && question.depth === 3) score -= 0.5;
      if (question.id === ownFirst) score += OWN_FIRST_BONUS;
      if (history.recentlySkipped.has(question.id)) score += SKIPPED_BEFORE;
      return {
        question,
        score,
        reason: signal?.reason ?? plainReason(question),
        ...(signal?.quotesMood && { quotesMood: true }),
      };
    })
    .sort(byScore);

  const perCategory = (category: Category): number =>
    isFirst && category === 'first-meeting' ? 3 : isFirst && category === 'rapport' ? 2 : 1;
  const libraryCount = count - lead.length;
  const picked = pickBalanced(
    candidates,
    libraryCount,
    perCategory,
    isFirst ? 1 : Math.floor(libraryCount / 2),
  );
  return [
    ...lead,
    ...picked.sort(byScore).map(({ question, reason, quotesMood }) => ({
      question,
      reason,
      ...(quotesMood && { quotesMood }),
    })),
  ];
}

/**
 * Never-asked first: a category that still holds questions never asked with this person
 * offers only those; one whose questions were all asked before offers them again (outside
 * the 4-meeting window), least recently asked first.
 */
/** A peer meeting may use an opener like any other question; it has no slot of its own. */
function opensAcross(question: QuestionContent, input: SuggestInput): boolean {
  return question.category === 'opening' && DIRECTION_OF[input.person.relationship] === 'across';
}

function preferUnasked(pool: QuestionContent[], history: History): QuestionContent[] {
  const hasFresh = new Set<Category>();
  for (const q of pool) if (!history.askedBefore.has(q.id)) hasFresh.add(q.category);
  return pool.filter((q) => !history.askedBefore.has(q.id) || !hasFresh.has(q.category));
}

/** Questions like the given one: same category (and GROW step), still eligible, not itself. */
export function moreLikeThis(questionId: string, input: SuggestInput): Suggestion[] {
  const source = input.library.find((q) => q.id === questionId);
  if (!source) return [];
  const history = readHistory(input, parseTime(input.meeting.start) ?? 0);
  const sameStep = source.category === 'grow' && source.growStep !== undefined;
  const reason =
    sameStep && source.growStep
      ? reasons.sameStep(source.growStep)
      : reasons.moreOn(source.category);
  const count = Math.min(Math.max(Math.floor(input.count ?? MIN_COUNT), 1), MAX_COUNT);
  return preferUnasked(eligible(input, history), history)
    .filter((q) => q.id !== source.id && q.category === source.category)
    .filter((q) => !sameStep || q.growStep === source.growStep)
    .map((question) => ({
      question,
      reason,
      score:
        jitter(input.seed, `${input.meeting.id}|like|${questionId}`, question.id) -
        0.25 * Math.abs(question.depth - source.depth) +
        (history.recentlySkipped.has(question.id) ? SKIPPED_BEFORE : 0),
    }))
    .sort(byScore)
    .slice(0, count)
    .map(({ question }) => ({
      question,
      reason: question.template ? reasons.fillBlank(reason, question.template.blank) : reason,
    }));
}

function eligible(input: SuggestInput, history: History): QuestionContent[] {
  const excluded = new Set(input.exclude ?? []);
  const seen = new Set<string>();
  const language = input.language ?? 'en';
  return input.library.filter((q) => {
    if (q.enabled === false || excluded.has(q.id) || history.recentlyAsked.has(q.id)) return false;
    if ((q.lang ?? 'en') !== language) return false;
    if (seen.has(q.id)) return false; // a user's copy of a default: the first one wins
    seen.add(q.id);
    if (!fitsRelationship(q, input.person.relationship)) return false;
    if (!travelsTo(q, input.person.relationship)) return false;
    // "How did the last feedback I gave you land?" needs a last feedback conversation.
    if (q.refersBack && !history.lastTouched.has(q.category)) return false;
    if (history.lowMood !== undefined && q.depth === 3 && NOT_AFTER_LOW_MOOD.has(q.category))
      return false;
    return true;
  });
}

function fitsRelationship(question: QuestionContent, relationship: Relationship): boolean {
  return (
    question.relationships.includes(relationship) ||
    (relationship === 'other' && question.relationships.includes('peer'))
  );
}

/** The strongest reason, per category, to bring a question up in this meeting. */
function contextSignals(
  input: SuggestInput,
  history: History,
  isFirst: boolean,
  now: number,
): Map<Category, Signal> {
  const signals = new Map<Category, Signal>();
  const offer = (category: Category, signal: Signal): void => {
    const current = signals.get(category);
    if (!current || signal.weight > current.weight) signals.set(category, signal);
  };
  const name = input.person.name.trim();

  if (isFirst) {
    const reason = reasons.firstMeeting(name);
    offer('first-meeting', { weight: WEIGHT.firstMeeting, reason });
    offer('rapport', { weight: WEIGHT.firstRapport, reason });
    return signals; // no history yet to weigh
  }
  if (history.lowMood !== undefined) {
    const days = Math.round((now - (history.lowMoodAt ?? now)) / DAY_MS);
    const reason = reasons.lowMood(history.lowMood, days);
    offer('wellbeing', { weight: WEIGHT.lowMood, reason, quotesMood: true });
    offer('support', { weight: WEIGHT.lowMood, reason, quotesMood: true });
  }
  if (history.longGapDays !== undefined) {
    const reason = reasons.longGap(history.longGapDays);
    offer('wellbeing', { weight: WEIGHT.longGap, reason });
    offer('rapport', { weight: WEIGHT.longGap, reason });
  }
  for (const [category, quiet] of history.quietCategories) {
    if (OWN_SLOT.has(category) || category === 'first-meeting') continue;
    if (quiet.weeks === undefined) {
      offer(category, { weight: WEIGHT.neverUp, reason: reasons.neverUp(category) });
    } else {
      // Longer silences weigh a little more, capped so one old topic can't crowd out the rest.
      const weight = WEIGHT.quiet + Math.min(quiet.weeks - 6, 10) * 0.05;
      offer(category, {
        weight,
        reason: reasons.quiet(category, quiet.weeks),
      });
    }
  }
  return signals;
}

/**
 * Greedy pick in score order under balance rules, relaxing them only to reach `count`:
 * first per-category caps and the deep limit, then the deep limit alone, then nothing.
 * Afterwards, if nothing light made it in, the best light question replaces the weakest pick.
 */
function pickBalanced(
  candidates: readonly Candidate[],
  count: number,
  perCategory: (category: Category) => number,
  maxDeep: number,
): Candidate[] {
  const picked: Candidate[] = [];
  const taken = (c: Candidate): number =>
    picked.filter((p) => p.question.category === c.question.category).length;
  const deepTaken = (): number => picked.filter((p) => p.question.depth === 3).length;
  const passes: ((c: Candidate) => boolean)[] = [
    (c) =>
      taken(c) < perCategory(c.question.category) &&
      (c.question.depth < 3 || deepTaken() < maxDeep),
    (c) => c.question.depth < 3 || deepTaken() < maxDeep,
    () => true,
  ];
  for (const allowed of passes) {
    for (const candidate of candidates) {
      if (picked.length >= count) break;
      if (!picked.includes(candidate) && allowed(candidate)) picked.push(candidate);
    }
  }

  if (picked.length > 0 && !picked.some((p) => p.question.depth === 1)) {
    const lights = candidates.filter((c) => c.question.depth === 1 && !picked.includes(c));
    const light = lights.find((c) => taken(c) === 0) ?? lights[0];
    if (light) picked.splice(picked.length - 1, 1, light);
  }
  return picked;
}

function clampCount(count: number | undefined): number {
  if (count === undefined || !Number.isFinite(count)) return DEFAULT_COUNT;
  return Math.min(Math.max(Math.floor(count), MIN_COUNT), MAX_COUNT);
}
