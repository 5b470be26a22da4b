import { useState } from 'preact/hooks';
import { t, type MessageKey } from '@/lib/i18n/catalog';
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

const MODES: { mode: SuggestionMode; label: MessageKey }[] = [
  { mode: 'normal', label: 'suggestModeNormal' },
  { mode: 'grow', label: 'suggestModeGrow' },
  { mode: 'first-meeting', label: 'suggestModeFirst' },
];

/** A few questions to choose from, never a script: each says why it is here. */
export function SuggestedQuestions(props: SuggestedQuestionsProps) {
  const [addToNotes, setAddToNotes] = useState(true);
  return (
    <section aria-label={t('suggestHeading')} class="prep-section">
      <div class="row">
        <h2 class="grow">{t('suggestHeading')}</h2>
      </div>
      <div class="row mode-switch" role="group" aria-label={t('suggestModeLabel')}>
        {MODES.map(({ mode, label }) => (
          <button
            key={mode}
            type="button"
            class="btn small"
            aria-pressed={props.mode === mode}
            onClick={() => props.onModeChange(mode)}
          >
            {t(label)}
          </button>
        ))}
      </div>
      {props.suggestions.length === 0 ? (
        <p class="muted small">{t('suggestEmpty')}</p>
      ) : (
        <ul class="list suggestions" aria-label={t('suggestList')}>
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
                  aria-label={t('suggestAskedLabel', { text: s.text })}
                  onClick={() => props.onAsked(s.id, addToNotes)}
                >
                  {t('suggestAsked')}
                </button>
                <button
                  type="button"
                  class="btn small"
                  aria-label={t('suggestSkipLabel', { text: s.text })}
                  onClick={() => props.onSkip(s.id)}
                >
                  {t('suggestSkip')}
                </button>
                <button
                  type="button"
                  class="btn small"
                  aria-label={t('suggestMoreLabel', { text: s.text })}
                  onClick={() => props.onMoreLikeThis(s.id)}
                >
                  {t('suggestMore')}
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
        {t('suggestAddToNotes')}
      </label>
    </section>
  );
}
