// Labelled cases where the page shows the guest list: counting people, rooms, lists, outside guests, overrides.
import type { CalendarEventInput, DetectOptions, Person } from '../../lib/detect';

export interface LabelledCase {
  why: string;
  event: CalendarEventInput;
  self: Person;
  options?: DetectOptions;
  expect: boolean;
  /** The expected counterpart; null means none. */
  counterpart?: Person | null;
  reason?: RegExp;
}

export const tom: Person = { email: 'tom@example.com', name: 'Tom Baker' };
export const maria: Person = { email: 'maria@example.com', name: 'Maria Lopez' };
export const raj: Person = { email: 'raj@example.com' };
const room: Person = { email: 'c_1889@resource.calendar.google.com', name: 'Berlin-3-Blue (4)' };

/** Me, one other guest, whatever else is listed. */
export function meAnd(title: string, ...others: Person[]): CalendarEventInput {
  return { title, attendees: [tom, ...others] };
}

export const guestCases: LabelledCase[] = [
  // One other human: a 1:1 whatever the title.
  {
    why: 'plain "Sync" with one colleague',
    event: meAnd('Sync', maria),
    self: tom,
    expect: true,
    counterpart: maria,
  },
  {
    why: 'empty title with one colleague',
    event: meAnd('', raj),
    self: tom,
    expect: true,
    counterpart: raj,
  },
  { why: 'emoji-only title', event: meAnd('☕🙂', raj), self: tom, expect: true, counterpart: raj },
  {
    why: 'HTML-looking title is just text',
    event: meAnd('<b>Weekly</b> <script>alert(1)</script>', raj),
    self: tom,
    expect: true,
  },
  {
    why: '"Anna/Ben" style title',
    event: meAnd('Maria/Tom', maria),
    self: tom,
    expect: true,
    counterpart: maria,
  },
  {
    why: '"Blockers sync" is not a time block',
    event: meAnd('Blockers sync', raj),
    self: tom,
    expect: true,
  },
  {
    why: '"Screen share review" is not recruiting',
    event: meAnd('Screen share review', raj),
    self: tom,
    expect: true,
  },
  {
    why: '"Stakeholder update" is not a hold',
    event: meAnd('Stakeholder update', raj),
    self: tom,
    expect: true,
  },
  {
    why: 'a time in the title is harmless',
    event: meAnd('Weekly 10:30-11:00', raj),
    self: tom,
    expect: true,
  },
  {
    why: 'very long title',
    event: meAnd(`Weekly ${'roadmap and metrics '.repeat(400)}`, raj),
    self: tom,
    expect: true,
  },
  {
    why: '"1:1 rotation planning" with two people is still two people',
    event: meAnd('1:1 rotation planning', raj),
    self: tom,
    expect: true,
  },
  // Emails, duplicates, names.
  {
    why: 'emails compare case-insensitively and come back lower-cased',
    event: {
      title: 'Weekly',
      attendees: [{ email: 'TOM@EXAMPLE.COM' }, { email: 'Raj@Example.com ' }],
    },
    self: { email: 'Tom@example.com' },
    expect: true,
    counterpart: { email: 'raj@example.com' },
  },
  {
    why: 'organizer listed again as a guest is one person, and keeps the name',
    event: {
      title: 'Weekly',
      organizer: { email: 'maria@example.com', name: 'Maria Lopez' },
      attendees: [tom, { email: 'MARIA@example.com' }],
    },
    self: tom,
    expect: true,
    counterpart: maria,
  },
  {
    why: 'the same guest listed twice',
    event: { title: 'Weekly', attendees: [tom, raj, { email: 'raj@example.com', name: 'Raj' }] },
    self: tom,
    expect: true,
    counterpart: { email: 'raj@example.com', name: 'Raj' },
  },
  {
    why: 'Outlook names only, "Last, First" with a comma',
    event: {
      title: 'Weekly',
      attendees: [{ name: 'Baker, Tom' }, { name: 'Pavord, Sue (RTH) OUH' }],
    },
    self: tom,
    expect: true,
    counterpart: { name: 'Pavord, Sue (RTH) OUH' },
  },
  {
    why: 'organizer by name, same person as a guest by "Last, First"',
    event: {
      title: 'Catch up',
      organizer: { name: 'Sue Pavord' },
      attendees: [{ name: 'Pavord, Sue' }, { name: 'Tom Baker' }],
    },
    self: { name: 'Tom Baker' },
    expect: true,
  },
  {
    why: 'guest written "Name <email>"',
    event: { title: 'Weekly', attendees: [tom, { name: 'Maria Lopez <Maria@Example.com>' }] },
    self: tom,
    expect: true,
    counterpart: maria,
  },
  {
    why: 'my email unknown, my name listed: the other one',
    event: { title: 'Weekly', attendees: [{ name: 'Tom Baker' }, { name: 'Maria Lopez' }] },
    self: { name: 'Tom Baker' },
    expect: true,
    counterpart: { name: 'Maria Lopez' },
  },
  {
    why: 'Outlook names only while the page gave my email: one of them is me',
    event: { title: 'Weekly', attendees: [{ name: 'Maria Lopez' }, { name: 'Tom Baker' }] },
    self: { email: 'tom@example.com' },
    expect: true,
  },
  {
    why: 'Outlook names only: my email local part picks me out',
    event: { title: 'Weekly', attendees: [{ name: 'Tom Baker' }, { name: 'Maria Lopez' }] },
    self: { email: 'tom@example.com' },
    expect: true,
    counterpart: { name: 'Maria Lopez' },
  },
  {
    why: 'nothing known about me, two people: a 1:1 with an unknown counterpart',
    event: { title: 'Weekly', attendees: [{ email: 'a@example.com' }, { email: 'b@example.com' }] },
    self: {},
    expect: true,
    counterpart: null,
  },
  {
    why: 'my email known only through the guest list: the outside rule still applies',
    event: { title: 'Renewal', attendees: [tom, { email: 'buyer@northwind.com' }] },
    self: { name: 'Tom Baker' },
    expect: false,
  },
  {
    why: 'I am not on the list: one guest is the other person',
    event: { title: 'Weekly', organizer: tom, attendees: [{ email: 'maria@example.com' }] },
    self: tom,
    expect: true,
    counterpart: { email: 'maria@example.com' },
  },
  // Rooms, calendars, bots, lists.
  {
    why: 'a Google room does not count',
    event: meAnd('Weekly', room, maria),
    self: tom,
    expect: true,
    counterpart: maria,
  },
  {
    why: 'an Outlook room by name',
    event: meAnd('Weekly', { name: 'Room 4.12' }, maria),
    self: tom,
    expect: true,
    counterpart: maria,
  },
  {
    why: 'a "Conference Room" mailbox',
    event: meAnd('Weekly', { name: 'Conference Room B', email: 'confroom-b@example.com' }, maria),
    self: tom,
    expect: true,
  },
  {
    why: 'an Exchange room mailbox by address',
    event: meAnd('Weekly', { email: 'room-berlin-12@example.com' }, maria),
    self: tom,
    expect: true,
  },
  {
    why: 'a German meeting room',
    event: meAnd('Jour fixe', { name: 'Besprechungsraum Alster' }, maria),
    self: tom,
    expect: true,
  },
  {
    why: 'a Japanese meeting room',
    event: meAnd('定例', { name: '会議室 A' }, maria),
    self: tom,
    expect: true,
  },
  {
    why: 'a shared group calendar is not a person',
    event: meAnd(
      'Weekly',
      { email: 'abc123@group.calendar.google.com', name: 'Team calendar' },
      maria,
    ),
    self: tom,
    expect: true,
  },
  {
    why: 'a note-taker bot is not a person',
    event: meAnd('Weekly', { email: 'fred@fireflies.ai', name: 'Fireflies.ai Notetaker' }, maria),
    self: tom,
    expect: true,
  },
  {
    why: 'only rooms besides me',
    event: meAnd('Weekly', room),
    self: tom,
    expect: false,
    reason: /only you/,
  },
  {
    why: 'a surname "Sala" is a person, not a room',
    event: meAnd('Weekly', { name: 'Marco Sala' }, maria),
    self: tom,
    expect: false,
    reason: /3 people/,
  },
  {
    why: 'a mailing list is many people',
    event: meAnd('Town hall', { email: 'everyone@example.com' }),
    self: tom,
    expect: false,
    reason: /mailing list/,
  },
  {
    why: 'a Google group is many people',
    event: meAnd('Update', { email: 'eng-leads@googlegroups.com' }),
    self: tom,
    expect: false,
  },
  // More than two, or only me.
  {
    why: 'three people even with "1:1" in the title',
    event: meAnd('1:1', maria, raj),
    self: tom,
    expect: false,
    reason: /3 people/,
  },
  {
    why: 'four people, a rotation planning',
    event: meAnd('1:1 rotation planning', maria, raj, { email: 'kim@example.com' }),
    self: tom,
    expect: false,
  },
  {
    why: 'only me: a solo hold',
    event: meAnd('Write the design doc'),
    self: tom,
    expect: false,
    reason: /only you/,
  },
  {
    why: 'only me listed twice',
    event: { title: '1:1', organizer: tom, attendees: [{ email: 'TOM@example.com' }] },
    self: tom,
    expect: false,
  },
];
