import { describe, expect, it } from 'vitest';
import { suggestQuestions } from '../../../lib/questions/suggest';
import { memoryId } from '../../../lib/questions/suggest-memory';
import { toneHints } from '../../../lib/questions/tone';
import { daysAgo, makeInput, weeklyMeetings } from './suggest-fixtures';

const memory = (input = makeInput()) =>
  suggestQuestions(input).filter((s) => s.kind === 'from-last-time');

describe('"from last time" questions', () => {
  it('turn open action items into open questions, worded by who owns them', () => {
    const got = memory(
      makeInput({
        openActions: [
          {
            id: 'a1',
            text: 'Send the conference budget request.',
            owner: 'them',
            createdAt: daysAgo(7),
          },
          { id: 'a2', text: 'Share the staffing plan', owner: 'me', createdAt: daysAgo(14) },
        ],
      }),
    );
    expect(got.map((s) => s.question.id)).toEqual([
      memoryId('action', 'a2'),
      memoryId('action', 'a1'),
    ]);
    expect(got[1]!.question.text).toBe('How is “Send the conference budget request” coming along?');
    expect(got[0]!.question.text).toBe(
      'What would you like to hear from me about “Share the staffing plan”?',
    );
    expect(got[0]!.reason).toMatch(/^from last time: your open action item since /);
    expect(got[1]!.reason).toMatch(/^from last time: their open action item since /);
    for (const s of got) {
      expect(toneHints(s.question.text)).toEqual([]);
      expect(s.question.followUps).toHaveLength(2);
    }
  });

  it('bring back an agenda topic open through two meetings, not one', () => {
    const pastMeetings = weeklyMeetings(6);
    const once = memory(
      makeInput({
        pastMeetings,
        openAgenda: [{ id: 'g1', text: 'Hiring plan', createdAt: daysAgo(8) }],
      }),
    );
    expect(once).toEqual([]);
    const twice = memory(
      makeInput({
        pastMeetings,
        openAgenda: [{ id: 'g1', text: 'Hiring plan', createdAt: daysAgo(15) }],
      }),
    );
    expect(twice.map((s) => s.question.text)).toEqual([
      'What would help us get to “Hiring plan” today?',
    ]);
    expect(twice[0]!.reason).toBe('from last time: on the agenda through 2 meetings, still open');
  });

  it('ask after a note topic nobody came back to for two meetings', () => {
    const notes = [
      { at: daysAgo(1), topics: ['wellbeing' as const] },
      { at: daysAgo(20), topics: ['career' as const] },
    ];
    const got = memory(makeInput({ notes, pastMeetings: weeklyMeetings(6) }));
    expect(got.map((s) => s.question.id)).toContain(memoryId('note', 'career'));
    // Touched since (a career question asked last week): nothing to remember.
    const asked = [
      {
        questionId: 'career-visibility',
        meetingId: 'm1',
        at: daysAgo(7),
        outcome: 'asked' as const,
      },
    ];
    expect(memory(makeInput({ notes, asked, pastMeetings: weeklyMeetings(6) }))).toEqual([]);
  });

  it('leave room for at least two library questions', () => {
    const openActions = ['a', 'b', 'c', 'd'].map((id) => ({
      id,
      text: `Task ${id}`,
      owner: 'them' as const,
      createdAt: daysAgo(7),
    }));
    const got = suggestQuestions(makeInput({ openActions, count: 5 }));
    expect(got.filter((s) => s.kind === 'from-last-time')).toHaveLength(2);
    expect(got.filter((s) => s.kind === undefined).length).toBeGreaterThanOrEqual(2);
  });
});
