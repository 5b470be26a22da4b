import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { Who } from '@/lib/schema/records';
import {
  fieldErrors,
  QUICK_KIND_LABELS,
  QUICK_KINDS,
  QuickNoteValues,
  type QuickKind,
} from './quick-note-schema';

export interface QuickNoteFormProps {
  /** Null until a person is chosen: saving then explains what is missing. */
  personName: string | null;
  /** Resolves when stored; rejects with a message to show. */
  onSave: (values: QuickNoteValues) => Promise<void>;
}

/**
 * Type, Ctrl/Cmd+Enter: the textbox is focused on open so saving takes two interactions. What
 * the text becomes (note, agenda item, action item) is remembered for the next one.
 */
export function QuickNoteForm({ personName, onSave }: QuickNoteFormProps) {
  const [text, setText] = useState('');
  const [kind, setKind] = useState<QuickKind>('note');
  const [owner, setOwner] = useState<Who>('me');
  const [due, setDue] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [status, setStatus] = useState('');
  const [saving, setSaving] = useState(false);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const id = useId();

  // Ready to type on open, unless the user already went somewhere (e.g. the Person field).
  useEffect(() => {
    const active = document.activeElement;
    if (!active || active === document.body) textRef.current?.focus();
  }, []);

  const save = async () => {
    if (saving) return;
    setStatus('');
    const parsed = QuickNoteValues.safeParse({ kind, text, owner, due });
    const problems = parsed.success ? {} : fieldErrors(parsed.error);
    if (!personName) problems.person = 'Choose a person first.';
    setErrors(problems);
    if (!parsed.success || !personName) {
      (parsed.success
        ? textRef.current
        : document.getElementById(`${id}-${Object.keys(problems)[0]}`)
      )?.focus();
      return;
    }
    setSaving(true);
    try {
      await onSave(parsed.data);
      setText('');
      setDue('');
      setStatus(`Saved as ${QUICK_KIND_LABELS[kind].toLowerCase()} for ${personName}.`);
    } catch (error) {
      setErrors({ form: error instanceof Error ? error.message : String(error) });
    } finally {
      setSaving(false);
      // Back to the note for the next one, unless the user has moved on meanwhile (saving is
      // asynchronous: they may already be typing another person's name).
      const active = document.activeElement;
      if (!active || active === document.body || textRef.current?.form?.contains(active)) {
        textRef.current?.focus();
      }
    }
  };

  const described = (field: string) => (errors[field] ? `${id}-${field}-error` : undefined);
  const errorText = (field: string) =>
    errors[field] ? (
      <p id={`${id}-${field}-error`} class="error">
        {errors[field]}
      </p>
    ) : null;

  return (
    <form
      noValidate
      class="stack quick-note"
      aria-label="Quick note"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      {errorText('person')}
      <textarea
        ref={textRef}
        id={`${id}-text`}
        class="field"
        aria-label="Quick note"
        aria-invalid={errors.text ? true : undefined}
        aria-describedby={described('text') ?? `${id}-hint`}
        placeholder={personName ? `A note about ${personName}…` : 'A quick note…'}
        value={text}
        onInput={(e) => setText(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey) && !e.isComposing) {
            e.preventDefault();
            void save();
          }
        }}
      />
      {errorText('text')}
      <fieldset class="kind-choice">
        <legend class="small muted">Save as</legend>
        {QUICK_KINDS.map((k) => (
          <label key={k} class="small">
            <input
              type="radio"
              name={`${id}-kind`}
              value={k}
              checked={kind === k}
              onChange={() => setKind(k)}
            />{' '}
            {QUICK_KIND_LABELS[k]}
          </label>
        ))}
      </fieldset>
      {kind === 'action' && (
        <div class="row">
          <label class="small">
            Owner{' '}
            <select
              class="field"
              value={owner}
              onChange={(e) => setOwner(e.currentTarget.value as Who)}
            >
              <option value="me">Me</option>
              <option value="them">Them</option>
            </select>
          </label>
          <label class="small">
            Due date{' '}
            <input
              id={`${id}-due`}
              class="field"
              type="date"
              value={due}
              aria-invalid={errors.due ? true : undefined}
              aria-describedby={described('due')}
              onInput={(e) => setDue(e.currentTarget.value)}
            />
          </label>
          {errorText('due')}
        </div>
      )}
      <div class="row">
        <button type="submit" class="btn primary" disabled={saving}>
          Save note
        </button>
        <span id={`${id}-hint`} class="small muted">
          Ctrl+Enter saves
        </span>
      </div>
      {errorText('form')}
      <p class="small ok-text" role="status">
        {status}
      </p>
    </form>
  );
}
