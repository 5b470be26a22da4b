import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n/catalog';
import { formatDate } from '@/lib/i18n/format';

export interface ActionRow {
  id: string;
  text: string;
  owner: 'me' | 'them';
  due?: string;
  done: boolean;
}

export interface ActionItemsListProps {
  items: ActionRow[];
  personName: string;
  /** Today as YYYY-MM-DD, to flag overdue items (passed in: components read no clock). */
  today: string;
  onAdd: (text: string, owner: 'me' | 'them', due?: string) => void;
  onToggle: (id: string, done: boolean) => void;
}

/** Open action items with owner and due date; they stay until checked off. */
export function ActionItemsList({
  items,
  personName,
  today,
  onAdd,
  onToggle,
}: ActionItemsListProps) {
  const [draft, setDraft] = useState('');
  const [owner, setOwner] = useState<'me' | 'them'>('me');
  const [due, setDue] = useState('');
  const submit = () => {
    const text = draft.trim();
    if (!text) return;
    onAdd(text, owner, due || undefined);
    setDraft('');
    setDue('');
  };
  return (
    <section aria-label={t('actionsHeading')} class="prep-section">
      <h2>{t('actionsHeading')}</h2>
      {items.length === 0 && <p class="muted small">{t('actionsEmpty')}</p>}
      <ul class="list">
        {items.map((item) => (
          <li key={item.id} class={`action-item${item.done ? ' done' : ''}`}>
            <label class="grow agenda-label">
              <input
                type="checkbox"
                checked={item.done}
                onChange={(e) => onToggle(item.id, e.currentTarget.checked)}
              />
              <span>{item.text}</span>
            </label>
            <span class="badge">{item.owner === 'me' ? t('actionsOwnerMe') : personName}</span>
            {item.due && (
              <span class={`badge${item.due < today && !item.done ? ' warn' : ''}`}>
                {item.due < today && !item.done
                  ? t('actionsOverdue', { date: formatDate(item.due) })
                  : t('actionsDue', { date: formatDate(item.due) })}
              </span>
            )}
          </li>
        ))}
      </ul>
      <div class="row add-row">
        <input
          class="field grow"
          type="text"
          aria-label={t('actionsAdd')}
          placeholder={t('actionsAddPlaceholder')}
          maxLength={5000}
          value={draft}
          onInput={(e) => setDraft(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && !e.isComposing) {
              e.preventDefault();
              submit();
            }
          }}
        />
        <select
          class="field owner"
          aria-label={t('actionsOwner')}
          value={owner}
          onChange={(e) => setOwner(e.currentTarget.value as 'me' | 'them')}
        >
          <option value="me">{t('actionsOwnerMe')}</option>
          <option value="them">{personName}</option>
        </select>
        <input
          class="field due"
          type="date"
          aria-label={t('actionsDueDate')}
          value={due}
          onInput={(e) => setDue(e.currentTarget.value)}
        />
      </div>
    </section>
  );
}
