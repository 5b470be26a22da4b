/**
 * The engine over 50 synthetic histories (reports, skip-levels both ways, managers, peers,
 * mentees; weekly to monthly; long gaps, low moods, open action items, agenda topics carried
 * over): who is asked what, whether fact-stating questions come up unasked, whether old
 * questions come back while fresh ones wait, whether "from last time" shows up when something
 * is open, and whether every reason is true of the history it was given.
 */
import { describe, expect, it } from 'vitest';
import { defaultQuestions } from '../../../lib/questions/library';
import {
  moreLikeThis,
  suggestQuestions,
  type SuggestInput,
  type Suggestion,
} from '../../../lib/questions/suggest';
import { CARRIED_MEETINGS, memoryId } from '../../../lib/questions/suggest-memory';
import { describeDays, TOPIC } from '../../../lib/questions/suggest-reasons';
import { DIRECTION_OF, directionsOf } from '../../../lib/questions/tags';
import type { Category, Relationship } from '../../../lib/schema/common';
import type { QuestionContent } from '../../../lib/schema/question';
import { DAY, NOW } from './suggest-fixtures';

/** Written for asking one's own manager (or someone above): never for those I lead. */
const isForAbove = (q: QuestionContent) =>
  q.category === 'ask-manager' ||
  q.category === 'ask-skip-level' ||
  (q.relationships.every((r) => DIRECTION_OF[r] === 'up') && q.relationships.length > 0);
