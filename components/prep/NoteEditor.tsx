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
}

const STATUS_TEXT: Record<SaveStatus, string> = {
  idle: 'Private to you, stored on this computer',
  saving: 'Saving…',
  saved: 'Saved on this computer',
  error: 'Not saved yet',
};

/** This occurrence's notes. Autosaved by the container (debounced); private by default. */
export function NoteEditor({
  text,
  status,
  error,
  conflicts,
  onInput,
  onDismissConflicts,
}: NoteEditorProps) {
  return (
    <section aria-label="Notes" class="prep-section">
      <h2>Notes</h2>
      <textarea
        class="field note-field"
        aria-label="Meeting notes"
        placeholder="What was said, what you noticed, what to follow up…"
        value={text}
        onInput={(e) => onInput(e.currentTarget.value)}
        rows={6}
      />
      <p class={`small ${status === 'error' ? 'error' : 'muted'}`} role="status" aria-live="polite">
        {error ?? STATUS_TEXT[status]}
      </p>
      {conflicts.length > 0 && (
        <div class="banner stack" role="alert">
          <p>
            This note was also edited elsewhere. Both versions are kept; the other one is below.
          </p>
          {conflicts.map((c) => (
            <pre key={c.at} class="conflict-text">
              {c.text}
            </pre>
          ))}
          <button type="button" class="btn small" onClick={onDismissConflicts}>
            I merged them
          </button>
        </div>
      )}
    </section>
  );
}
