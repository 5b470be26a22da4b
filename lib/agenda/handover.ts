/**
 * The only texts Tandem hands to the other person, built for the clipboard: the agenda block
 * for the calendar invite and the recap after the meeting. Both take SHARED items only: the
 * builders filter by visibility themselves (callers cannot forget to), and they take no note
 * text at all, so a private word has no way in. The agenda block is the one event-topics.ts
 * reads back (round trip tested in tests/unit/agenda/handover.test.ts).
 */
import { OWNER_SEPARATOR, TANDEM_HEADING, topicKey } from './event-topics';

export type Visibility = 'shared' | 'private';
export type Side = 'me' | 'them';

export interface HandoverNames {
  me: string;
  them: string;
}

export interface HandoverAgendaItem {
  text: string;
  addedBy: Side;
  visibility: Visibility;
  done: boolean;
}

export interface HandoverActionItem {
  text: string;
  owner: Side;
  visibility: Visibility;
  done: boolean;
  due?: string;
}

/** One line of text: whatever newlines an item holds fold into spaces. */
const line = (text: string) => text.replace(/\s+/g, ' ').trim();

const shared = <T extends { visibility: Visibility }>(items: readonly T[]) =>
  items.filter((i) => i.visibility === 'shared');

/** "Agenda (Tandem)" and one "- topic — owner" line per shared topic still open. */
export function agendaForInvite(
  items: readonly HandoverAgendaItem[],
  names: HandoverNames,
): string {
  const lines = shared(items)
    .filter((i) => !i.done && line(i.text))
    .map((i) => `- ${line(i.text)}${OWNER_SEPARATOR}${line(names[i.addedBy])}`);
  return [TANDEM_HEADING, ...lines].join('\n') + '\n';
}

export interface RecapInput {
  title: string;
  /** The meeting's day, as the user reads it. */
  when: string;
  names: HandoverNames;
  agenda: readonly HandoverAgendaItem[];
  /** Written for the recap by the user, one per entry (never taken from the notes). */
  decisions: readonly string[];
  actions: readonly HandoverActionItem[];
}

/** Covered shared topics, decisions and shared open action items, as plain text. */
export function recapText(input: RecapInput): string {
  const { names } = input;
  const covered = shared(input.agenda).filter((i) => i.done && line(i.text));
  const decisions = input.decisions.map(line).filter(Boolean);
  const actions = shared(input.actions).filter((a) => !a.done && line(a.text));
  const out = [`Recap: ${line(input.title)} (${line(input.when)})`];
  if (covered.length > 0)
    out.push('', 'We talked about', ...covered.map((i) => `- ${line(i.text)}`));
  if (decisions.length > 0) out.push('', 'Decisions', ...decisions.map((d) => `- ${d}`));
  if (actions.length > 0)
    out.push(
      '',
      'Action items',
      ...actions.map(
        (a) =>
          `- ${line(a.text)}${OWNER_SEPARATOR}${line(names[a.owner])}${a.due ? `, by ${a.due}` : ''}`,
      ),
    );
  if (out.length === 1) out.push('', 'Nothing to report yet.');
  return out.join('\n') + '\n';
}

/**
 * Whose a topic read from the event is, seen from this user: a Tandem block names the owner;
 * the user's own name (or e-mail) makes it theirs ("me"); anything else, or no name at all, is
 * the other person's.
 */
export function sideOf(by: string | undefined, self: { name?: string; email?: string }): Side {
  if (!by) return 'them';
  const fold = (s: string) => topicKey(s);
  const owner = fold(by);
  const mine = [self.name, self.email].filter((s): s is string => !!s).map(fold);
  return mine.includes(owner) ? 'me' : 'them';
}
