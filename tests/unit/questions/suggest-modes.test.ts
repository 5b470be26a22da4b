import { describe, expect, it } from 'vitest';
import { defaultQuestions } from '../../../lib/questions/library';
import { moreLikeThis, suggestQuestions } from '../../../lib/questions/suggest';
import { askedIn, daysAgo, makeInput, recentNotesOnEverything } from './suggest-fixtures';

const ids = (input = makeInput()): string[] => suggestQuestions(input).map((s) => s.question.id);
const byId = new Map(defaultQuestions.map((q) => [q.id, q]));

describe('GROW mode', () => {
  it('returns one question per step, in order Goal, Reality, Options, Will', () => {
    for (let seed = 0; seed < 10; seed++) {
      const suggestions = suggestQuestions(makeInput({ mode: 'grow', seed }));
      expect(suggestions.map((s) => s.question.growStep)).toEqual([
        'goal',
        'reality',
        'options',
        'will',
      ]);
      expect(suggestions[0]?.reason).toMatch(/^GROW 1 of 4, goal/);
    }
  });

  it('skips recently asked GROW questions and varies across meetings', () => {
    const first = suggestQuestions(makeInput({ mode: 'grow' })).map((s) => s.question.id);
    const asked = askedIn('m1', daysAgo(7), ...first);
    const next = ids(makeInput({ mode: 'grow', asked }));
    expect(next.filter((id) => first.includes(id))).toEqual([]);
    expect(next).toHaveLength(4);
  });
});

describe('moreLikeThis', () => {
  it('returns other questions from the same category, not the one itself', () => {
    const similar = moreLikeThis('career-few-years', makeInput());
    expect(similar.length).toBeGreaterThanOrEqual(3);
    for (const s of similar) {
      expect(s.question.category).toBe('career');
      expect(s.question.id).not.toBe('career-few-years');
      expect(s.reason).toBe('more on career');
    }
  });

  it('stays within the GROW step', () => {
    for (const s of moreLikeThis('grow-options-what-else', makeInput())) {
      expect(s.question.growStep).toBe('options');
    }
  });

  it('never repeats recent, excluded or disabled questions, and fits the relationship', () => {
    const asked = askedIn('m1', daysAgo(7), 'career-good-next-step', 'career-open-doors');
    const library = defaultQuestions.map((q) => ({ ...q, enabled: q.id !== 'career-visibility' }));
    const input = makeInput({ asked, library, exclude: ['career-design-role'], count: 5 });
    const got = moreLikeThis('career-few-years', input).map((s) => s.question.id);
    expect(got.length).toBe(5);
    for (const id of [
      'career-good-next-step',
      'career-open-doors',
      'career-visibility',
      'career-design-role',
    ]) {
      expect(got).not.toContain(id);
    }
    for (const id of got) expect(byId.get(id)?.relationships).toContain('report');
  });

  it('returns nothing for an unknown id', () => {
    expect(moreLikeThis('no-such-question', makeInput())).toEqual([]);
  });
});

describe('the opener of a report session', () => {
  it('opens with one question that hands over the agenda, once per meeting', () => {
    const input = makeInput({ notes: recentNotesOnEverything() });
    const first = suggestQuestions(input);
    expect(first[0]?.kind).toBe('opener');
    expect(first[0]?.question.category).toBe('opening');
    expect(first.filter((s) => s.question.category === 'opening')).toHaveLength(1);
    // Asked in this meeting: no second opener takes its place.
    const after = suggestQuestions({ ...input, exclude: [first[0]!.question.id] });
    expect(after.some((s) => s.question.category === 'opening')).toBe(false);
    // Peers get no opener slot.
    const peer = suggestQuestions({ ...input, person: { name: 'Kim', relationship: 'peer' } });
    expect(peer.some((s) => s.kind === 'opener')).toBe(false);
  });
});

describe('mentor and teacher modes', () => {
  it('return a short sequence of their own stance, light to deep', () => {
    for (const [mode, category] of [
      ['mentor', 'mentoring'],
      ['teacher', 'teaching'],
    ] as const) {
      const got = suggestQuestions(makeInput({ mode }));
      expect(got).toHaveLength(3);
      expect(got.every((s) => s.question.category === category)).toBe(true);
      expect(got.map((s) => s.question.depth)).toEqual([1, 2, 3]);
      expect(got[0]!.reason).toMatch(new RegExp(`^${mode} 1 of 3: `));
    }
  });
});
