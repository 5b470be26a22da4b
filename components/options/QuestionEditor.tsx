import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { t } from '@/lib/i18n/catalog';
import { GROW_STEP_LABELS, RELATIONSHIP_LABELS } from '@/lib/i18n/labels';
import { CATEGORIES, GROW_STEPS, RELATIONSHIPS, type Relationship } from '@/lib/schema/common';
import type { ToneHint } from '@/lib/questions/tone';
import { ToneHints } from '../ToneHints';
import { FieldError, FormActions, invalidProps, submitForm, type FieldErrors } from './form-errors';
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
  /** The tone lint of the question's language, run as the user types (pure, fast). */
  lint: (text: string, lang: 'en' | 'de') => ToneHint[];
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
  const lang = draft.lang ?? 'en';
  const hints = [
    ...lint(draft.text, lang),
    ...(lang === 'de' && draft.textFormal ? lint(draft.textFormal, lang) : []),
  ];
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
    // An empty "Sie" field means the question has no formal form.
    await submitForm(parsed, setErrors, ({ textFormal, ...rest }) =>
      onSave(textFormal ? { ...rest, textFormal } : rest),
    );
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
        <span>{t('editorQuestion')}</span>
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
      {lang === 'de' && (
        <label class="stack">
          <span>{t('editorQuestionFormal')}</span>
          <textarea
            class="field"
            rows={2}
            value={draft.textFormal ?? ''}
            onInput={(e) => set('textFormal', e.currentTarget.value)}
            {...invalidProps(errors, 'textFormal', id)}
          />
        </label>
      )}
      <FieldError errors={errors} field="textFormal" idPrefix={id} />
      <ToneHints hints={hints} onUseRewrite={(text) => set('text', text)} />
      <div class="row">
        <label>
          {t('editorCategory')}{' '}
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
          {t('editorDepth')}{' '}
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
            {t('editorGrowStep')}{' '}
            <select
              class="field"
              value={draft.growStep ?? 'goal'}
              onChange={(e) =>
                set('growStep', e.currentTarget.value as QuestionFormValues['growStep'])
              }
            >
              {GROW_STEPS.map((s) => (
                <option key={s} value={s}>
                  {GROW_STEP_LABELS[s]}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      <fieldset class="row plain" {...invalidProps(errors, 'relationships', id)}>
        <legend>{t('editorFits')}</legend>
        {RELATIONSHIPS.map((r) => (
          <label key={r} class="small">
            <input
              type="checkbox"
              checked={draft.relationships.includes(r)}
              onChange={(e) => toggleRelationship(r, e.currentTarget.checked)}
            />{' '}
            {RELATIONSHIP_LABELS[r]}
          </label>
        ))}
      </fieldset>
      <FieldError errors={errors} field="relationships" idPrefix={id} />
      <FormActions errors={errors} idPrefix={id} submitLabel={t('editorSave')}>
        <button type="button" class="btn" onClick={onCancel}>
          {t('editorCancel')}
        </button>
      </FormActions>
    </form>
  );
}
