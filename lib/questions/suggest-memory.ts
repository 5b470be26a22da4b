/**
 * "From last time": questions built on this machine from the user's own records with one
 * person — an open action item, an agenda topic still open after two or more meetings, a note
 * topic nobody has come back to — worded as open questions. Nothing leaves the machine; the
 * sidebar passes what the prep bundle already holds. Pure. The words come from the message
 * files in the active UI language; German ones in both forms of address (lib/i18n/address.ts).
 */
import { currentLanguage, currentLocale, type MessageKey } from '../i18n/catalog';
import { addressedMessage, messageSource, type Addressed } from '../i18n/address';
import type { Category, Relationship } from '../schema/common';
import type { QuestionContent } from '../schema/question';
import { reasons } from './suggest-reasons';
import { DIRECTION_OF } from './tags';
import { DAY_MS, parseTime, type History } from './suggest-history';

/** An open action item with this person. */
export interface OpenAction {
  id: string;
  text: string;
  /** Who took it on: me (the user) or them. */
  owner: 'me' | 'them';
  /** ISO time it was written down. */
  createdAt: string;
}

/** An open agenda item with this person (carried over, or planned for "next time"). */
export interface OpenAgendaItem {
  id: string;
  text: string;
  createdAt: string;
}

export interface MemoryInput {
  person: { relationship: Relationship };
  pastMeetings: readonly { id: string; start: string }[];
  notes: readonly { at: string; topics: readonly Category[] }[];
  openActions?: readonly OpenAction[];
  openAgenda?: readonly OpenAgendaItem[];
}

/** A generated question with the plain reason that is true of it. */
export interface Remembered {
  question: QuestionContent;
  reason: string;
  /** What the question stands on, for anyone who checks the reason. */
  source:
    | { kind: 'action'; id: string }
    | { kind: 'agenda'; id: string; meetings: number }
    | { kind: 'note'; topic: Category; at: string };
}

/** At most this many "from last time" questions in one set: they should not crowd out the rest. */
export const MAX_REMEMBERED = 2;
/** An agenda item open through this many meetings counts as carried over twice. */
export const CARRIED_MEETINGS = 2;
/** A note topic counts as untouched once this many meetings passed without it. */
const UNTOUCHED_MEETINGS = 2;
/** Older notes say little about now. */
const NOTE_MEMORY_DAYS = 120;
/** A meeting still "has" an item raised during it: it may be written down while it runs. */
const MEETING_LENGTH_MS = 2 * 60 * 60 * 1000;
const QUOTE_MAX = 80;

/** How a note topic reads inside a question ("…about your career plans on 3 Nov…"). */
const NOTE_TOPIC: Partial<Record<Category, MessageKey>> = {
  wellbeing: 'memoryTopicWellbeing',
  deeper: 'memoryTopicDeeper',
  operative: 'memoryTopicOperative',
  support: 'memoryTopicSupport',
  growth: 'memoryTopicGrowth',
  career: 'memoryTopicCareer',
  'feedback-upward': 'memoryTopicFeedbackUpward',
  'feedback-downward': 'memoryTopicFeedbackDownward',
  team: 'memoryTopicTeam',
  direction: 'memoryTopicDirection',
  recognition: 'memoryTopicRecognition',
};

/** The message keys of one kind of remembered question: its text, probe and closing follow-up. */
type Wording = readonly [text: MessageKey, probe: MessageKey, close: MessageKey];

const THEIR_ACTION: Wording = [
  'memoryTheirActionText',
  'memoryTheirActionProbe',
  'memoryTheirActionClose',
];
const MY_ACTION: Wording = ['memoryMyActionText', 'memoryMyActionProbe', 'memoryMyActionClose'];
const CARRIED_AGENDA: Wording = ['memoryAgendaText', 'memoryAgendaProbe', 'memoryAgendaClose'];
const UNTOUCHED_NOTE: Wording = ['memoryNoteText', 'memoryNoteProbe', 'memoryNoteClose'];

export function memoryId(kind: 'action' | 'agenda' | 'note', key: string): string {
  return `from-last-time-${kind}-${key}`;
}

/** The user's own words inside a question: one line, trimmed, without a closing full stop. */
function quote(text: string): string {
  const line = text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.!?…]+$/, '');
  return line.length > QUOTE_MAX ? `${line.slice(0, QUOTE_MAX - 1).trimEnd()}…` : line;
}

function day(time: number): string {
  // English keeps "3 Nov" whatever the region; German reads "3. Nov.".
  const locale = currentLanguage() === 'en' ? 'en-GB' : currentLocale();
  return new Date(time).toLocaleDateString(locale, {
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  });
}

