import { useEffect, useMemo, useState } from 'preact/hooks';
import {
  moreLikeThis,
  suggestQuestions,
  type SuggestInput,
  type SuggestMode,
  type Suggestion,
} from '@/lib/questions/suggest';
import type { AddressChoice } from '@/lib/i18n/address';
import { currentLanguage } from '@/lib/i18n/catalog';
import { followUpsOf, questionText } from '@/lib/questions/tags';
import type { PrepData } from '@/lib/rpc/methods';
import type { StoredQuestion } from '@/lib/schema/records';

/** Seeds differ per meeting (variety), stay the same for one meeting (stable while you look). */
function seedOf(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** A question asked in this meeting and the follow-ups it carries. */
export interface Thread {
  id: string;
  text: string;
  followUps: string[];
}

/**
 * A suggestion worded in the address Settings chose: German questions carry a du and a Sie
 * form of their text and follow-ups; every other question reads the same either way.
 */
function inChosenAddress(suggestion: Suggestion, address: AddressChoice): Suggestion {
  const { question } = suggestion;
  return {
    ...suggestion,
    question: {
      ...question,
      text: questionText(question, address),
      followUps: followUpsOf(question, address),
    },
  };
}

/** `hidePrivate` (screen-share safe): no question quotes an item marked private. */
export function useSuggestions(
  prep: PrepData | null,
  questions: StoredQuestion[],
  address: AddressChoice,
  hidePrivate = false,
) {
  const [mode, setMode] = useState<SuggestMode>('normal');
  const [hidden, setHidden] = useState<string[]>([]);
  const [focus, setFocus] = useState<string | null>(null);
  const [threads, setThreads] = useState<Thread[]>([]);
  const meetingId = prep?.bundle.meeting.id;
  // Follow-ups belong to the meeting they were asked in.
  useEffect(() => setThreads([]), [meetingId]);

  const input = useMemo<SuggestInput | null>(() => {
    if (!prep) return null;
    const { bundle } = prep;
    return {
      person: {
        name: bundle.person.displayName,
        relationship: bundle.person.relationship,
        ...(bundle.person.startDate && { startDate: bundle.person.startDate }),
      },
      meeting: {
        id: bundle.meeting.id,
        start: bundle.meeting.start,
        isFirst: bundle.pastMeetingCount === 0,
      },
      pastMeetings: bundle.pastMeetingStarts.map((start, i) => ({ id: `past-${i}`, start })),
      asked: bundle.askedLog.map((a) => ({
        questionId: a.questionId,
        ...(a.meetingId && { meetingId: a.meetingId }),
        at: a.at,
        outcome: a.outcome,
      })),
      notes: bundle.earlierNotes.map((n) => ({
        at: n.createdAt,
        topics: n.topics,
        ...(n.mood && { mood: n.mood }),
      })),
      library: questions,
      mode,
      seed: seedOf(bundle.meeting.id),
      exclude: hidden,
      // "From last time": what is still open with this person, read from the bundle.
      openActions: bundle.actions
        .filter((a) => !a.done && a.meetingId !== bundle.meeting.id)
        .filter((a) => !hidePrivate || a.visibility !== 'private')
        .map((a) => ({ id: a.id, text: a.text, owner: a.owner, createdAt: a.createdAt })),
      openAgenda: bundle.agenda
        .filter((a) => !a.done && (a.carriedOver || a.nextTime))
        .filter((a) => !hidePrivate || a.visibility !== 'private')
        .map((a) => ({ id: a.id, text: a.text, createdAt: a.createdAt })),
      // Questions in the language the sidebar speaks (the calendar's, the browser's or Settings').
      language: currentLanguage(),
    };
  }, [prep, questions, mode, hidden, hidePrivate]);

  const suggestions = useMemo(() => {
    if (!input) return [];
    const similar = focus ? moreLikeThis(focus, input) : [];
    const picked = similar.length > 0 ? similar : suggestQuestions(input);
    return picked.map((s) => inChosenAddress(s, address));
  }, [input, focus, address]);

  return {
    mode,
    suggestions,
    threads,
    /** Marks a suggestion asked: it leaves the list, its follow-ups open below it. */
    asked: (suggestion: Suggestion) => {
      setHidden((h) => [...h, suggestion.question.id]);
      const followUps = followUpsOf(suggestion.question);
      setThreads((t) => [
        { id: suggestion.question.id, text: suggestion.question.text, followUps },
        ...t.filter((x) => x.id !== suggestion.question.id),
      ]);
    },
    closeThread: (id: string) => setThreads((t) => t.filter((x) => x.id !== id)),
    setMode: (next: SuggestMode) => {
      setMode(next);
      setFocus(null);
    },
    hide: (id: string) => setHidden((h) => [...h, id]),
    moreLikeThis: (id: string) => {
      setHidden((h) => [...h, id]);
      setFocus(id);
    },
  };
}
