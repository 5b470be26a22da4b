/**
 * Standing topics, kept on their person (Person.standingTopics): add, remove, tick off in a
 * meeting. Each is a field operation inside one readwrite transaction on the stored record, so
 * two views editing different topics (or a topic and the name) never conflict.
 */
import type { Person, StandingTopic, StandingTopicUnit } from '../schema/records';
import { queue, write, type Ctx } from './context';
import { RecordNotFoundError } from './errors';
import { bump } from './rows';

export interface StandingTopicInput {
  text: string;
  every: number;
  unit: StandingTopicUnit;
}

const MAX_TOPICS = 50;
const MAX_HISTORY = 200;

async function changePerson(
  ctx: Ctx,
  personId: string,
  change: (topics: StandingTopic[]) => StandingTopic[] | null,
): Promise<Person> {
  return write(ctx, ['people'], async (tx, touched) => {
    const store = tx.objectStore('people');
    const current = await store.get(personId);
    if (!current) throw new RecordNotFoundError('people', personId);
    const next = change(current.standingTopics ?? []);
    if (!next) return current;
    const person = bump({ ...current, standingTopics: next }, ctx.now());
    queue(store.put(person));
    touched.add('people', personId);
    return person;
  });
}

export async function addStandingTopic(
  ctx: Ctx,
  personId: string,
  input: StandingTopicInput,
): Promise<Person> {
  const text = input.text.trim().slice(0, 300);
  if (!text) throw new RangeError('A standing topic needs a text');
  return changePerson(ctx, personId, (topics) => {
    if (topics.length >= MAX_TOPICS) throw new RangeError('At most 50 standing topics per person');
    return [
      ...topics,
      {
        id: ctx.newId(),
        text,
        every: Math.max(1, Math.min(52, Math.round(input.every))),
        unit: input.unit,
        createdAt: ctx.now(),
        discussed: [],
      },
    ];
  });
}

export function removeStandingTopic(ctx: Ctx, personId: string, topicId: string): Promise<Person> {
  return changePerson(ctx, personId, (topics) =>
    topics.some((t) => t.id === topicId) ? topics.filter((t) => t.id !== topicId) : null,
  );
}

/**
 * Ticks a topic off in a meeting (it joins the topic's history, at the meeting's start) or
 * takes the tick back. The meeting must be the person's.
 */
export async function setStandingTopicDiscussed(
  ctx: Ctx,
  personId: string,
  topicId: string,
  meetingId: string,
  discussed: boolean,
): Promise<Person> {
  return write(ctx, ['people', 'meetings'], async (tx, touched) => {
    const store = tx.objectStore('people');
    const [current, meeting] = await Promise.all([
      store.get(personId),
      tx.objectStore('meetings').get(meetingId),
    ]);
    if (!current) throw new RecordNotFoundError('people', personId);
    if (!meeting || meeting.personId !== personId)
      throw new RecordNotFoundError('meetings', meetingId);
    let changed = false;
    const topics = (current.standingTopics ?? []).map((t) => {
      if (t.id !== topicId) return t;
      const has = t.discussed.some((d) => d.meetingId === meetingId);
      if (has === discussed) return t;
      changed = true;
      const rest = t.discussed.filter((d) => d.meetingId !== meetingId);
      const history = discussed
        ? [...rest, { meetingId, at: meeting.start }].sort((a, b) => (a.at < b.at ? -1 : 1))
        : rest;
      return { ...t, discussed: history.slice(-MAX_HISTORY) };
    });
    if (!changed) return current;
    const person = bump({ ...current, standingTopics: topics }, ctx.now());
    queue(store.put(person));
    touched.add('people', personId);
    return person;
  });
}
