import { useId, useState } from 'preact/hooks';
import { CADENCES, RELATIONSHIPS } from '@/lib/schema/common';
import type { Person } from '@/lib/schema/records';
import { FieldError, fieldErrors, invalidProps, type FieldErrors } from './form-errors';
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
    const parsed = PersonForm.safeParse(draft);
    if (!parsed.success) return setErrors(fieldErrors(parsed.error));
    setErrors({});
    try {
      await onSave(parsed.data);
      setStatus('Saved.');
    } catch (error) {
      setErrors({ form: error instanceof Error ? error.message : String(error) });
    }
  };

  return (
    <form
      noValidate
      class="card stack"
      aria-label={`Edit ${person.displayName}`}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <div class="form-grid">
        <label for={`${id}-name`}>Name</label>
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
        <label for={`${id}-emails`}>Emails</label>
        <div>
          <input
            id={`${id}-emails`}
            class="field"
            value={draft.emails}
            placeholder="name@example.com, other@example.com"
            onInput={(e) => set({ emails: e.currentTarget.value })}
            {...invalidProps(errors, 'emails', id)}
          />
          <FieldError errors={errors} field="emails" idPrefix={id} />
        </div>
        <label for={`${id}-rel`}>Relationship</label>
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
              {r}
            </option>
          ))}
        </select>
        <label for={`${id}-cadence`}>Cadence</label>
        <select
          id={`${id}-cadence`}
          class="field"
          value={draft.cadence}
          onChange={(e) => set({ cadence: e.currentTarget.value as PersonFormDraft['cadence'] })}
        >
          <option value="">Not set</option>
          {CADENCES.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </select>
      </div>
      <FieldError errors={errors} field="form" idPrefix={id} />
      <div class="row">
        <button type="submit" class="btn primary">
          Save person
        </button>
        <button type="button" class="btn" onClick={() => onArchive(!person.archived)}>
          {person.archived ? 'Restore' : 'Archive'}
        </button>
        <button type="button" class="btn" onClick={onMarkdown}>
          Export Markdown
        </button>
        <button
          type="button"
          class="btn"
          title="For their next manager: shared topics and open action items, never your private notes"
          onClick={onHandover}
        >
          Hand over
        </button>
        <span class="small ok-text" role="status">
          {status}
        </span>
      </div>
      {others.length > 0 && (
        <div class="row">
          <label>
            Merge into{' '}
            <select
              class="field auto"
              value={mergeTarget}
              onChange={(e) => setMergeTarget(e.currentTarget.value)}
            >
              <option value="">Choose a person…</option>
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
            Merge
          </button>
          <span class="small muted">All history moves; this record is removed.</span>
        </div>
      )}
    </form>
  );
}
