import { useMemo, useState } from 'preact/hooks';
import {
  moreLikeThis,
  suggestQuestions,
  type SuggestInput,
  type SuggestMode,
} from '@/lib/questions/suggest';
import type { PrepData } from '@/lib/rpc/methods';
import type { StoredQuestion } from '@/lib/schema/records';

/** Seeds differ per meeting (variety), stay the same for one meeting (stable while you look). */
function seedOf(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

export function useSuggestions(prep: PrepData | null, questions: StoredQuestion[]) {
  const [mode, setMode] = useState<SuggestMode>('normal');
  const [hidden, setHidden] = useState<string[]>([]);
  const [focus, setFocus] = useState<string | null>(null);

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
    };
  }, [prep, questions, mode, hidden]);

  const suggestions = useMemo(() => {
    if (!input) return [];
    if (focus) {
      const similar = moreLikeThis(focus, input);
      if (similar.length > 0) return similar;
    }
    return suggestQuestions(input);
  }, [input, focus]);

  return {
    mode,
    suggestions,
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
