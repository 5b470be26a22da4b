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
    <section aria-label="Past notes" class="prep-section">
      <h2>Past notes</h2>
      <input
        class="field"
        type="search"
        aria-label="Search past notes"
        placeholder="Search notes, agenda and actions…"
        value={query}
        onInput={(e) => onQuery(e.currentTarget.value)}
      />
      {query && hits && (
        <ul class="list" aria-label="Search results">
          {hits.length === 0 && <li class="muted small">Nothing found.</li>}
          {hits.map((hit) => (
            <li key={hit.id} class="card small">
              <span class="badge">{hit.kind}</span> <span class="muted">{hit.when}</span>
              <p class="past-text">{hit.text}</p>
            </li>
          ))}
        </ul>
      )}
      {!query && meetings.length === 0 && (
        <p class="muted small">No earlier meetings with this person yet.</p>
      )}
      {!query && (
        <ul class="list">
          {meetings.map((m, index) => (
            <li key={m.meetingId}>
              <details class="past-meeting" open={index === 0}>
                <summary>
                  <span>{m.when}</span> <span class="muted small">{m.title}</span>
                </summary>
                {m.notes.length === 0 && m.agendaDone.length === 0 && (
                  <p class="muted small">No notes.</p>
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
          Show older meetings
        </button>
      )}
    </section>
  );
}
