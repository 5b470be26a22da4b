/** People on Outlook pages: the signed-in user and the reading pane's attendees. */
import type { Person } from '../../detect';
import { attrOf, emailOrUndefined, queryAll, queryFirst, textOf } from '../dom-read';
import { ACCOUNT_LABEL_PREFIX, OPEN_PROFILE_PREFIX, outlookSelectors as S } from './selectors';

// The account flyout (with the email) exists only after the user has opened it once: remember what it said.
const seenSelf = new WeakMap<Document, Person>();

function personOf(el: Element): Person | null {
  const label = attrOf(el, 'aria-label').replace(OPEN_PROFILE_PREFIX, '');
  const email =
    emailOrUndefined(attrOf(el, 'title')) ?? emailOrUndefined(/<([^>]+)>/.exec(label)?.[1]);
  const name = textOf(el) || label.replace(/\s*<[^>]+>\s*$/, '') || undefined;
  if (!email && !name) return null;
  const person: Person = {};
  if (name && name !== email) person.name = name;
  if (email) person.email = email;
  return person;
}

export function readAttendees(pane: Element): { people: Person[]; organizer?: Person } {
  const region = queryFirst(pane, S.attendees) ?? pane;
  const people: Person[] = [];
  const seen = new Set<string>();
  for (const el of queryAll(region, S.persona)) {
    const person = personOf(el);
    const key = person?.email ?? person?.name?.toLowerCase();
    if (!person || !key || seen.has(key)) continue;
    seen.add(key);
    people.push(person);
  }
  const group = queryFirst(region, S.organizerGroup);
  const organizerEl = group ? queryFirst(group, S.persona) : null;
  const organizer = organizerEl ? (personOf(organizerEl) ?? undefined) : undefined;
  return organizer ? { people, organizer } : { people };
}

export function readSelf(doc: Document, attendees: Person[]): Person {
  const known = seenSelf.get(doc);
  const email = emailOrUndefined(textOf(queryFirst(doc, S.accountEmail)));
  const name =
    textOf(queryFirst(doc, S.accountName)) ||
    attrOf(queryFirst(doc, S.accountButton), 'aria-label')
      .replace(ACCOUNT_LABEL_PREFIX, '')
      .trim() ||
    known?.name;
  const self: Person = {};
  if (name) self.name = name;
  // Without the flyout, the attendee with my display name gives my address.
  const byName = name ? attendees.filter((p) => p.name?.toLowerCase() === name.toLowerCase()) : [];
  const address = email ?? known?.email ?? (byName.length === 1 ? byName[0]?.email : undefined);
  if (address) self.email = address;
  if (self.email) seenSelf.set(doc, self);
  return self;
}
