import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n/catalog';
import { HiddenItemsNote } from '../PrivateHiddenBanner';
import { formatDate } from '@/lib/i18n/format';
import { AddItemRow } from './AddItemRow';
import { OwnerDueFields } from './OwnerDueFields';
import { VisibilityToggle, type Visibility } from './VisibilityToggle';

export interface ActionRow {
  id: string;
  text: string;
  owner: 'me' | 'them';
  due?: string;
  done: boolean;
  visibility: Visibility;
}

export interface ActionItemsListProps {
  items: ActionRow[];
  personName: string;
  /** Today as YYYY-MM-DD, to flag overdue items (passed in: components read no clock). */
  today: string;
  onAdd: (text: string, owner: 'me' | 'them', due?: string) => void;
  onToggle: (id: string, done: boolean) => void;
  onSetVisibility: (id: string, visibility: Visibility) => void;
  /** Private items left out while screen-share safe mode is on (`items` holds the rest). */
  hiddenPrivateCount?: number;
}

/** Open action items with owner and due date; they stay until checked off. */
export function ActionItemsList({
  items,
  personName,
  today,
  onAdd,
  onToggle,
  onSetVisibility,
  hiddenPrivateCount = 0,
}: ActionItemsListProps) {
  const [owner, setOwner] = useState<'me' | 'them'>('me');
  const [due, setDue] = useState('');
  const add = (text: string) => {
    onAdd(text, owner, due || undefined);
    setDue('');
  };
  return (
    <section aria-label={t('actionsHeading')} class="prep-section">
      <h2>{t('actionsHeading')}</h2>
      {items.length === 0 && hiddenPrivateCount === 0 && (
        <p class="muted small">{t('actionsEmpty')}</p>
      )}
      <HiddenItemsNote count={hiddenPrivateCount} />
      <ul class="list">
        {items.map((item) => (
          <li key={item.id} class={`action-item ${item.visibility}${item.done ? ' done' : ''}`}>
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
            <VisibilityToggle
              visibility={item.visibility}
              label={item.text}
              onChange={(v) => onSetVisibility(item.id, v)}
            />
          </li>
        ))}
      </ul>
      <AddItemRow label={t('actionsAdd')} placeholder={t('actionsAddPlaceholder')} onAdd={add}>
        <OwnerDueFields
          owner={owner}
          due={due}
          personName={personName}
          onOwner={setOwner}
          onDue={setDue}
        />
      </AddItemRow>
    </section>
  );
}
