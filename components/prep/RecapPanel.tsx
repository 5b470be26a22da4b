import { t } from '@/lib/i18n/catalog';
import { CopyButton } from './CopyButton';
import { OwnerDueFields } from './OwnerDueFields';
import type { ActionRow } from './ActionItemsList';
import type { AgendaRow } from './AgendaList';
import './handover.css';

export type RecapTopic = Pick<AgendaRow, 'id' | 'text' | 'done' | 'visibility'>;
export type RecapAction = ActionRow;

export interface RecapPanelProps {
  personName: string;
  topics: RecapTopic[];
  actions: RecapAction[];
  decisions: string;
  /** Exactly what "Copy recap" copies. */
  preview: string;
  onCovered: (id: string, covered: boolean) => void;
  onOwner: (id: string, owner: 'me' | 'them') => void;
  /** null clears the due date. */
  onDue: (id: string, due: string | null) => void;
  onDecisions: (text: string) => void;
  onCopy: () => Promise<boolean>;
  onClose: () => void;
}

/**
 * The wrap-up after a 1:1: tick what was covered, confirm who does what by when, note the
 * decisions, and copy a recap for a chat or an e-mail. Private items are listed for ticking but
 * marked as staying out; the preview shows exactly what leaves.
 */
export function RecapPanel(props: RecapPanelProps) {
  const { personName, topics, actions } = props;
  return (
    <section aria-label={t('recapHeading')} class="prep-section recap">
      <div class="row">
        <h2 class="grow">{t('recapHeading')}</h2>
        <button type="button" class="btn icon" aria-label={t('recapClose')} onClick={props.onClose}>
          ×
        </button>
      </div>
      <h3>{t('recapCovered')}</h3>
      {topics.length === 0 && <p class="muted small">{t('recapNoTopics')}</p>}
      <ul class="list">
        {topics.map((topic) => (
          <li key={topic.id} class={`agenda-item ${topic.visibility}`}>
            <label class="grow agenda-label">
              <input
                type="checkbox"
                checked={topic.done}
                onChange={(e) => props.onCovered(topic.id, e.currentTarget.checked)}
              />
              <span>{topic.text}</span>
            </label>
            {topic.visibility === 'private' && <span class="badge warn">{t('recapStaysOut')}</span>}
          </li>
        ))}
      </ul>
      <h3>{t('recapWhoWhat')}</h3>
      {actions.length === 0 && <p class="muted small">{t('actionsEmpty')}</p>}
      <ul class="list">
        {actions.map((a) => (
          <li key={a.id} class={`action-item ${a.visibility}`}>
            <span class="grow">{a.text}</span>
            <OwnerDueFields
              of={a.text}
              owner={a.owner}
              due={a.due ?? ''}
              personName={personName}
              onOwner={(owner) => props.onOwner(a.id, owner)}
              onDue={(due) => props.onDue(a.id, due || null)}
            />
            {a.visibility === 'private' && <span class="badge warn">{t('recapStaysOut')}</span>}
          </li>
        ))}
      </ul>
      <label class="small" for="recap-decisions">
        {t('recapDecisions')}
      </label>
      <textarea
        id="recap-decisions"
        class="field"
        rows={3}
        maxLength={5000}
        value={props.decisions}
        onInput={(e) => props.onDecisions(e.currentTarget.value)}
      />
      <h3>{t('recapPreviewHeading')}</h3>
      <pre class="recap-preview" aria-label={t('recapPreview')}>
        {props.preview}
      </pre>
      <div class="handover-row">
        <CopyButton label={t('recapCopy')} onCopy={props.onCopy} />
      </div>
    </section>
  );
}
