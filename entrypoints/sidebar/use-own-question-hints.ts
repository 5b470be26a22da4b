import { useEffect, useState } from 'preact/hooks';
import type { ToneHint } from '@/lib/questions/tone';
import type { StoredQuestion } from '@/lib/schema/records';

type HintsById = ReadonlyMap<string, ToneHint[]>;
const NONE: HintsById = new Map();

/** A question the user wrote or edited: the only kind whose row can carry tone hints. */
const isOwn = (q: StoredQuestion) => !q.builtIn || q.edited;

/**
 * Tone hints for the user's own questions, by id. The tone lint (its rule tables are most of a
 * third of the sidebar's code) is loaded only when the library holds a question of the user's,
 * and after the first paint: the shipped questions pass the lint, so their rows never need it.
 */
export function useOwnQuestionHints(questions: StoredQuestion[]): HintsById {
  const [hints, setHints] = useState<HintsById>(NONE);
  useEffect(() => {
    const own = questions.filter(isOwn);
    if (own.length === 0) return setHints(NONE);
    let cancelled = false;
    void import('@/lib/questions/tone').then(
      ({ ownQuestionHints }) => {
        if (cancelled) return;
        const byId = new Map<string, ToneHint[]>();
        for (const q of own) {
          const found = ownQuestionHints(q).hints;
          if (found) byId.set(q.id, found);
        }
        setHints(byId);
      },
      () => undefined,
    );
    return () => {
      cancelled = true;
    };
  }, [questions]);
  return hints;
}
