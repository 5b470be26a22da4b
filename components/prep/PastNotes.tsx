import { t } from '@/lib/i18n/catalog';

export interface PastMeetingRow {
  meetingId: string;
  title: string;
  /** Display date, already formatted. */
  when: string;
  notes: string[];
  agendaDone: string[];
}

export interface PastNotesProps {
  meetings: PastMeetingRow[];
  query: string;
  onQuery: (query: string) => void;
  /** Search hits when a query is set (notes, agenda and action items). */
  hits?: { id: string; when: string; text: string; kind: string }[];
  hasMore: boolean;
  onLoadMore: () => void;
}

/** One running history per person, newest first; each occurrence of a series kept apart. */
export function PastNotes({ meetings, query, onQuery, hits, hasMore, onLoadMore }: PastNotesProps) {
  return (
    <section aria-label={t('pastHeading')} class="prep-section">
      <h2>{t('pastHeading')}</h2>
      <input
        class="field"
        type="search"
        aria-label={t('pastSearch')}
        placeholder={t('pastSearchPlaceholder')}
        value={query}
        onInput={(e) => onQuery(e.currentTarget.value)}
      />
      {query && hits && (
        <ul class="list" aria-label={t('pastSearchResults')}>
          {hits.length === 0 && <li class="muted small">{t('pastNothingFound')}</li>}
          {hits.map((hit) => (
            <li key={hit.id} class="card small">
              <span class="badge">{hit.kind}</span> <span class="muted">{hit.when}</span>
              <p class="past-text">{hit.text}</p>
            </li>
          ))}
        </ul>
      )}
      {!query && meetings.length === 0 && <p class="muted small">{t('pastEmpty')}</p>}
      {!query && (
        <ul class="list">
          {meetings.map((m, index) => (
            <li key={m.meetingId}>
              <details class="past-meeting" open={index === 0}>
                <summary>
                  <span>{m.when}</span> <span class="muted small">{m.title}</span>
                </summary>
                {m.notes.length === 0 && m.agendaDone.length === 0 && (
                  <p class="muted small">{t('pastNoNotes')}</p>
                )}
                {m.notes.map((text, i) => (
                  <p key={i} class="past-text">
                    {text}
                  </p>
                ))}
                {m.agendaDone.length > 0 && (
                  <ul class="small">
                    {m.agendaDone.map((text, i) => (
                      <li key={i}>✓ {text}</li>
                    ))}
                  </ul>
                )}
              </details>
            </li>
          ))}
        </ul>
      )}
      {!query && hasMore && (
        <button type="button" class="btn small" onClick={onLoadMore}>
          {t('pastShowOlder')}
        </button>
      )}
    </section>
  );
}
