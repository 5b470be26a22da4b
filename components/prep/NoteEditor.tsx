import { t, type MessageKey } from '@/lib/i18n/catalog';
import { MoodChoice, type MoodChoiceProps } from './MoodChoice';

export type SaveStatus = 'idle' | 'saving' | 'saved' | 'error';

export interface NoteEditorProps {
  text: string;
  status: SaveStatus;
  /** A clear message when saving failed (quota, a stopped background); the text is kept. */
  error?: string;
  /** Other versions kept after a concurrent edit elsewhere. */
  conflicts: { text: string; at: string }[];
  onInput: (text: string) => void;
  onDismissConflicts: () => void;
  /** The meeting's mood, noted beside its notes. */
  mood: MoodChoiceProps;
}

const STATUS_TEXT: Record<SaveStatus, MessageKey> = {
  idle: 'noteStatusIdle',
  saving: 'noteStatusSaving',
  saved: 'noteStatusSaved',
  error: 'noteStatusError',
};

/** This occurrence's notes. Autosaved by the container (debounced); private by default. */
export function NoteEditor({
  text,
  status,
  error,
  conflicts,
  onInput,
  onDismissConflicts,
  mood,
}: NoteEditorProps) {
  return (
    <section aria-label={t('notesHeading')} class="prep-section">
      <h2>{t('notesHeading')}</h2>
      <textarea
        class="field note-field"
        aria-label={t('notesField')}
        placeholder={t('notesPlaceholder')}
        value={text}
        onInput={(e) => onInput(e.currentTarget.value)}
        rows={6}
      />
      <MoodChoice {...mood} />
      <p class={`small ${status === 'error' ? 'error' : 'muted'}`} role="status" aria-live="polite">
        {error ?? t(STATUS_TEXT[status])}
      </p>
      {conflicts.length > 0 && (
        <div class="banner stack" role="alert">
          <p>{t('notesConflict')}</p>
          {conflicts.map((c) => (
            <pre key={c.at} class="conflict-text">
              {c.text}
            </pre>
          ))}
          <button type="button" class="btn small" onClick={onDismissConflicts}>
            {t('notesConflictMerged')}
          </button>
        </div>
      )}
    </section>
  );
}
