// The 1:1 rule (issue 3): is this calendar event a meeting of exactly two people, me and one other? Pure and
// dependency-free. It runs in the background (lib/background/detect-event.ts) for every event a page
// reports, which keeps its keyword tables out of the content scripts.
import { counterpartNameFromTitle, nameRefersTo } from './names';
import {
  cleanSelf,
  collectParticipants,
  isSelf,
  samePerson,
  toPerson,
  type Participant,
} from './people';
import { readTitle, type TitleReading } from './title';
import type { CalendarEventInput, Detection, DetectOptions, Person } from './types';

export type { CalendarEventInput, Detection, DetectOptions, Person } from './types';

/** Personal mail domains say nothing about an organisation: two gmail.com users are not colleagues. */
const PERSONAL_DOMAINS = new Set(
  `gmail.com googlemail.com outlook.com hotmail.com live.com msn.com yahoo.com icloud.com me.com mac.com aol.com
  proton.me protonmail.com gmx.de gmx.net web.de mail.com yandex.ru qq.com 163.com naver.com`.split(
    /\s+/,
  ),
);

function domainOf(email: string | undefined): string | undefined {
  return email?.split('@')[1];
}

/** true: same organisation (subdomains count); false: another one; undefined: cannot tell. */
function sameOrganisation(
  mine: string | undefined,
  theirs: string | undefined,
): boolean | undefined {
  if (!mine || !theirs) return undefined;
  if (mine === theirs || mine.endsWith(`.${theirs}`) || theirs.endsWith(`.${mine}`)) {
    return PERSONAL_DOMAINS.has(mine) ? undefined : true;
  }
  return PERSONAL_DOMAINS.has(mine) && PERSONAL_DOMAINS.has(theirs) ? undefined : false;
}

function describe(person: Person): string {
  return person.email ?? person.name ?? 'someone';
}

/** Whether the title marks a meeting with this person as a 1:1: any marker, but a bare "A / B" only if it names them. */
function titleMarksOneOnOneWith(title: TitleReading, other: Participant): boolean {
  if (!title.marker) return false;
  if (title.marker.kind !== 'pair') return true;
  return title.pairs.some(
    (pair) => nameRefersTo(pair.left, other) || nameRefersTo(pair.right, other),
  );
}

/** A guest from another organisation (a customer, a vendor) is a 1:1 only when the title says so (a coach). */
function outsideGuestReason(
  me: Participant,
  other: Participant,
  title: TitleReading,
): string | undefined {
  if (sameOrganisation(domainOf(me.email), domainOf(other.email)) !== false) return undefined;
  if (titleMarksOneOnOneWith(title, other)) return undefined;
  return `${describe(other)} is outside ${domainOf(me.email)} and the title doesn't mark a 1:1`;
}

function counterpartFromTitle(title: TitleReading, me: Participant): Person | undefined {
  const name = counterpartNameFromTitle(title.names, me);
  return name ? { name } : undefined;
}

interface Crowd {
  /** People besides me (rooms, calendars and bots removed). */
  others: Participant[];
  lists: Participant[];
  /** Two people are listed and neither can be told apart from me: a 1:1, but with whom is unknown. */
  otherUnknown?: boolean;
}

/**
 * Everyone besides me. When nobody listed is recognisably me (Outlook shows names, the page gave only my email),
 * I am assumed to be one of those I cannot be compared with, since the owner is on their own guest list: the one
 * whose name matches my email's local part, else an unknown one.
 */
function whoElse(listed: Participant[], me: Participant): Crowd {
  const humans = listed.filter((person) => person.kind === 'human');
  const lists = listed.filter((person) => person.kind === 'list');
  const others = humans.filter((person) => !isSelf(person, me));
  const comparable = (person: Participant) =>
    Boolean((person.email && me.email) || (person.name && me.name));
  const unsure = others.filter((person) => !comparable(person));
  if (others.length < humans.length || others.length < 2 || unsure.length === 0) {
    return { others, lists };
  }
  const likelyMe = unsure.filter((person) => person.name && nameRefersTo(person.name, me));
  const [assumedMe] = likelyMe.length === 1 ? likelyMe : unsure.length === 1 ? unsure : [];
  if (assumedMe) return { others: others.filter((person) => person !== assumedMe), lists };
  return { others: others.slice(1), lists, otherUnknown: true };
}

