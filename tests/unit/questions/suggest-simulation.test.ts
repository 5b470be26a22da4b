/**
 * The engine over 50 synthetic histories (reports, skip-levels, managers, peers; long gaps,
 * low moods): who is asked what, and whether fact-stating questions come up unasked.
 */
import { describe, expect, it } from 'vitest';
import { defaultQuestions } from '../../../lib/questions/library';
import { moreLikeThis, suggestQuestions, type SuggestInput } from '../../../lib/questions/suggest';
import type { Relationship } from '../../../lib/schema/common';
import type { QuestionContent } from '../../../lib/schema/question';
import { DAY, NOW } from './suggest-fixtures';

/** Written for asking one's own manager (or someone above): never for those I lead. */
const isForAbove = (q: QuestionContent) =>
  q.category === 'ask-manager' ||
  (q.relationships.includes('manager') &&
    !q.relationships.some((r) => r === 'report' || r === 'peer' || r === 'mentee'));
const FACT_STATING =
  /^(?:I heard|I have a few|We're|We are|Our team's|A project is coming|A new initiative|Some changes are coming|I'd like to walk you)/;

const RELATIONSHIPS: Relationship[] = ['report', 'skip-level', 'manager', 'peer', 'mentee'];

/** History n: a relationship, 20 meetings at a cadence, some low moods and one long gap. */
function history(n: number): SuggestInput[] {
  const relationship = RELATIONSHIPS[n % RELATIONSHIPS.length]!;
  const every = [7, 14, 30][n % 3]!;
  const meetings: SuggestInput[] = [];
  const asked: SuggestInput['asked'] = [];
  for (let i = 0; i < 20; i++) {
    const gap = i === 10 && n % 4 === 0 ? 70 : 0;
    const start = new Date(NOW + (i * every + gap) * DAY).toISOString();
    const input: SuggestInput = {
      person: { name: `Person ${n}`, relationship },
      meeting: { id: `h${n}-m${i}`, start, isFirst: i === 0 },
      pastMeetings: meetings.map((m) => ({ id: m.meeting.id, start: m.meeting.start })),
      asked: [...asked],
      notes: meetings.map((m, j) => ({
        at: m.meeting.start,
        topics: [],
        ...((n + j) % 5 === 0 && { mood: 1 }),
      })),
      library: defaultQuestions,
      mode: 'normal',
      seed: n * 7919,
    };
    meetings.push(input);
    const picks = suggestQuestions(input);
    for (const pick of picks.slice(0, 2)) {
      asked.push({
        questionId: pick.question.id,
        meetingId: input.meeting.id,
        at: start,
        outcome: 'asked',
      });
    }
  }
  return meetings;
}

const histories = Array.from({ length: 50 }, (_, n) => history(n));

describe('suggestions over 50 synthetic histories', () => {
  it('never give someone I lead a question meant for my own manager', () => {
    let sets = 0;
    let mismatched = 0;
    for (const meetings of histories) {
      for (const input of meetings) {
        if (!['report', 'skip-level', 'mentee'].includes(input.person.relationship)) continue;
        sets += 1;
        if (suggestQuestions(input).some((s) => isForAbove(s.question))) mismatched += 1;
      }
    }
    console.log(`direction mismatches: ${mismatched} of ${sets} sets for people I lead`);
    expect(mismatched).toBe(0);
  });

  it('offer fact-stating questions only on request, as templates with a blank', () => {
    let reportSets = 0;
    let withFact = 0;
    for (const meetings of histories) {
      for (const input of meetings) {
        if (input.person.relationship !== 'report') continue;
        reportSets += 1;
        if (
          suggestQuestions(input).some(
            (s) => FACT_STATING.test(s.question.text) || s.question.template,
          )
        )
          withFact += 1;
      }
    }
    console.log(`fact-stating questions in ${withFact} of ${reportSets} report sessions`);
    expect(withFact).toBe(0);
    const facts = defaultQuestions.filter((q) => FACT_STATING.test(q.text));
    expect(facts.every((q) => q.template && q.text.includes('___'))).toBe(true);
    // Asking for more of that kind brings them.
    const input = histories[0]![5]!;
    const direction = defaultQuestions.find((q) => q.category === 'direction' && !q.template)!;
    expect(
      moreLikeThis(direction.id, { ...input, count: 5 }).some((s) => s.question.template),
    ).toBe(true);
  });
});
