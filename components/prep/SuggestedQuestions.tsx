import { useState } from 'preact/hooks';
import type { ToneHint } from '@/lib/questions/tone';
import { ToneHints } from '../ToneHints';

export type SuggestionMode = 'normal' | 'grow' | 'first-meeting';

export interface SuggestionRow {
  id: string;
  text: string;
  /** Why it is suggested, in a few words. */
  reason: string;
  /** For GROW mode: Goal, Reality, Options or Will. */
  step?: string;
  /** Tone hints on a question the user wrote or edited (the library's own pass the lint). */
  hints?: ToneHint[];
}

export interface SuggestedQuestionsProps {
  suggestions: SuggestionRow[];
  mode: SuggestionMode;
  onModeChange: (mode: SuggestionMode) => void;
  onAsked: (id: string, addToNotes: boolean) => void;
  onSkip: (id: string) => void;
  onMoreLikeThis: (id: string) => void;
}

const MODES: { mode: SuggestionMode; label: string }[] = [
  { mode: 'normal', label: 'Suggested' },
  { mode: 'grow', label: 'GROW coaching' },
  { mode: 'first-meeting', label: 'First meeting' },
];

/** A few questions to choose from, never a script: each says why it is here. */
export function SuggestedQuestions(props: SuggestedQuestionsProps) {
  const [addToNotes, setAddToNotes] = useState(true);
  return (
    <section aria-label="Suggested questions" class="prep-section">
      <div class="row">
        <h2 class="grow">Suggested questions</h2>
      </div>
      <div class="row mode-switch" role="group" aria-label="Question mode">
        {MODES.map(({ mode, label }) => (
          <button
            key={mode}
            type="button"
            class="btn small"
            aria-pressed={props.mode === mode}
            onClick={() => props.onModeChange(mode)}
          >
            {label}
          </button>
        ))}
      </div>
      {props.suggestions.length === 0 ? (
        <p class="muted small">
          No more questions fit right now. Your own questions can be added in Settings.
        </p>
      ) : (
        <ul class="list suggestions" aria-label="Suggestions">
          {props.suggestions.map((s) => (
            <li key={s.id} class="suggestion">
              {s.step && <span class="badge accent">{s.step}</span>}
              <p class="suggestion-text">{s.text}</p>
              <p class="muted small suggestion-reason">{s.reason}</p>
              {s.hints && <ToneHints hints={s.hints} compact />}
              <div class="row">
                <button
                  type="button"
                  class="btn small"
                  aria-label={`Asked: ${s.text}`}
                  onClick={() => props.onAsked(s.id, addToNotes)}
                >
                  Asked
                </button>
                <button
                  type="button"
                  class="btn small"
                  aria-label={`Skip: ${s.text}`}
                  onClick={() => props.onSkip(s.id)}
                >
                  Skip
                </button>
                <button
                  type="button"
                  class="btn small"
                  aria-label={`More like this: ${s.text}`}
                  onClick={() => props.onMoreLikeThis(s.id)}
                >
                  More like this
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
      <label class="row small muted">
        <input
          type="checkbox"
          checked={addToNotes}
          onChange={(e) => setAddToNotes(e.currentTarget.checked)}
        />
        Add asked questions to the meeting notes
      </label>
    </section>
  );
}
