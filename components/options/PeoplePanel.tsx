import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n/catalog';
import { RELATIONSHIP_LABELS } from '@/lib/i18n/labels';
import type { Person } from '@/lib/schema/records';
import { PersonEditor, type PersonEditorProps } from './PersonEditor';

export interface PeoplePanelProps {
  people: Person[];
  onSave: (person: Person, values: Parameters<PersonEditorProps['onSave']>[0]) => Promise<void>;
  onArchive: (id: string, archived: boolean) => void;
  onMerge: (keepId: string, goneId: string) => Promise<void>;
  onMarkdown: (id: string) => void;
  onHandover: (id: string) => void;
}

/** Everyone Tandem knows, archived ones last; one editor open at a time. */
export function PeoplePanel({
  people,
  onSave,
  onArchive,
  onMerge,
  onMarkdown,
  onHandover,
}: PeoplePanelProps) {
  const [openId, setOpenId] = useState<string | null>(null);
  const sorted = [...people].sort(
    (a, b) => Number(a.archived) - Number(b.archived) || a.displayName.localeCompare(b.displayName),
  );
  return (
    <section aria-label={t('peopleHeading')} class="stack" id="people">
      <h2>{t('peopleHeading')}</h2>
      {sorted.length === 0 && <p class="muted small">{t('peopleEmpty')}</p>}
      <ul class="list">
        {sorted.map((p) => (
          <li key={p.id} class="stack">
            <div class="row">
              <button
                type="button"
                class="btn grow person-toggle"
                aria-expanded={openId === p.id}
                onClick={() => setOpenId(openId === p.id ? null : p.id)}
              >
                {p.displayName}
              </button>
              <span class="small muted">{p.emails.join(', ')}</span>
              <span class="badge">{RELATIONSHIP_LABELS[p.relationship]}</span>
              {p.archived && <span class="badge warn">{t('peopleArchived')}</span>}
            </div>
            {openId === p.id && (
              <PersonEditor
                key={p.id}
                person={p}
                others={sorted.filter((o) => o.id !== p.id && !o.archived)}
                onSave={(values) => onSave(p, values)}
                onArchive={(archived) => onArchive(p.id, archived)}
                onMergeInto={async (keepId) => {
                  await onMerge(keepId, p.id);
                  setOpenId(keepId);
                }}
                onMarkdown={() => onMarkdown(p.id)}
                onHandover={() => onHandover(p.id)}
              />
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
