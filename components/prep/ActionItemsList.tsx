import { useState } from 'preact/hooks';

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
    <section aria-label="Action items" class="prep-section">
      <h2>Action items</h2>
      {items.length === 0 && <p class="muted small">No open action items.</p>}
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
            {item.owner === 'me' ? (
              <span class="badge" title="You own this">
                mine
              </span>
            ) : (
              <span class="badge" title={`${personName} owns this`}>
                theirs
              </span>
            )}
            {item.due && (
              <span class={`badge${item.due < today && !item.done ? ' warn' : ''}`}>
                {item.due < today && !item.done ? 'overdue · ' : 'due '}
                {item.due}
              </span>
            )}
          </li>
        ))}
      </ul>
      <div class="row add-row">
        <input
          class="field grow"
          type="text"
          aria-label="Add action item"
          placeholder="Add action item…"
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
          aria-label="Owner"
          value={owner}
          onChange={(e) => setOwner(e.currentTarget.value as 'me' | 'them')}
        >
          <option value="me">me</option>
          <option value="them">{personName}</option>
        </select>
        <input
          class="field due"
          type="date"
          aria-label="Due date"
          value={due}
          onInput={(e) => setDue(e.currentTarget.value)}
        />
      </div>
    </section>
  );
}
