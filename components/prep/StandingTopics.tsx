import { useState } from 'preact/hooks';
import { t, tn } from '@/lib/i18n/catalog';

export interface StandingRow {
  id: string;
  text: string;
  /** "every 2 meetings" */
  schedule: string;
  /** Due in this meeting (lib/agenda/standing.ts). */
  due: boolean;
  /** Ticked off in this meeting. */
  discussedHere: boolean;
  /** "last discussed Mon, Nov 23", "not discussed yet" */
  last: string;
  /** When not due: "due in 1 meeting", "due in 6 days". */
  dueIn?: string;
  /** Earlier discussions, newest first, with what the meeting's note said about it. */
  history: { when: string; said: string | null }[];
}

export interface StandingTopicsProps {
  rows: StandingRow[];
  onToggle: (id: string, discussed: boolean) => void;
  onAdd: (text: string, every: number, unit: 'meetings' | 'weeks') => void;
  onRemove: (id: string) => void;
}

function History({ row }: { row: StandingRow }) {
  if (row.history.length === 0) return null;
  return (
    <details class="standing-history">
      <summary class="small">{t('standingHistory')}</summary>
      <ul class="small">
        {row.history.map((h, i) => (
          <li key={i}>
            <span class="muted">{h.when}</span>
            {h.said ? `: ${h.said}` : ` (${t('standingHistoryNothing')})`}
          </li>
        ))}
      </ul>
    </details>
  );
}

/**
 * Standing topics inside the Agenda: the ones due in this meeting (or ticked off in it) as
 * agenda rows with their history; all of them, with when each is due and a form to add one, in a
 * fold below.
 */
export function StandingTopics({ rows, onToggle, onAdd, onRemove }: StandingTopicsProps) {
  const [text, setText] = useState('');
  const [every, setEvery] = useState(2);
  const [unit, setUnit] = useState<'meetings' | 'weeks'>('meetings');
  const due = rows.filter((r) => r.due || r.discussedHere);
  const submit = () => {
    const topic = text.trim();
    if (!topic) return;
    onAdd(topic, every, unit);
    setText('');
  };
  return (
    <div class="standing">
      {due.length > 0 && (
        <ul class="list" aria-label={t('standingDueList')}>
          {due.map((row) => (
            <li key={row.id} class={`agenda-item standing-item${row.discussedHere ? ' done' : ''}`}>
              <div class="agenda-body">
                <label class="grow agenda-label">
                  <input
                    type="checkbox"
                    checked={row.discussedHere}
                    aria-label={t('standingDiscussed', { text: row.text })}
                    onChange={(e) => onToggle(row.id, e.currentTarget.checked)}
                  />
                  <span class="agenda-text">{row.text}</span>
                </label>
                <div class="agenda-meta">
                  <span
                    class="badge standing-badge"
                    title={t('standingBadgeTitle', { schedule: row.schedule })}
                  >
                    {t('standingBadge')}
                  </span>
                  <span class="muted small">
                    {row.schedule} · {row.last}
                  </span>
                </div>
                <History row={row} />
              </div>
            </li>
          ))}
        </ul>
      )}
      <details class="standing-all">
        <summary class="small">{tn('standingAll', rows.length)}</summary>
        <ul class="list small" aria-label={t('standingAllList')}>
          {rows.map((row) => (
            <li key={row.id} class="row standing-row">
              <span class="grow">
                {row.text} <span class="muted">· {row.schedule}</span>{' '}
                <span class="muted">· {row.due ? t('standingDueNow') : row.dueIn}</span>
              </span>
              <button
                type="button"
                class="btn icon"
                aria-label={t('standingRemove', { text: row.text })}
                title={t('standingRemoveTitle')}
                onClick={() => onRemove(row.id)}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
        <div class="row add-row standing-add">
          <input
            class="field grow"
            type="text"
            aria-label={t('standingAddLabel')}
            placeholder={t('standingAddPlaceholder')}
            maxLength={300}
            value={text}
            onInput={(e) => setText(e.currentTarget.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && !e.isComposing) {
                e.preventDefault();
                submit();
              }
            }}
          />
          <label class="small muted">
            {t('standingEveryLabel')}{' '}
            <input
              class="field every"
              type="number"
              min={1}
              max={52}
              aria-label={t('standingEveryCount')}
              value={every}
              onInput={(e) => {
                const n = Number(e.currentTarget.value);
                if (Number.isInteger(n) && n >= 1 && n <= 52) setEvery(n);
              }}
            />
          </label>
          <select
            class="field unit"
            aria-label={t('standingUnit')}
            value={unit}
            onChange={(e) => setUnit(e.currentTarget.value === 'weeks' ? 'weeks' : 'meetings')}
          >
            <option value="meetings">{t('standingUnitMeetings')}</option>
            <option value="weeks">{t('standingUnitWeeks')}</option>
          </select>
          <button type="button" class="btn small" onClick={submit}>
            {t('standingAddButton')}
          </button>
        </div>
      </details>
    </div>
  );
}
