import { t, tn, type MessageKey } from '@/lib/i18n/catalog';
import { RELATIONSHIPS, type Relationship } from '@/lib/schema/vocabulary';
import { MoodTrend, type MoodTrendProps } from './MoodTrend';

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
  /** The moods of recent meetings; absent when fewer than two or while private text is hidden. */
  moodTrend?: MoodTrendProps['points'];
  /** For a recurring series: the user's rule for it, and how to change it. */
  series?: { rule: 'always' | 'never' | null; onRule: (rule: 'always' | 'never' | null) => void };
}

const RELATIONSHIP_LABEL: Record<Relationship, MessageKey> = {
  report: 'headerRelReport',
  manager: 'headerRelManager',
  peer: 'headerRelPeer',
  'skip-level': 'headerRelSkipLevel',
  'skip-level-up': 'headerRelSkipLevelUp',
  mentor: 'headerRelMentor',
  mentee: 'headerRelMentee',
  other: 'headerRelOther',
};

function lastMet(days: number | undefined): string {
  if (days === undefined) return t('headerFirstMeeting');
  if (days === 0) return t('headerLastMetToday');
  if (days === 1) return t('headerLastMetYesterday');
  return tn('headerLastMetDaysAgo', days);
}

export function PrepHeader(props: PrepHeaderProps) {
  return (
    <header class="prep-header">
      <div class="row">
        <input
          class="name-field grow"
          aria-label={t('headerPersonName')}
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
            aria-label={t('headerClose')}
            title={t('headerCloseHint')}
            onClick={props.onClose}
          >
            ×
          </button>
        )}
      </div>
      <div class="row small">
        <select
          class="field relationship"
          aria-label={t('headerRelationship')}
          value={props.relationship}
          onChange={(e) => props.onRelationship(e.currentTarget.value as Relationship)}
        >
          {RELATIONSHIPS.map((r) => (
            <option key={r} value={r}>
              {t(RELATIONSHIP_LABEL[r])}
            </option>
          ))}
        </select>
        <span class="muted">{props.when}</span>
      </div>
      <div class="row small">
        <span class="muted">{lastMet(props.lastMetDaysAgo)}</span>
        {props.cadenceSlipped && <span class="badge warn">{t('headerCadenceSlipped')}</span>}
        {props.moodTrend && <MoodTrend points={props.moodTrend} />}
        {props.series && (
          <span class="series-rule">
            <button
              type="button"
              class="btn icon small"
              aria-pressed={props.series.rule === 'always'}
              title={t('headerAlwaysHint')}
              onClick={() => props.series?.onRule(props.series.rule === 'always' ? null : 'always')}
            >
              {t('headerAlways')}
            </button>
            <button
              type="button"
              class="btn icon small"
              title={t('headerNeverHint')}
              onClick={() => props.series?.onRule('never')}
            >
              {t('headerNever')}
            </button>
          </span>
        )}
      </div>
    </header>
  );
}
