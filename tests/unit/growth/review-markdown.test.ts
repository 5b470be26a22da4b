import { describe, expect, it } from 'vitest';
import { reviewMarkdown, type ReviewInput } from '@/lib/growth/review-markdown';
import type { AgendaItem, Note } from '@/lib/schema/records';
import type { FeedbackEntry, Goal } from '@/lib/schema/growth';

const base = (id: string, createdAt: string) => ({ id, createdAt, updatedAt: createdAt, rev: 1 });
const feedback = (
  id: string,
  day: string,
  kind: 'praise' | 'concern',
  text: string,
): FeedbackEntry => ({
  ...base(id, `${day}T09:00:00.000Z`),
  personId: 'p',
  day,
  kind,
  text,
});
const goal = (
  id: string,
  text: string,
  createdAt: string,
  status: Goal['status'] = 'active',
  statusAt?: string,
): Goal => ({
  ...base(id, createdAt),
  personId: 'p',
  text,
  status,
  ...(statusAt && { statusAt }),
});
const topic = (
  id: string,
  text: string,
  at: string,
  visibility: 'shared' | 'private',
  done = true,
): AgendaItem => ({
  ...base(id, at),
  personId: 'p',
  meetingId: 'm',
  text,
  addedBy: 'them',
  order: 0,
  done,
  ...(done && { doneAt: at }),
  raisedInMeetingId: 'm',
  visibility,
});
const note = (id: string, text: string): Note => ({
  ...base(id, '2026-05-02T10:00:00.000Z'),
  personId: 'p',
  meetingId: 'm',
  text,
  private: true,
  topics: [],
});

function input(overrides: Partial<ReviewInput> = {}): ReviewInput {
  return {
    name: 'Maria *Lopez*',
    range: { from: '2026-04-01', to: '2026-09-30' },
    today: '2026-10-01',
    goals: [
      goal('g1', 'Lead the migration', '2026-01-10T00:00:00.000Z'),
      goal(
        'g2',
        'Old goal closed early',
        '2025-06-01T00:00:00.000Z',
        'dropped',
        '2026-02-01T00:00:00.000Z',
      ),
      goal('g3', 'Set after the period', '2026-12-01T00:00:00.000Z'),
    ],
    feedback: [
      feedback('f1', '2026-03-31', 'praise', 'before the period'),
      feedback('f2', '2026-06-15', 'praise', 'Great <demo>'),
      feedback('f3', '2026-05-01', 'concern', 'Missed the review deadline'),
      feedback('f4', '2026-09-30', 'praise', 'last day counts'),
    ],
    agenda: [
      topic('a1', 'Conference talk', '2026-05-02T10:00:00.000Z', 'shared'),
      topic('a2', 'private salary topic', '2026-05-02T10:00:00.000Z', 'private'),
      topic('a3', 'Open roadmap question', '2026-07-01T10:00:00.000Z', 'shared', false),
    ],
    notes: [{ note: note('n1', 'my private pelican note'), day: '2026-05-02' }],
    includePrivateNotes: false,
    ...overrides,
  };
}

describe('reviewMarkdown', () => {
  it('has the period’s feedback by kind, its goals and shared topics, escaped, without notes', () => {
    const md = reviewMarkdown(input());
    expect(md).toContain('# Review: Maria \\*Lopez\\*, 2026-04-01 to 2026-09-30');
    expect(md).toContain('Private notes are not included.');
    expect(md).toContain(
      '## Feedback: praise\n\n- 2026-06-15: Great &lt;demo&gt;\n- 2026-09-30: last day counts\n',
    );
    expect(md).toContain('## Feedback: concerns\n\n- 2026-05-01: Missed the review deadline\n');
    expect(md).toContain('- **active** Lead the migration');
    expect(md).toContain('- 2026-05-02: Conference talk');
    expect(md).toContain('- 2026-07-01: Open roadmap question _(open)_');
    for (const absent of [
      'before the period',
      'Old goal',
      'Set after',
      'salary',
      'pelican',
      '## Private notes',
    ])
      expect(md).not.toContain(absent);
  });

  it('includes the private notes of the period only when ticked in, and says so', () => {
    const md = reviewMarkdown(input({ includePrivateNotes: true }));
    expect(md).toContain('Your private notes of the period are included');
    expect(md).toContain('## Private notes\n\n### 2026-05-02\n\nmy private pelican note');
    expect(md).not.toContain('salary'); // a private agenda item is still not a shared topic
  });

  it('says so when the period is empty', () => {
    const md = reviewMarkdown(input({ feedback: [], goals: [], agenda: [] }));
    expect(md).toContain('_No goals recorded._');
    expect(md.match(/_None in this period\._/g)).toHaveLength(3);
  });
});
