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
    <section aria-label="Recap" class="prep-section recap">
      <div class="row">
        <h2 class="grow">Recap</h2>
        <button type="button" class="btn icon" aria-label="Close the recap" onClick={props.onClose}>
          ×
        </button>
      </div>
      <h3>What did you cover?</h3>
      {topics.length === 0 && <p class="muted small">Nothing on the agenda.</p>}
      <ul class="list">
        {topics.map((t) => (
          <li key={t.id} class={`agenda-item ${t.visibility}`}>
            <label class="grow agenda-label">
              <input
                type="checkbox"
                checked={t.done}
                onChange={(e) => props.onCovered(t.id, e.currentTarget.checked)}
              />
              <span>{t.text}</span>
            </label>
            {t.visibility === 'private' && <span class="badge warn">private, stays out</span>}
          </li>
        ))}
      </ul>
      <h3>Who does what by when?</h3>
      {actions.length === 0 && <p class="muted small">No open action items.</p>}
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
            {a.visibility === 'private' && <span class="badge warn">private, stays out</span>}
          </li>
        ))}
      </ul>
      <label class="small" for="recap-decisions">
        Decisions (one per line)
      </label>
      <textarea
        id="recap-decisions"
        class="field"
        rows={3}
        maxLength={5000}
        value={props.decisions}
        onInput={(e) => props.onDecisions(e.currentTarget.value)}
      />
      <h3>What will be copied</h3>
      <pre class="recap-preview" aria-label="Recap preview">
        {props.preview}
      </pre>
      <div class="handover-row">
        <CopyButton label="Copy recap" onCopy={props.onCopy} />
      </div>
    </section>
  );
}