const FACT_STATING =
  /^(?:I heard|I have a few|We're|We are|Our team's|A project is coming|A new initiative|Some changes are coming|I'd like to walk you)/;

const RELATIONSHIPS: Relationship[] = [
  'report',
  'skip-level',
  'manager',
  'peer',
  'mentee',
  'skip-level-up',
  'report',
];
const TOPICS: Category[] = [
  'wellbeing',
  'operative',
  'career',
  'growth',
  'team',
  'feedback-downward',
  'support',
  'direction',
];
const MEETINGS = 20;
const byId = new Map(defaultQuestions.map((q) => [q.id, q]));

/** What the simulation tracks beside the engine's input, to check the engine against. */
interface Step {
  input: SuggestInput;
  picks: Suggestion[];
  index: number;
}

/** Deterministic small numbers for history n, meeting i. */
const roll = (n: number, i: number, salt: number): number =>
  ((n * 131 + i * 37 + salt * 17) % 97) / 97;

/** History n: 20 meetings at a cadence, with moods, a long gap, action items and agenda topics. */
function history(n: number): Step[] {
  const relationship = RELATIONSHIPS[n % RELATIONSHIPS.length]!;
  const every = [7, 14, 30][n % 3]!;
  const steps: Step[] = [];
  const asked: SuggestInput['asked'] = [];
  const notes: SuggestInput['notes'] = [];
  const actions: {
    id: string;
    text: string;
    owner: 'me' | 'them';
    createdAt: string;
    doneAt?: number;
  }[] = [];
  const agenda: { id: string; text: string; createdAt: string; doneAt?: number }[] = [];
  let day = 0;
  for (let i = 0; i < MEETINGS; i++) {
    day += i === 0 ? 0 : every + (i === 10 && n % 4 === 0 ? 70 : 0);
    const at = NOW + day * DAY;
    const start = new Date(at).toISOString();
    const open = <T extends { doneAt?: number; createdAt: string }>(items: T[]) =>
      items.filter(
        (x) => Date.parse(x.createdAt) < at && (x.doneAt === undefined || x.doneAt > at),
      );
    const input: SuggestInput = {
      person: { name: `Person ${n}`, relationship },
      meeting: { id: `h${n}-m${i}`, start, isFirst: i === 0 },
      pastMeetings: steps.map((s) => ({ id: s.input.meeting.id, start: s.input.meeting.start })),
      asked: [...asked],
      notes: [...notes],
      library: defaultQuestions,
      mode: 'normal',
      seed: n * 7919,
      openActions: open(actions).map(({ id, text, owner, createdAt }) => ({
        id,
        text,
        owner,
        createdAt,
      })),
      openAgenda: open(agenda).map(({ id, text, createdAt }) => ({ id, text, createdAt })),
    };
    const picks = suggestQuestions(input);
    steps.push({ input, picks, index: i });

    // The meeting happens: the opener, any "from last time" question and two more are asked.
    const library = picks.filter((p) => p.kind === undefined);
    const askedNow = [...picks.filter((p) => p.kind !== undefined), ...library.slice(0, 2)];
    for (const pick of askedNow) {
      asked.push({
        questionId: pick.question.id,
        meetingId: input.meeting.id,
        at: start,
        outcome: 'asked',
      });
    }
    if (library[2]) {
      asked.push({
        questionId: library[2].question.id,
        meetingId: input.meeting.id,
        at: start,
        outcome: 'skipped',
      });
    }
    // Notes: a topic or two, a mood now and then (low ones included).
    const topics = [
      TOPICS[(n + i) % TOPICS.length]!,
      ...(roll(n, i, 1) < 0.4 ? [TOPICS[(n * 3 + i) % TOPICS.length]!] : []),
    ];
    const mood = roll(n, i, 2) < 0.3 ? 1 + ((n + i) % 5) : undefined;
    notes.push({
      at: new Date(at + 30 * 60_000).toISOString(),
      topics,
      ...(mood !== undefined && { mood }),
    });
    // Action items: some meetings agree on one, done two or three meetings later (or never).
    if (roll(n, i, 3) < 0.45) {
      const done = roll(n, i, 4) < 0.7 ? at + (2 + (i % 2)) * every * DAY : undefined;
      actions.push({
        id: `a${n}-${i}`,
        text: [
          'Send the conference budget request',
          'Draft the on-call rota',
          'Book the design review.',
        ][i % 3]!,
        owner: roll(n, i, 5) < 0.5 ? 'them' : 'me',
        createdAt: new Date(at + 40 * 60_000).toISOString(),
        ...(done !== undefined && { doneAt: done }),
      });
    }
    if (roll(n, i, 6) < 0.3) {
      const done = roll(n, i, 7) < 0.5 ? at + 3 * every * DAY : undefined;
      agenda.push({
        id: `g${n}-${i}`,
        text: ['Hiring plan', 'Team offsite', 'Migration timeline'][i % 3]!,
        createdAt: new Date(at - DAY).toISOString(),
        ...(done !== undefined && { doneAt: done }),
      });
    }
  }
  return steps;
}

const histories = Array.from({ length: 50 }, (_, n) => history(n));
const allSteps = histories.flat();

/** Meetings (by index) in which each question was asked, for one history up to meeting i. */
function askedMeetings(input: SuggestInput): Map<string, number[]> {
  const index = new Map(input.pastMeetings.map((m, i) => [m.id, i]));
  const out = new Map<string, number[]>();
  for (const entry of input.asked) {
    if (entry.outcome !== 'asked') continue;
    const i = index.get(entry.meetingId ?? '');
    if (i === undefined) continue;
    out.set(entry.questionId, [...(out.get(entry.questionId) ?? []), i]);
  }
  return out;
}

const day = (iso: string): string =>
  new Date(Date.parse(iso)).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  });

/** When a category last came up before now: an asked question of it, or a note topic. */
function lastTouched(input: SuggestInput, category: Category): number | undefined {
  const now = Date.parse(input.meeting.start);
  let last: number | undefined;
  const touch = (at: number) => {
    if (at <= now) last = Math.max(last ?? -Infinity, at);
  };
  for (const a of input.asked)
    if (a.outcome === 'asked' && byId.get(a.questionId)?.category === category)
      touch(Date.parse(a.at));
  for (const note of input.notes) if (note.topics.includes(category)) touch(Date.parse(note.at));
  return last;
}

