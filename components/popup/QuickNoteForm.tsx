import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { t } from '@/lib/i18n/catalog';
import type { Who } from '@/lib/schema/records';
import type { FeedbackKind } from '@/lib/schema/growth';
import {
  fieldErrors,
  QUICK_KIND_LABELS,
  QUICK_KINDS,
  QUICK_SAVED,
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
  const [feedbackKind, setFeedbackKind] = useState<FeedbackKind>('praise');
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
    const parsed = QuickNoteValues.safeParse({ kind, text, owner, due, feedbackKind });
    const problems = parsed.success ? {} : fieldErrors(parsed.error);
    if (!personName) problems.person = t('quickChoosePerson');
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
      setStatus(t(QUICK_SAVED[kind], { name: personName }));
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
      aria-label={t('quickHeading')}
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
        aria-label={t('quickHeading')}
        aria-invalid={errors.text ? true : undefined}
        aria-describedby={described('text') ?? `${id}-hint`}
        placeholder={
          personName ? t('quickPlaceholderFor', { name: personName }) : t('quickPlaceholder')
        }
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
        <legend class="small muted">{t('quickSaveAs')}</legend>
        {QUICK_KINDS.map((k) => (
          <label key={k} class="small">
            <input
              type="radio"
              name={`${id}-kind`}
              value={k}
              checked={kind === k}
              onChange={() => setKind(k)}
            />{' '}
            {t(QUICK_KIND_LABELS[k])}
          </label>
        ))}
      </fieldset>
      {kind === 'feedback' && (
        <div class="row">
          <label class="small">
            {t('quickFeedbackKind')}{' '}
            <select
              class="field"
              value={feedbackKind}
              onChange={(e) => setFeedbackKind(e.currentTarget.value as FeedbackKind)}
            >
              <option value="praise">{t('feedbackPraise')}</option>
              <option value="concern">{t('feedbackConcern')}</option>
            </select>
          </label>
        </div>
      )}
      {kind === 'action' && (
        <div class="row">
          <label class="small">
            {t('quickOwner')}{' '}
            <select
              class="field"
              value={owner}
              onChange={(e) => setOwner(e.currentTarget.value as Who)}
            >
              <option value="me">{t('quickOwnerMe')}</option>
              <option value="them">{t('quickOwnerThem')}</option>
            </select>
          </label>
          <label class="small">
            {t('quickDueDate')}{' '}
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
          {t('quickSave')}
        </button>
        <span id={`${id}-hint`} class="small muted">
          {t('quickSaveHint')}
        </span>
      </div>
      {errorText('form')}
      <p class="small ok-text" role="status">
        {status}
      </p>
    </form>
  );
}
