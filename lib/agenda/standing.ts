/**
 * Standing topics: when one is due again, and what was said about it. Pure: the sidebar calls
 * it with the person's topics (Person.standingTopics), the open meeting and the starts of the
 * earlier meetings with that person (PrepBundle.pastMeetingStarts).
 *
 * - "every N meetings": due once N meetings have passed since the last one it was discussed in,
 *   counting the open one (discussed in the 1st, every 2 → due again in the 3rd).
 * - "every N weeks": due once N weeks have passed since then, a day early allowed (a weekly 1:1
 *   moved by an hour is still a week later).
 * - Never discussed: due at the next meeting.
 * Ticking it off in the open meeting does not hide it there: it shows as discussed.
 */
import { topicKey } from './event-topics';

export type StandingUnit = 'meetings' | 'weeks';

export interface StandingTopicLike {
  id: string;
  text: string;
  every: number;
  unit: StandingUnit;
  discussed: readonly { meetingId: string; at: string }[];
}

export interface StandingStatus {
  due: boolean;
  /** Ticked off in the open meeting. */
  discussedHere: boolean;
  /** The last meeting before the open one it was discussed in. */
  last?: { meetingId: string; at: string };
  /** When it is not due: meetings (unit 'meetings') or days (unit 'weeks') until it is. */
  dueIn?: { count: number; unit: 'meetings' | 'days' };
}

const DAY_MS = 86_400_000;

export function standingStatus(
  topic: StandingTopicLike,
  meeting: { id: string; start: string },
  earlierStarts: readonly string[],
): StandingStatus {
  const discussedHere = topic.discussed.some((d) => d.meetingId === meeting.id);
  const start = Date.parse(meeting.start);
  let last: { meetingId: string; at: string } | undefined;
  for (const d of topic.discussed) {
    if (d.meetingId === meeting.id || Date.parse(d.at) >= start) continue;
    if (!last || Date.parse(d.at) > Date.parse(last.at)) last = d;
  }
  if (!last) return { due: true, discussedHere };
  const lastAt = Date.parse(last.at);
  if (topic.unit === 'meetings') {
    // The open meeting plus every earlier one after the last discussion.
    const since =
      1 + earlierStarts.filter((s) => Date.parse(s) > lastAt && Date.parse(s) < start).length;
    return since >= topic.every
      ? { due: true, discussedHere, last }
      : {
          due: false,
          discussedHere,
          last,
          dueIn: { count: topic.every - since, unit: 'meetings' },
        };
  }
  const days = (start - lastAt) / DAY_MS;
  const needed = topic.every * 7 - 1;
  return days >= needed
    ? { due: true, discussedHere, last }
    : {
        due: false,
        discussedHere,
        last,
        dueIn: { count: Math.max(1, Math.ceil(needed - days)), unit: 'days' },
      };
}

const SENTENCE = /[^.!?\n]+[.!?]*/g;
const STOP = new Set(['for', 'the', 'and', 'with', 'about', 'from', 'me', 'my', 'our', 'your']);

/**
 * What a meeting's note said about the topic: its sentences that name one of the topic's words
 * (folded: case and accents ignored, "career" finds "Career:"), up to `max` characters; null
 * when no sentence does. Plain text in, plain text out.
 */
export function saidAbout(topicText: string, note: string, max = 240): string | null {
  const words = topicKey(topicText)
    .split(' ')
    .filter((w) => w.length >= 3 && !STOP.has(w));
  if (words.length === 0 || !note) return null;
  const hits: string[] = [];
  for (const match of note.slice(0, 20_000).matchAll(SENTENCE)) {
    const sentence = match[0].trim();
    if (!sentence) continue;
    const key = ` ${topicKey(sentence)} `;
    if (words.some((w) => key.includes(` ${w}`))) hits.push(sentence);
  }
  if (hits.length === 0) return null;
  const text = hits.join(' ');
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}