function decideFromGuests(crowd: Crowd, me: Participant, title: TitleReading): Detection {
  const [list] = crowd.lists;
  if (list) return { isOneOnOne: false, reason: `a mailing list is invited: ${describe(list)}` };
  const [other, ...more] = crowd.others;
  if (!other) return { isOneOnOne: false, reason: 'only you' };
  if (more.length > 0) return { isOneOnOne: false, reason: `${crowd.others.length + 1} people` };
  if (crowd.otherUnknown) {
    return { isOneOnOne: true, reason: "two people, but which one is you isn't known" };
  }
  const outside = outsideGuestReason(me, other, title);
  if (outside) return { isOneOnOne: false, reason: outside };
  return {
    isOneOnOne: true,
    counterpart: toPerson(other),
    reason: `one guest besides you: ${describe(toPerson(other))}`,
  };
}

function decideFromTitle(
  organizer: Participant | undefined,
  me: Participant,
  title: TitleReading,
): Detection {
  if (!title.marker) {
    return { isOneOnOne: false, reason: "guests not shown and the title doesn't mark a 1:1" };
  }
  const marked = `guests not shown; the title marks a 1:1 ("${title.marker.text}")`;
  if (organizer && organizer.kind === 'human' && !isSelf(organizer, me)) {
    const outside = outsideGuestReason(me, organizer, title);
    if (outside) return { isOneOnOne: false, reason: outside };
    return { isOneOnOne: true, counterpart: toPerson(organizer), reason: marked };
  }
  return { isOneOnOne: true, counterpart: counterpartFromTitle(title, me), reason: marked };
}

/** For a series the user marked "always": the person the title names, else the organizer, else the first guest. */
function bestCounterpart(
  crowd: Crowd,
  organizer: Participant | undefined,
  me: Participant,
  title: TitleReading,
): Person | undefined {
  const [first, ...more] = crowd.others;
  if (first && more.length === 0) return toPerson(first);
  const named = crowd.others.find((person) =>
    title.names.some((name) => nameRefersTo(name, person)),
  );
  const host = organizer && crowd.others.find((person) => samePerson(person, organizer));
  const chosen = named ?? host ?? first;
  return chosen ? toPerson(chosen) : counterpartFromTitle(title, me);
}

export function detectOneOnOne(
  event: CalendarEventInput,
  self: Person,
  options: DetectOptions = {},
): Detection {
  const givenMe = cleanSelf(self);
  const attendees = Array.isArray(event?.attendees) ? event.attendees : [];
  const guestsKnown = collectParticipants(attendees).length > 0;
  const listed = collectParticipants([...attendees, event?.organizer]);
  const organizer = collectParticipants([event?.organizer])[0];
  // The page may know my email only through the guest list ("Tom Baker" is me and has an address there).
  const listedMe = listed.find((person) => isSelf(person, givenMe));
  const me = {
    ...givenMe,
    email: givenMe.email ?? listedMe?.email,
    name: givenMe.name ?? listedMe?.name,
  };
  const crowd = whoElse(listed, me);
  const knownNames = [...listed, me].flatMap((person) => (person.name ? [person.name] : []));
  const title = readTitle(String(event?.title ?? ''), knownNames, options?.extraKeywords);

  if (options?.override === 'never') {
    return { isOneOnOne: false, reason: 'you marked this series as never a 1:1' };
  }
  if (options?.override === 'always') {
    const counterpart = bestCounterpart(crowd, organizer, me, title);
    return { isOneOnOne: true, counterpart, reason: 'you marked this series as always a 1:1' };
  }
  if (title.exclusion) return { isOneOnOne: false, reason: title.exclusion };
  return guestsKnown ? decideFromGuests(crowd, me, title) : decideFromTitle(organizer, me, title);
}
