import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n/catalog';
import { HiddenItemsNote } from '../PrivateHiddenBanner';
import { AddItemRow } from './AddItemRow';
import { CopyButton } from './CopyButton';
import { StandingTopics, type StandingTopicsProps } from './StandingTopics';
import { VisibilityToggle, type Visibility } from './VisibilityToggle';

export interface AgendaRow {
  id: string;
  text: string;
  addedBy: 'me' | 'them';
  done: boolean;
  /** Raised in an earlier meeting and still open. */
  carriedOver: boolean;
  visibility: Visibility;
  /** Read from the calendar event's description. */
  fromEvent?: boolean;
}

export interface AgendaListProps {
  items: AgendaRow[];
  onAdd: (text: string, addedBy: 'me' | 'them') => void;
  onToggle: (id: string, done: boolean) => void;
  /** The full new order of ids. */
  onReorder: (ids: string[]) => void;
  onSetAddedBy: (id: string, addedBy: 'me' | 'them') => void;
  onSetVisibility: (id: string, visibility: Visibility) => void;
  /** Private items left out while screen-share safe mode is on (`items` holds the rest). */
  hiddenPrivateCount?: number;
  onRemove: (id: string) => void;
  /** Copies the shared open topics as a block for the invite's description. */
  onCopyForInvite?: () => Promise<boolean>;
  /** Opens the recap (after the meeting, or whenever the user wants one). */
  onWrapUp?: () => void;
  /** The person's standing topics: the due ones join this agenda. */
  standing?: StandingTopicsProps;
}

const whose = (by: 'me' | 'them') => t(by === 'me' ? 'agendaMine' : 'agendaTheirs');

function moved(ids: string[], from: number, to: number): string[] {
  const next = ids.slice();
  const [id] = next.splice(from, 1);
  if (id !== undefined) next.splice(Math.max(0, Math.min(to, next.length)), 0, id);
  return next;
}

/** This meeting's agenda: add with Enter, check off, reorder by keyboard (Alt+↑/↓ or the
 *  buttons) and by dragging, and say whose item it is. */
export function AgendaList({
  items,
  onAdd,
  onToggle,
  onReorder,
  onSetAddedBy,
  onSetVisibility,
  hiddenPrivateCount = 0,
  onRemove,
  onCopyForInvite,
  onWrapUp,
  standing,
}: AgendaListProps) {
  const [addedBy, setAddedBy] = useState<'me' | 'them'>('me');
  const [dragId, setDragId] = useState<string | null>(null);
  const ids = items.map((i) => i.id);
  const move = (index: number, delta: number) => {
    const to = index + delta;
    if (to >= 0 && to < ids.length) onReorder(moved(ids, index, to));
  };
  return (
    <section aria-label={t('agendaHeading')} class="prep-section">
      <h2>{t('agendaHeading')}</h2>
      {items.length === 0 &&
        hiddenPrivateCount === 0 &&
        !standing?.rows.some((r) => r.due || r.discussedHere) && (
          <p class="muted small">{t('agendaEmpty')}</p>
        )}
      <HiddenItemsNote count={hiddenPrivateCount} />
      <ul class="list">
        {items.map((item, index) => (
          <li
            key={item.id}
            class={`agenda-item ${item.visibility}${item.done ? ' done' : ''}${dragId === item.id ? ' dragging' : ''}`}
            draggable
            onDragStart={(e) => {
              setDragId(item.id);
              e.dataTransfer?.setData('text/plain', item.id);
            }}
            onDragOver={(e) => e.preventDefault()}
            onDrop={(e) => {
              e.preventDefault();
              const from = dragId ? ids.indexOf(dragId) : -1;
              if (from >= 0 && from !== index) onReorder(moved(ids, from, index));
              setDragId(null);
            }}
            onDragEnd={() => setDragId(null)}
            onKeyDown={(e) => {
              if (e.altKey && (e.key === 'ArrowUp' || e.key === 'ArrowDown')) {
                e.preventDefault();
                move(index, e.key === 'ArrowUp' ? -1 : 1);
              }
            }}
          >
            <span class="drag-handle" aria-hidden="true">
              ⋮⋮
            </span>
            <div class="agenda-body">
              <label class="grow agenda-label">
                <input
                  type="checkbox"
                  checked={item.done}
                  onChange={(e) => onToggle(item.id, e.currentTarget.checked)}
                />
                <span class="agenda-text">{item.text}</span>
              </label>
              <div class="agenda-meta">
                {item.carriedOver && (
                  <span class="badge warn" title={t('agendaCarriedOverHint')}>
                    {t('agendaCarriedOver')}
                  </span>
                )}
                {item.fromEvent && (
                  <span class="badge from-event" title={t('agendaFromEventHint')}>
                    {t('agendaFromEvent')}
                  </span>
                )}
                <VisibilityToggle
                  visibility={item.visibility}
                  label={item.text}
                  onChange={(v) => onSetVisibility(item.id, v)}
                />
                <button
                  type="button"
                  class="btn icon small"
                  aria-label={t('agendaWhoseItem', { whose: whose(item.addedBy), text: item.text })}
                  onClick={() => onSetAddedBy(item.id, item.addedBy === 'me' ? 'them' : 'me')}
                >
                  {whose(item.addedBy)}
                </button>
                <span class="reorder">
                  <button
                    type="button"
                    class="btn icon"
                    aria-label={t('agendaMoveUp', { text: item.text })}
                    disabled={index === 0}
                    onClick={() => move(index, -1)}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    class="btn icon"
                    aria-label={t('agendaMoveDown', { text: item.text })}
                    disabled={index === items.length - 1}
                    onClick={() => move(index, 1)}
                  >
                    ↓
                  </button>
                  <button
                    type="button"
                    class="btn icon"
                    aria-label={t('agendaRemove', { text: item.text })}
                    title={t('agendaRemoveHint')}
                    onClick={() => onRemove(item.id)}
                  >
                    ×
                  </button>
                </span>
              </div>
            </div>
          </li>
        ))}
      </ul>
      {standing && <StandingTopics {...standing} />}
      <AddItemRow
        label={t('agendaAdd')}
        placeholder={t('agendaAddPlaceholder')}
        onAdd={(text) => onAdd(text, addedBy)}
      >
        <button
          type="button"
          class="btn small"
          aria-label={t('agendaWhoseNew', { whose: whose(addedBy) })}
          onClick={() => setAddedBy(addedBy === 'me' ? 'them' : 'me')}
        >
          {whose(addedBy)}
        </button>
      </AddItemRow>
      {(onCopyForInvite || onWrapUp) && (
        <div class="handover-row">
          {onCopyForInvite && (
            <CopyButton label={t('agendaCopyForInvite')} onCopy={onCopyForInvite} />
          )}
          {onWrapUp && (
            <button type="button" class="btn small" onClick={onWrapUp}>
              {t('agendaWrapUp')}
            </button>
          )}
        </div>
      )}
    </section>
  );
}
