import { isOverdue } from '@/lib/commitments/order';

export interface CommitmentRow {
  id: string;
  personId: string;
  personName: string;
  text: string;
  due?: string;
  /** Ticked off in this popup: it stays in place (struck through) so a slip can be undone. */
  done: boolean;
}

export interface MyCommitmentsProps {
  /** Already ordered: overdue first. */
  items: CommitmentRow[];
  /** Today as YYYY-MM-DD (components read no clock). */
  today: string;
  onToggle: (id: string, done: boolean) => void;
  prepHref: (personId: string) => string;
  onOpenPrep: (personId: string) => void;
}

/** What I promised, to everyone: open action items I own, ticked off right here. */
export function MyCommitments({
  items,
  today,
  onToggle,
  prepHref,
  onOpenPrep,
}: MyCommitmentsProps) {
  return (
    <section aria-label="My commitments" class="stack people-links">
      <h2>My commitments</h2>
      {items.length === 0 ? (
        <p class="small muted">Nothing open that you own. Promises you make show up here.</p>
      ) : (
        <ul class="list">
          {items.map((item) => {
            const overdue = !item.done && isOverdue(item, today);
            return (
              <li key={item.id} class={`commitment row${item.done ? ' done' : ''}`}>
                <label class="grow commitment-label">
                  <input
                    type="checkbox"
                    checked={item.done}
                    onChange={(e) => onToggle(item.id, e.currentTarget.checked)}
                  />
                  <span class="commitment-text">{item.text}</span>
                </label>
                <a
                  class="small"
                  href={prepHref(item.personId)}
                  onClick={(e) => {
                    e.preventDefault();
                    onOpenPrep(item.personId);
                  }}
                >
                  {item.personName}
                </a>
                {item.due && (
                  <span class={`badge${overdue ? ' warn' : ''}`}>
                    {overdue ? 'overdue · ' : 'due '}
                    {item.due}
                  </span>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
