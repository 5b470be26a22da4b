// Who is in the meeting: the guest list plus the organizer, deduplicated, without rooms, calendars and bots, and
// with mailing lists flagged (one address, many people).
import { firstNameToken, foldText, nameTokens } from './text';
import type { Person } from './types';

export type ParticipantKind = 'human' | 'resource' | 'list';

export interface Participant {
  email?: string;
  name?: string;
  kind: ParticipantKind;
}

const EMAIL = /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/;
const EMAIL_IN_ANGLES = /<\s*([^\s@<>]+@[^\s@<>]+\.[^\s@<>]+)\s*>/;

/** Google rooms, shared, imported and holiday calendars all live under calendar.google.com: none is a person. */
const CALENDAR_DOMAIN = /(?:^|\.)calendar\.google\.com$/;
/** Meeting recorders invited as guests. */
const BOT_DOMAIN =
  /(?:^|\.)(?:fireflies\.ai|otter\.ai|read\.ai|fathom\.video|tldv\.io|notetaker\.ai)$/;
/** Exchange room mailboxes ("room-4.12@", "conf-berlin@", "boardroom@") and robots. */
const RESOURCE_LOCAL =
  /(?:^|[._-])(?:(?:conf|meeting|mtg|board)?rooms?|rm|conf|confrm|mtgrm|resource)(?:$|[._\-\d])|^(?:no-?reply|do-?not-?reply|calendar|notifications?)$/;
/** Rooms and equipment by display name ("Room 4.12", "Berlin-3-Blue (4)", "Konferenzraum Alster", "会議室 A"). */
const RESOURCE_NAME = new RegExp(
  [
    '(?<![\\p{L}])(?:rooms?|meeting ?room|conference|boardroom|huddle|phone ?booth|resource|auditorium|projector)(?![\\p{L}])',
    '(?:besprechungs|konferenz|meeting|sitzungs|seminar)?raum(?![\\p{L}])',
    '^(?:salle|sala|zaal)(?= ?\\d| \\S)|vergaderruimte',
    '会議室|会议室|會議室|회의실',
    '\\(\\d{1,3}\\)\\s*(?:\\[[^\\]]*\\])?\\s*$', // Google's "Building-Floor-Name (capacity) [AV]"
    '(?<![\\p{L}])(?:note ?taker|fireflies|otter\\.ai|fathom|bot)(?![\\p{L}])',
  ].join('|'),
  'iu',
);
/** Mailing lists: one address, many people. */
const LIST_LOCAL =
  /^(?:all|everyone|everybody|allhands|all-hands|staff|company|employees|team|teams|announce\w*)$|^(?:all|everyone|team)[._-]|[._-](?:all|everyone|team|staff|list|group|dl)$/;
const LIST_DOMAIN = /(?:^|\.)googlegroups\.com$/;
const LIST_NAME =
  /(?<![\p{L}])(?:everyone|all[ -]staff|all[ -]hands|distribution list|mailing list)(?![\p{L}])|^all(?![\p{L}])/iu;

function cleanEmail(person: Person): string | undefined {
  const candidates = [person.email, person.name?.match(EMAIL_IN_ANGLES)?.[1], person.name];
  for (const candidate of candidates) {
    const email = candidate
      ?.trim()
      .replace(/^mailto:/i, '')
      .toLowerCase();
    if (email && EMAIL.test(email)) return email;
  }
  return undefined;
}

function cleanName(person: Person, email: string | undefined): string | undefined {
  const name = person.name?.replace(EMAIL_IN_ANGLES, '').replace(/\s+/g, ' ').trim();
  if (!name || name.toLowerCase() === email) return undefined;
  return name;
}

function kindOf(email: string | undefined, name: string | undefined): ParticipantKind {
  const [local = '', domain = ''] = email ? email.split('@') : [];
  if (CALENDAR_DOMAIN.test(domain) || BOT_DOMAIN.test(domain) || RESOURCE_LOCAL.test(local)) {
    return 'resource';
  }
  if (name && RESOURCE_NAME.test(foldText(name))) return 'resource';
  if (LIST_DOMAIN.test(domain) || LIST_LOCAL.test(local) || (name && LIST_NAME.test(name)))
    return 'list';
  return 'human';
}

/** The same person written two ways: "Baker, Tom" and "Tom Baker"; "Tom" and "Tom Baker (RTH)". */
export function namesMatch(a: string, b: string): boolean {
  const aTokens = nameTokens(a);
  const bTokens = nameTokens(b);
  const [shorter, longer] =
    aTokens.length <= bTokens.length ? [aTokens, bTokens] : [bTokens, aTokens];
  if (shorter.length === 0) return false;
  if (shorter.length === 1) return aTokens.length === bTokens.length && shorter[0] === longer[0];
  return shorter.every((token) => longer.includes(token));
}

export function samePerson(a: Participant, b: Participant): boolean {
  if (a.email && b.email) return a.email === b.email;
  return Boolean(a.name && b.name && namesMatch(a.name, b.name));
}

/** Guests and organizer, cleaned and merged: the organizer listed again as a guest is one person. */
export function collectParticipants(people: (Person | undefined)[]): Participant[] {
  const merged: Participant[] = [];
  for (const person of people) {
    if (!person || typeof person !== 'object') continue;
    const email = cleanEmail(person);
    const name = cleanName(person, email);
    if (!email && !name) continue;
    const entry: Participant = { email, name, kind: kindOf(email, name) };
    const existing = merged.find((known) => samePerson(known, entry));
    if (!existing) {
      merged.push(entry);
      continue;
    }
    existing.email ??= entry.email;
    existing.name ??= entry.name;
    if (entry.kind !== 'human') existing.kind = entry.kind;
  }
  return merged;
}

/**
 * Whether a participant is the calendar owner. Emails decide when both are known; otherwise names, where a
 * one-word self name ("Tom") also matches a name-only guest whose given name it is ("Baker, Tom").
 */
export function isSelf(participant: Participant, self: Participant): boolean {
  if (participant.email && self.email) return participant.email === self.email;
  if (!participant.name || !self.name) return false;
  if (namesMatch(participant.name, self.name)) return true;
  return (
    nameTokens(self.name).length === 1 &&
    firstNameToken(participant.name) === nameTokens(self.name)[0]
  );
}

/** The calendar owner, cleaned the same way as everyone else. */
export function cleanSelf(self: Person | undefined): Participant {
  const person = self && typeof self === 'object' ? self : {};
  const email = cleanEmail(person);
  return { email, name: cleanName(person, email), kind: 'human' };
}

/** The public shape of a participant: lower-cased email, name when known. */
export function toPerson(participant: Participant): Person {
  const person: Person = {};
  if (participant.email) person.email = participant.email;
  if (participant.name) person.name = participant.name;
  return person;
}
