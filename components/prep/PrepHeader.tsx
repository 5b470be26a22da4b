import { RELATIONSHIPS, type Relationship } from '@/lib/schema/vocabulary';

export interface PrepHeaderProps {
  name: string;
  relationship: Relationship;
  /** This meeting's time, formatted. */
  when: string;
  /** Days since the previous meeting; undefined for a first meeting. */
  lastMetDaysAgo?: number;
  /** The cadence the person should be met at has slipped. */
  cadenceSlipped: boolean;
  onRename: (name: string) => void;
  onRelationship: (relationship: Relationship) => void;
  onClose?: () => void;
  /** For a recurring series: the user's rule for it, and how to change it. */
  series?: { rule: 'always' | 'never' | null; onRule: (rule: 'always' | 'never' | null) => void };
}

const RELATIONSHIP_LABEL: Record<Relationship, string> = {
  report: 'reports to me',
  manager: 'my manager',
  peer: 'peer',
  'skip-level': 'skip-level (two levels below me)',
  'skip-level-up': "my manager's manager",
  mentor: 'my mentor',
  mentee: 'my mentee',
  other: 'other',
};

function lastMet(days: number | undefined): string {
  if (days === undefined) return 'First 1:1';
  if (days === 0) return 'Last met today';
  if (days === 1) return 'Last met yesterday';
  return `Last met ${days} days ago`;
}

export function PrepHeader(props: PrepHeaderProps) {
  return (
    <header class="prep-header">
      <div class="row">
        <input
          class="name-field grow"
          aria-label="Person name"
          value={props.name}
          maxLength={300}
          onChange={(e) => {
            const name = e.currentTarget.value.trim();
            if (name && name !== props.name) props.onRename(name);
          }}
        />
        {props.onClose && (
          <button
            type="button"
            class="btn icon"
            aria-label="Close prep"
            title="Close (Esc)"
            onClick={props.onClose}
          >
            ×
          </button>
        )}
      </div>
      <div class="row small">
        <select
          class="field relationship"
          aria-label="Relationship"
          value={props.relationship}
          onChange={(e) => props.onRelationship(e.currentTarget.value as Relationship)}
        >
          {RELATIONSHIPS.map((r) => (
            <option key={r} value={r}>
              {RELATIONSHIP_LABEL[r]}
            </option>
          ))}
        </select>
        <span class="muted">{props.when}</span>
      </div>
      <div class="row small">
        <span class="muted">{lastMet(props.lastMetDaysAgo)}</span>
        {props.cadenceSlipped && <span class="badge warn">cadence slipped</span>}
        {props.series && (
          <span class="series-rule">
            <button
              type="button"
              class="btn icon small"
              aria-pressed={props.series.rule === 'always'}
              title="Always prepare this recurring meeting as a 1:1"
              onClick={() => props.series?.onRule(props.series.rule === 'always' ? null : 'always')}
            >
              Always a 1:1
            </button>
            <button
              type="button"
              class="btn icon small"
              title="Stop preparing this recurring meeting"
              onClick={() => props.series?.onRule('never')}
            >
              Not a 1:1
            </button>
          </span>
        )}
      </div>
    </header>
  );
}
