import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { CATEGORIES, GROW_STEPS, RELATIONSHIPS, type Relationship } from '@/lib/schema/common';
import type { ToneHint } from '@/lib/questions/tone';
import { ToneHints } from '../ToneHints';
import { FieldError, fieldErrors, invalidProps, type FieldErrors } from './form-errors';
import {
  CATEGORY_LABELS,
  DEPTH_LABELS,
  QuestionForm,
  type QuestionFormValues,
} from './question-schema';

export interface QuestionEditorProps {
  /** Empty for a new question. */
  initial: QuestionFormValues;
  heading: string;
  /** The tone lint, run as the user types (pure, fast). */
  lint: (text: string) => ToneHint[];
  onSave: (values: QuestionFormValues) => Promise<void>;
  onCancel: () => void;
}

/** Add or edit one question; tone hints appear while typing, nothing is stored until valid. */
export function QuestionEditor({ initial, heading, lint, onSave, onCancel }: QuestionEditorProps) {
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const id = useId();
  const textRef = useRef<HTMLTextAreaElement>(null);
  // The editor opens on request (Add, Edit): the question is what the user came to type.
  useEffect(() => textRef.current?.focus(), []);
  const hints = lint(draft.text);
  const set = <K extends keyof QuestionFormValues>(key: K, value: QuestionFormValues[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));
  const toggleRelationship = (r: Relationship, on: boolean) =>
    set(
      'relationships',
      on ? [...draft.relationships, r] : draft.relationships.filter((x) => x !== r),
    );

  const submit = async () => {
    const parsed = QuestionForm.safeParse({
      ...draft,
      growStep: draft.category === 'grow' ? draft.growStep : undefined,
    });
    if (!parsed.success) return setErrors(fieldErrors(parsed.error));
    setErrors({});
    try {
      await onSave(parsed.data);
    } catch (error) {
      setErrors({ form: error instanceof Error ? error.message : String(error) });
    }
  };

  return (
    <form
      noValidate
      class="card stack"
      aria-label={heading}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
      onKeyDown={(e) => e.key === 'Escape' && onCancel()}
    >
      <h3>{heading}</h3>
      <label class="stack">
        <span>Question</span>
        <textarea
          ref={textRef}
          class="field"
          rows={2}
          value={draft.text}
          onInput={(e) => set('text', e.currentTarget.value)}
          {...invalidProps(errors, 'text', id)}
        />
      </label>
      <FieldError errors={errors} field="text" idPrefix={id} />
      <ToneHints hints={hints} onUseRewrite={(text) => set('text', text)} />
      <div class="row">
        <label>
          Category{' '}
          <select
            class="field"
            value={draft.category}
            onChange={(e) =>
              set('category', e.currentTarget.value as QuestionFormValues['category'])
            }
          >
            {CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {CATEGORY_LABELS[c]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Depth{' '}
          <select
            class="field"
            value={String(draft.depth)}
            onChange={(e) => set('depth', Number(e.currentTarget.value) as 1 | 2 | 3)}
          >
            {([1, 2, 3] as const).map((d) => (
              <option key={d} value={d}>
                {DEPTH_LABELS[d]}
              </option>
            ))}
          </select>
        </label>
        {draft.category === 'grow' && (
          <label>
            GROW step{' '}
            <select
              class="field"
              value={draft.growStep ?? 'goal'}
              onChange={(e) =>
                set('growStep', e.currentTarget.value as QuestionFormValues['growStep'])
              }
            >
              {GROW_STEPS.map((s) => (
                <option key={s} value={s}>
                  {s}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      <fieldset class="row plain" {...invalidProps(errors, 'relationships', id)}>
        <legend>Fits when they are my…</legend>
        {RELATIONSHIPS.map((r) => (
          <label key={r} class="small">
            <input
              type="checkbox"
              checked={draft.relationships.includes(r)}
              onChange={(e) => toggleRelationship(r, e.currentTarget.checked)}
            />{' '}
            {r}
          </label>
        ))}
      </fieldset>
      <FieldError errors={errors} field="relationships" idPrefix={id} />
      <FieldError errors={errors} field="form" idPrefix={id} />
      <div class="row">
        <button type="submit" class="btn primary">
          Save question
        </button>
        <button type="button" class="btn" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
