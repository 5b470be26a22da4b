import { describe, expect, it } from 'vitest';
import { parseEventTopics } from '../../../lib/agenda/event-topics';
import {
  agendaForInvite,
  recapText,
  sideOf,
  type HandoverActionItem,
  type HandoverAgendaItem,
} from '../../../lib/agenda/handover';

const names = { me: 'Tom Becker', them: 'Maria Lopez' };
const agenda: HandoverAgendaItem[] = [
  { text: 'Hiring plan for Q1', addedBy: 'me', visibility: 'shared', done: false },
  { text: 'Pay review\nfor 2027', addedBy: 'them', visibility: 'shared', done: false },
  { text: 'SECRET: performance concerns', addedBy: 'me', visibility: 'private', done: false },
  { text: 'Offsite — dates', addedBy: 'them', visibility: 'shared', done: true },
  { text: 'SECRET: covered private topic', addedBy: 'me', visibility: 'private', done: true },
];
const actions: HandoverActionItem[] = [
  {
    text: 'Send the design doc',
    owner: 'them',
    visibility: 'shared',
    done: false,
    due: '2026-12-04',
  },
  { text: 'Book the room', owner: 'me', visibility: 'shared', done: false },
  { text: 'SECRET: talk to HR', owner: 'me', visibility: 'private', done: false },
  { text: 'Old finished task', owner: 'me', visibility: 'shared', done: true },
];

describe('agendaForInvite', () => {
  it('writes the open shared topics with their owners under the Tandem heading', () => {
    expect(agendaForInvite(agenda, names)).toBe(
      'Agenda (Tandem)\n- Hiring plan for Q1 — Tom Becker\n- Pay review for 2027 — Maria Lopez\n',
    );
  });

  it('round-trips through the description reader, owners included', () => {
    const all = agenda.map((a) => ({ ...a, done: false }));
    const text = agendaForInvite(all, names);
    expect(parseEventTopics(`Weekly 1:1\n\n${text}\nJoin with Google Meet`)).toEqual([
      { text: 'Hiring plan for Q1', by: 'Tom Becker' },
      { text: 'Pay review for 2027', by: 'Maria Lopez' },
      { text: 'Offsite — dates', by: 'Maria Lopez' },
    ]);
  });

  it('holds no private item', () => {
    expect(agendaForInvite(agenda, names)).not.toContain('SECRET');
  });
});

describe('recapText', () => {
  const recap = recapText({
    title: '1:1 Maria / Tom',
    when: 'Mon, 23 Nov 2026',
    names,
    agenda,
    decisions: ['Move the offsite to March', '  '],
    actions,
  });

  it('lists covered shared topics, decisions and open shared action items', () => {
    expect(recap).toBe(
      [
        'Recap: 1:1 Maria / Tom (Mon, 23 Nov 2026)',
        '',
        'We talked about',
        '- Offsite — dates',
        '',
        'Decisions',
        '- Move the offsite to March',
        '',
        'Action items',
        '- Send the design doc — Maria Lopez, by 2026-12-04',
        '- Book the room — Tom Becker',
        '',
      ].join('\n'),
    );
  });

  it('holds no private item and no open topic', () => {
    expect(recap).not.toContain('SECRET');
    expect(recap).not.toContain('Hiring plan');
  });

  it('says so when there is nothing to report', () => {
    expect(
      recapText({ title: 'x', when: 'y', names, agenda: [], decisions: [], actions: [] }),
    ).toContain('Nothing to report yet.');
  });
});

describe('sideOf', () => {
  it("is the user's own topic only when the block names the user", () => {
    const self = { name: 'Tom Becker', email: 'tom.becker@northwind.example' };
    expect(sideOf('Tom Becker', self)).toBe('me');
    expect(sideOf('tom becker', self)).toBe('me');
    expect(sideOf('TOM.BECKER@northwind.example', self)).toBe('me');
    expect(sideOf('Maria Lopez', self)).toBe('them');
    expect(sideOf(undefined, self)).toBe('them');
    expect(sideOf('Tom Becker', {})).toBe('them');
  });
});
