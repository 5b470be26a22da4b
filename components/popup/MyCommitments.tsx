import { isOverdue } from '@/lib/commitments/order';
import { t } from '@/lib/i18n/catalog';
import { HiddenItemsNote } from '../PrivateHiddenBanner';

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
  /** Private ones left out while screen-share safe mode is on. */
  hiddenPrivateCount?: number;
  /** Today as YYYY-MM-DD (components read no clock). */
  today: string;
  onToggle: (id: string, done: boolean) => void;
  prepHref: (personId: string) => string;
  onOpenPrep: (personId: string) => void;
}

/** What I promised, to everyone: open action items I own, ticked off right here. */
export function MyCommitments({
  items,
  hiddenPrivateCount = 0,
  today,
  onToggle,
  prepHref,
  onOpenPrep,
}: MyCommitmentsProps) {
  return (
    <section aria-label={t('commitmentsHeading')} class="stack people-links">
      <h2>{t('commitmentsHeading')}</h2>
      <HiddenItemsNote count={hiddenPrivateCount} />
      {items.length === 0 ? (
        <p class="small muted">{t('commitmentsEmpty')}</p>
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
                    {overdue
                      ? t('commitmentsOverdue', { due: item.due })
                      : t('commitmentsDue', { due: item.due })}
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