function generated(
  id: string,
  wording: Wording,
  params: Record<string, string | Addressed>,
  category: Category,
  relationship: Relationship,
): QuestionContent {
  const [textKey, probeKey, closeKey] = wording;
  const text = addressedMessage(textKey, params);
  const probe = addressedMessage(probeKey);
  const close = addressedMessage(closeKey);
  const formal =
    text.formal !== undefined || probe.formal !== undefined || close.formal !== undefined;
  return {
    id,
    text: text.informal,
    category,
    depth: 2,
    relationships: [relationship],
    directions: [DIRECTION_OF[relationship]],
    mode: 'plain',
    idea: 'follow-through',
    followUps: [probe.informal, close.informal],
    lang: currentLanguage(),
    ...(formal && {
      textFormal: text.formal ?? text.informal,
      followUpsFormal: [probe.formal ?? probe.informal, close.formal ?? close.informal],
    }),
  };
}

/** Earlier meetings (before now) that started after the item was written, or while it ran. */
function meetingsSince(createdAt: number, input: MemoryInput, now: number): number {
  return input.pastMeetings.filter((m) => {
    const start = parseTime(m.start);
    return start !== undefined && start < now && start + MEETING_LENGTH_MS >= createdAt;
  }).length;
}

/**
 * The "from last time" questions for this meeting, most pressing first: open action items
 * (oldest first), then agenda topics carried over twice or more, then an untouched note topic.
 */
export function rememberedQuestions(
  input: MemoryInput,
  history: History,
  now: number,
  excluded: ReadonlySet<string>,
): Remembered[] {
  const relationship = input.person.relationship;
  const out: Remembered[] = [];

  const actions = [...(input.openActions ?? [])]
    // Open is open: an item written down after this meeting's start (preparing it late) counts.
    .filter((a) => a.text.trim().length > 0)
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
  for (const action of actions) {
    const id = memoryId('action', action.id);
    if (excluded.has(id)) continue;
    const since = day(parseTime(action.createdAt) ?? now);
    const item = quote(action.text);
    out.push(
      action.owner === 'them'
        ? {
            question: generated(id, THEIR_ACTION, { item }, 'operative', relationship),
            reason: reasons.theirAction(since),
            source: { kind: 'action', id: action.id },
          }
        : {
            question: generated(id, MY_ACTION, { item }, 'support', relationship),
            reason: reasons.myAction(since),
            source: { kind: 'action', id: action.id },
          },
    );
  }

  const agenda = [...(input.openAgenda ?? [])]
    .map((item) => ({
      item,
      meetings: meetingsSince(parseTime(item.createdAt) ?? now, input, now),
    }))
    .filter(({ item, meetings }) => meetings >= CARRIED_MEETINGS && item.text.trim().length > 0)
    .sort((a, b) => b.meetings - a.meetings || a.item.id.localeCompare(b.item.id));
  for (const { item, meetings } of agenda) {
    const id = memoryId('agenda', item.id);
    if (excluded.has(id)) continue;
    out.push({
      question: generated(
        id,
        CARRIED_AGENDA,
        { item: quote(item.text) },
        'operative',
        relationship,
      ),
      reason: reasons.carriedOver(meetings),
      source: { kind: 'agenda', id: item.id, meetings },
    });
  }

  const note = untouchedNoteTopic(input, history, now);
  if (note && !excluded.has(memoryId('note', note.topic))) {
    const when = day(note.at);
    out.push({
      question: generated(
        memoryId('note', note.topic),
        UNTOUCHED_NOTE,
        // The topic phrase keeps its own du/Sie braces: the whole text is split once.
        { topic: messageSource(NOTE_TOPIC[note.topic]!), day: when },
        note.topic,
        relationship,
      ),
      reason: reasons.noteUntouched(when),
      source: { kind: 'note', topic: note.topic, at: new Date(note.at).toISOString() },
    });
  }
  return out;
}

/**
 * The newest note topic that came up at least UNTOUCHED_MEETINGS meetings ago and never
 * since (no later note, no question of it asked), within NOTE_MEMORY_DAYS, and not yet quiet.
 */
function untouchedNoteTopic(
  input: MemoryInput,
  history: History,
  now: number,
): { topic: Category; at: number } | undefined {
  const notes = input.notes
    .map((n) => ({ at: parseTime(n.at), topics: n.topics }))
    .filter((n): n is { at: number; topics: readonly Category[] } => n.at !== undefined)
    .filter((n) => n.at < now && (now - n.at) / DAY_MS <= NOTE_MEMORY_DAYS)
    .sort((a, b) => b.at - a.at);
  for (const note of notes) {
    for (const topic of [...note.topics].sort()) {
      // A topic quiet for six weeks comes back through a library question and its own reason.
      if (NOTE_TOPIC[topic] === undefined || history.quietCategories.has(topic)) continue;
      const last = history.lastTouched.get(topic);
      if (last === undefined || last > note.at) continue;
      if (meetingsSince(note.at + MEETING_LENGTH_MS + 1, input, now) < UNTOUCHED_MEETINGS) continue;
      return { topic, at: note.at };
    }
  }
  return undefined;
}
