import { useId, useState } from 'preact/hooks';
import { t } from '@/lib/i18n/catalog';
import { CADENCE_LABELS, RELATIONSHIP_LABELS } from '@/lib/i18n/labels';
import { CADENCES, RELATIONSHIPS } from '@/lib/schema/common';
import type { Person } from '@/lib/schema/records';
import { FieldError, FormActions, invalidProps, submitForm, type FieldErrors } from './form-errors';
import { draftOf, PersonForm, type PersonFormDraft, type PersonFormValues } from './person-schema';

export interface PersonEditorProps {
  person: Person;
  /** Everyone else, for "merge into". */
  others: Person[];
  onSave: (values: PersonFormValues) => Promise<void>;
  onArchive: (archived: boolean) => void;
  /** Moves all of this person's history to `keepId` and removes this record. */
  onMergeInto: (keepId: string) => Promise<void>;
  onMarkdown: () => void;
  /** Markdown for their next manager: shared topics and open action items, no private notes. */
  onHandover: () => void;
}

/** One person: name, emails, relationship and cadence; archive; merge a duplicate away. */
export function PersonEditor({
  person,
  others,
  onSave,
  onArchive,
  onMergeInto,
  onMarkdown,
  onHandover,
}: PersonEditorProps) {
  const [draft, setDraft] = useState<PersonFormDraft>(() => draftOf(person));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [status, setStatus] = useState('');
  const [mergeTarget, setMergeTarget] = useState('');
  const id = useId();
  const set = (patch: Partial<PersonFormDraft>) => setDraft((d) => ({ ...d, ...patch }));

  const save = async () => {
    setStatus('');
    if (await submitForm(PersonForm.safeParse(draft), setErrors, onSave))
      setStatus(t('personSaved'));
  };

  return (
    <form
      noValidate
      class="card stack"
      aria-label={t('personEdit', { name: person.displayName })}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <div class="form-grid">
        <label for={`${id}-name`}>{t('personName')}</label>
        <div>
          <input
            id={`${id}-name`}
            class="field"
            value={draft.displayName}
            onInput={(e) => set({ displayName: e.currentTarget.value })}
            {...invalidProps(errors, 'displayName', id)}
          />
          <FieldError errors={errors} field="displayName" idPrefix={id} />
        </div>
        <label for={`${id}-emails`}>{t('personEmails')}</label>
        <div>
          <input
            id={`${id}-emails`}
            class="field"
            value={draft.emails}
            placeholder={t('personEmailsPlaceholder')}
            onInput={(e) => set({ emails: e.currentTarget.value })}
            {...invalidProps(errors, 'emails', id)}
          />
          <FieldError errors={errors} field="emails" idPrefix={id} />
        </div>
        <label for={`${id}-rel`}>{t('personRelationship')}</label>
        <select
          id={`${id}-rel`}
          class="field"
          value={draft.relationship}
          onChange={(e) =>
            set({ relationship: e.currentTarget.value as PersonFormDraft['relationship'] })
          }
        >
          {RELATIONSHIPS.map((r) => (
            <option key={r} value={r}>
              {RELATIONSHIP_LABELS[r]}
            </option>
          ))}
        </select>
        <label for={`${id}-cadence`}>{t('personCadence')}</label>
        <select
          id={`${id}-cadence`}
          class="field"
          value={draft.cadence}
          onChange={(e) => set({ cadence: e.currentTarget.value as PersonFormDraft['cadence'] })}
        >
          <option value="">{t('personCadenceNone')}</option>
          {CADENCES.map((c) => (
            <option key={c} value={c}>
              {CADENCE_LABELS[c]}
            </option>
          ))}
        </select>
      </div>
      <FormActions errors={errors} idPrefix={id} submitLabel={t('personSave')} status={status}>
        <button type="button" class="btn" onClick={() => onArchive(!person.archived)}>
          {person.archived ? t('personUnarchive') : t('personArchive')}
        </button>
        <button type="button" class="btn" onClick={onMarkdown}>
          {t('dataExportMarkdown')}
        </button>
        <button type="button" class="btn" title={t('personHandoverHint')} onClick={onHandover}>
          {t('personHandover')}
        </button>
      </FormActions>
      {others.length > 0 && (
        <div class="row">
          <label>
            {t('personMergeInto')}{' '}
            <select
              class="field auto"
              value={mergeTarget}
              onChange={(e) => setMergeTarget(e.currentTarget.value)}
            >
              <option value="">{t('dataChoosePerson')}</option>
              {others.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.displayName}
                  {o.emails[0] ? ` (${o.emails[0]})` : ''}
                </option>
              ))}
            </select>
          </label>
          <button
            type="button"
            class="btn danger"
            disabled={!mergeTarget}
            onClick={() => void onMergeInto(mergeTarget).then(() => setMergeTarget(''))}
          >
            {t('personMerge')}
          </button>
          <span class="small muted">{t('personMergeHint')}</span>
        </div>
      )}
    </form>
  );
}