/** Checks one reason against the input it came from; returns what is wrong, or null. */
function falseReason(input: SuggestInput, pick: Suggestion): string | null {
  const { question, reason } = pick;
  const now = Date.parse(input.meeting.start);
  const topic = TOPIC[question.category];
  let m: RegExpMatchArray | null;
  if (reason === `first 1:1 with ${input.person.name}`)
    return input.meeting.isFirst ? null : 'not a first 1:1';
  if (
    (m = reason.match(/^mood was low \((\d) of 5\) in the notes of (.+) ago, so check in gently$/))
  ) {
    const withMood = input.notes
      .filter((x) => x.mood !== undefined)
      .sort((a, b) => b.at.localeCompare(a.at))[0];
    if (!withMood || withMood.mood !== Number(m[1]) || withMood.mood > 2) return 'no such low mood';
    const days = Math.round((now - Date.parse(withMood.at)) / DAY);
    if (describeDays(days) !== m[2]) return `mood noted ${days} days ago`;
    return ['wellbeing', 'support'].includes(question.category)
      ? null
      : 'mood reason on another topic';
  }
  if ((m = reason.match(/^reconnect after a long gap \((.+)\)$/))) {
    const last = Math.max(...input.pastMeetings.map((p) => Date.parse(p.start)));
    const days = Math.round((now - last) / DAY);
    if (describeDays(days) !== m[1]) return `gap was ${days} days`;
    return days > 30 || input.pastMeetings.length > 1 ? null : 'not a long gap';
  }
  if (reason === `${topic} hasn't come up yet`) {
    return lastTouched(input, question.category) === undefined ? null : `${topic} came up before`;
  }
  if ((m = reason.match(/^(.+) hasn't come up in (\d+) weeks$/))) {
    if (m[1] !== topic) return 'topic is not the question’s';
    const last = lastTouched(input, question.category);
    if (last === undefined) return 'never came up';
    const weeks = Math.round((now - last) / (7 * DAY));
    return weeks === Number(m[2]) && weeks >= 6 ? null : `last came up ${weeks} weeks ago`;
  }
  if ((m = reason.match(/^from last time: (their|your) open action item since (.+)$/))) {
    const action = input.openActions?.find((a) => memoryId('action', a.id) === question.id);
    if (!action) return 'no such open action';
    if ((action.owner === 'them') !== (m[1] === 'their')) return 'wrong owner';
    return day(action.createdAt) === m[2] ? null : 'wrong date';
  }
  if ((m = reason.match(/^from last time: on the agenda through (\d+) meetings, still open$/))) {
    const item = input.openAgenda?.find((a) => memoryId('agenda', a.id) === question.id);
    if (!item) return 'no such open agenda item';
    const through = input.pastMeetings.filter(
      (p) => Date.parse(p.start) + 2 * 3_600_000 >= Date.parse(item.createdAt),
    ).length;
    return through === Number(m[1]) && through >= CARRIED_MEETINGS
      ? null
      : `open through ${through}`;
  }
  if ((m = reason.match(/^from last time: your notes of (.+) touched on it, nothing since$/))) {
    const note = input.notes.find(
      (x) => day(x.at) === m![1] && x.topics.includes(question.category),
    );
    if (!note) return 'no such note';
    const last = lastTouched(input, question.category);
    return last === Date.parse(note.at) ? null : 'touched since';
  }
  if (reason === `opens with ${input.person.name}'s topics: the agenda is theirs`) {
    return question.category === 'opening' && DIRECTION_OF[input.person.relationship] === 'down'
      ? null
      : 'opener outside a report session';
  }
  if (reason === `a light question on ${topic}`) return question.depth === 1 ? null : 'not light';
  if (reason === `a check-in on ${topic}`) return question.depth === 2 ? null : 'not medium';
  if (reason === `goes deeper on ${topic}`) return question.depth === 3 ? null : 'not deep';
  return `unknown reason "${reason}"`;
}

const REASON_KINDS: [string, RegExp][] = [
  ['first meeting', /^first 1:1/],
  ['low mood', /^mood was low/],
  ['long gap', /^reconnect after a long gap/],
  ['never came up', /hasn't come up yet$/],
  ['quiet', /hasn't come up in \d+ weeks$/],
  ['action', /open action item since/],
  ['agenda', /^from last time: on the agenda/],
  ['note', /^from last time: your notes of/],
  ['opener', /^opens with/],
  ['plain', /^(a light question on|a check-in on|goes deeper on) /],
];

describe('suggestions over 50 synthetic histories', () => {
  it('never give someone I lead a question meant for my own manager', () => {
    let sets = 0;
    let mismatched = 0;
    let wrongDirection = 0;
    for (const { input, picks } of allSteps) {
      const direction = DIRECTION_OF[input.person.relationship];
      // Every pick travels the person's way: down to those I lead, up, or across.
      for (const pick of picks)
        if (!directionsOf(pick.question).includes(direction)) wrongDirection += 1;
      if (direction !== 'down') continue;
      sets += 1;
      if (picks.some((s) => isForAbove(s.question))) mismatched += 1;
    }
    console.log(
      `direction mismatches: ${mismatched} of ${sets} sets for people I lead; ${wrongDirection} picks of ${allSteps.length} sets travel the wrong way`,
    );
    expect(mismatched).toBe(0);
    expect(wrongDirection).toBe(0);
  });

  it('offer fact-stating questions only on request, as templates with a blank', () => {
    let reportSets = 0;
    let withFact = 0;
    for (const { input, picks } of allSteps) {
      if (input.person.relationship !== 'report') continue;
      reportSets += 1;
      if (picks.some((s) => FACT_STATING.test(s.question.text) || s.question.template))
        withFact += 1;
    }
    console.log(`fact-stating questions in ${withFact} of ${reportSets} report sessions`);
    expect(withFact).toBe(0);
    const facts = defaultQuestions.filter((q) => FACT_STATING.test(q.text));
    expect(facts.every((q) => q.template && q.text.includes('___'))).toBe(true);
    // Asking for more of that kind brings them.
    const input = histories[0]![5]!.input;
    const direction = defaultQuestions.find((q) => q.category === 'direction' && !q.template)!;
    expect(
      moreLikeThis(direction.id, { ...input, count: 5 }).some((s) => s.question.template),
    ).toBe(true);
  });

  it('never re-ask a question from the last 8 meetings while its category holds unasked ones', () => {
    let picks = 0;
    let repeats = 0;
    let reaskedAtAll = 0;
    const violations: string[] = [];
    const repeatedIn = new Map<string, number>();
    for (const { input, picks: set, index } of allSteps) {
      const asked = askedMeetings(input);
      for (const pick of set) {
        if (pick.kind === 'from-last-time') continue;
        picks += 1;
        const when = asked.get(pick.question.id);
        if (!when) continue;
        reaskedAtAll += 1;
        if (Math.max(...when) < index - 8) continue;
        repeats += 1;
        repeatedIn.set(pick.question.category, (repeatedIn.get(pick.question.category) ?? 0) + 1);
        const unasked = defaultQuestions.filter(
          (q) =>
            q.category === pick.question.category &&
            !q.template &&
            q.relationships.includes(input.person.relationship) &&
            !asked.has(q.id),
        );
        if (unasked.length > 0)
          violations.push(`${input.meeting.id}: ${pick.question.id} (${unasked.length} unasked)`);
      }
    }
    console.log(
      `picks repeating a question: ${repeats} within 8 meetings, ${reaskedAtAll} at all, of ${picks} picks`,
      Object.fromEntries(repeatedIn),
    );
    expect(violations).toEqual([]);
  });

  it('bring "from last time" questions whenever an action item is open', () => {
    let withActions = 0;
    let withMemory = 0;
    let agendaMemories = 0;
    let noteMemories = 0;
    for (const { input, picks } of allSteps) {
      const memory = picks.filter((p) => p.kind === 'from-last-time');
      agendaMemories += memory.filter((p) =>
        p.question.id.startsWith('from-last-time-agenda-'),
      ).length;
      noteMemories += memory.filter((p) => p.question.id.startsWith('from-last-time-note-')).length;
      if (input.meeting.isFirst || (input.openActions ?? []).length === 0) continue;
      withActions += 1;
      const ids = new Set(input.openActions!.map((a) => memoryId('action', a.id)));
      if (memory.some((p) => ids.has(p.question.id))) withMemory += 1;
      // Open questions, one at a time.
      for (const p of memory)
        expect(p.question.text.split('?').length - 1, p.question.text).toBe(1);
    }
    console.log(
      `"from last time" in ${withMemory} of ${withActions} sets with open action items; ${agendaMemories} agenda and ${noteMemories} note questions`,
    );
    expect(withActions).toBeGreaterThan(100);
    expect(withMemory).toBe(withActions);
    expect(agendaMemories).toBeGreaterThan(0);
    expect(noteMemories).toBeGreaterThan(0);
  });

  it('open report sessions by handing them the agenda', () => {
    let sessions = 0;
    let opened = 0;
    for (const { input, picks } of allSteps) {
      if (input.meeting.isFirst || DIRECTION_OF[input.person.relationship] !== 'down') continue;
      sessions += 1;
      if (picks[0]?.kind === 'opener' && picks[0].question.category === 'opening') opened += 1;
    }
    console.log(`opener first in ${opened} of ${sessions} sessions with people I lead`);
    expect(opened).toBe(sessions);
  });

  it('keep deep career and feedback questions away right after a low mood', () => {
    let lowMoodSets = 0;
    const deep: string[] = [];
    for (const { input, picks } of allSteps) {
      const latest = input.notes
        .filter((n) => n.mood !== undefined)
        .sort((a, b) => b.at.localeCompare(a.at))[0];
      const now = Date.parse(input.meeting.start);
      if (!latest || latest.mood! > 2 || now - Date.parse(latest.at) > 60 * DAY) continue;
      lowMoodSets += 1;
      for (const p of picks)
        if (
          p.question.depth === 3 &&
          ['career', 'feedback-upward', 'feedback-downward'].includes(p.question.category)
        )
          deep.push(`${input.meeting.id}: ${p.question.id}`);
    }
    console.log(
      `deep career or feedback questions after a low mood: ${deep.length} in ${lowMoodSets} sets`,
    );
    expect(lowMoodSets).toBeGreaterThan(50);
    expect(deep).toEqual([]);
  });

  it('give only reasons that are true of the history', () => {
    const wrong: string[] = [];
    let reasons = 0;
    const kinds = new Map<string, number>();
    for (const { input, picks } of allSteps) {
      for (const pick of picks) {
        reasons += 1;
        const kind = REASON_KINDS.find(([, pattern]) => pattern.test(pick.reason))?.[0] ?? 'other';
        kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
        const problem = falseReason(input, pick);
        if (problem)
          wrong.push(`${input.meeting.id} ${pick.question.id} "${pick.reason}": ${problem}`);
        // A question that refers back to an earlier talk needs that talk.
        const q = byId.get(pick.question.id);
        if (q?.refersBack && lastTouched(input, q.category) === undefined)
          wrong.push(`${input.meeting.id} ${q.id}: refers back to a talk that never happened`);
      }
    }
    console.log(`reasons checked: ${reasons}, untrue: ${wrong.length}`, Object.fromEntries(kinds));
    expect(wrong).toEqual([]);
    // Every kind of reason was put to the check at least once.
    for (const [kind] of REASON_KINDS) expect(kinds.get(kind) ?? 0, kind).toBeGreaterThan(0);
  });
});
