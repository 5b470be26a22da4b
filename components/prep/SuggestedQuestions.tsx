import { useState } from 'preact/hooks';
import { t, type MessageKey } from '@/lib/i18n/catalog';
import type { ToneHint } from '@/lib/questions/tone';
import { ToneHints } from '../ToneHints';

export type SuggestionMode = 'normal' | 'grow' | 'mentor' | 'teacher' | 'first-meeting';

export interface SuggestionRow {
  id: string;
  text: string;
  /** Why it is suggested, in a few words. */
  reason: string;
  /** For GROW mode: Goal, Reality, Options or Will. */
  step?: string;
  /** Tone hints on a question the user wrote or edited (the library's own pass the lint). */
  hints?: ToneHint[];
  /** Where to take it once asked: a probe deeper, then a close. */
  followUps?: string[];
  /** Built from this person's own notes, agenda or action items ("from last time"). */
  fromLastTime?: boolean;
}

/** A question marked asked in this meeting, with the follow-ups it carries. */
export interface FollowUpThread {
  id: string;
  text: string;
  followUps: string[];
}

export interface SuggestedQuestionsProps {
  suggestions: SuggestionRow[];
  mode: SuggestionMode;
  onModeChange: (mode: SuggestionMode) => void;
  onAsked: (id: string, addToNotes: boolean) => void;
  onSkip: (id: string) => void;
  onMoreLikeThis: (id: string) => void;
  /** Questions asked in this meeting, newest first, with their follow-ups. */
  threads?: FollowUpThread[];
  /** A follow-up asked (goes into the notes when that box is ticked). */
  onFollowUpAsked?: (text: string, addToNotes: boolean) => void;
  onCloseThread?: (id: string) => void;
}

const MODES: { mode: SuggestionMode; label: MessageKey }[] = [
  { mode: 'normal', label: 'suggestModeNormal' },
  { mode: 'grow', label: 'suggestModeGrow' },
  { mode: 'mentor', label: 'suggestModeMentor' },
  { mode: 'teacher', label: 'suggestModeTeacher' },
  { mode: 'first-meeting', label: 'suggestModeFirst' },
];

/** A few questions to choose from, never a script: each says why it is here. */
export function SuggestedQuestions(props: SuggestedQuestionsProps) {
  const [addToNotes, setAddToNotes] = useState(true);
  return (
    <>
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
                {s.fromLastTime && <span class="badge">{t('suggestFromLastTime')}</span>}
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
      {props.threads && props.threads.length > 0 && (
        <FollowUps
          threads={props.threads}
          onAsked={(text) => props.onFollowUpAsked?.(text, addToNotes)}
          onClose={(id) => props.onCloseThread?.(id)}
        />
      )}
    </>
  );
}

const FOLLOW_UP_LABEL: MessageKey[] = ['followUpDeeper', 'followUpClose'];

/** Where to take a question once it is asked: the probe first, then a way to land it. */
function FollowUps(props: {
  threads: FollowUpThread[];
  onAsked: (text: string) => void;
  onClose: (id: string) => void;
}) {
  return (
    <section aria-label={t('followUpsHeading')} class="prep-section follow-ups">
      <h2>{t('followUpsHeading')}</h2>
      <ul class="list">
        {props.threads.map((thread) => (
          <li key={thread.id} class="follow-up-thread">
            <p class="muted small follow-up-asked">
              {t('suggestAskedLabel', { text: thread.text })}
            </p>
            <ol class="follow-up-list">
              {thread.followUps.map((f, i) => (
                <li key={f} class="follow-up">
                  <span class="badge">{t(FOLLOW_UP_LABEL[i] ?? 'followUpThen')}</span>{' '}
                  <span class="follow-up-text">{f}</span>{' '}
                  <button
                    type="button"
                    class="btn small"
                    aria-label={t('followUpAskedLabel', { text: f })}
                    onClick={() => props.onAsked(f)}
                  >
                    {t('suggestAsked')}
                  </button>
                </li>
              ))}
            </ol>
            <button
              type="button"
              class="btn small"
              aria-label={t('followUpDoneLabel', { text: thread.text })}
              onClick={() => props.onClose(thread.id)}
            >
              {t('followUpDone')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
