import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n/catalog';
import { formatDate } from '@/lib/i18n/format';
import {
  FEEDBACK_KINDS,
  GOAL_STATUSES,
  type FeedbackKind,
  type GoalStatus,
} from '@/lib/schema/growth';
import { HiddenSection } from '../PrivateHiddenBanner';
import { AddItemRow } from './AddItemRow';
import './growth.css';

export interface GoalRow {
  id: string;
  text: string;
  status: GoalStatus;
}

export interface FeedbackRow {
  id: string;
  day: string;
  kind: FeedbackKind;
  text: string;
}

export interface ReviewRequest {
  from: string;
  to: string;
  includePrivateNotes: boolean;
}

export interface GrowthPanelProps {
  name: string;
  goals: GoalRow[];
  feedback: FeedbackRow[];
  /** YYYY-MM-DD (components read no clock): the new entry's day and the review's end. */
  today: string;
  /** Screen-share safe mode: goals and the feedback log are the user's own words about them. */
  hidden: boolean;
  onAddGoal: (text: string) => void;
  onGoalStatus: (id: string, status: GoalStatus) => void;
  onAddFeedback: (entry: Omit<FeedbackRow, 'id'>) => void;
  onDeleteFeedback: (id: string) => void;
  onExportReview: (request: ReviewRequest) => void;
}

const STATUS_LABEL = {
  active: 'goalActive',
  achieved: 'goalAchieved',
  dropped: 'goalDropped',
} as const;
const KIND_LABEL = { praise: 'feedbackPraise', concern: 'feedbackConcern' } as const;

/** Six months back from `today`: the usual review period. */
function halfYearBefore(today: string): string {
  const d = new Date(`${today}T12:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() - 6);
  return d.toISOString().slice(0, 10);
}

/** Growth and feedback for one person: goals with status, a dated feedback log, a review export. */
export function GrowthPanel(props: GrowthPanelProps) {
  if (props.hidden) return <HiddenSection label={t('growthHeading')} />;
  return (
    <section aria-label={t('growthHeading')} class="prep-section stack growth">
      <h2>{t('growthHeading')}</h2>
      <Goals {...props} />
      <FeedbackLog {...props} />
      <ReviewExport {...props} />
    </section>
  );
}

function Goals({ goals, onAddGoal, onGoalStatus }: GrowthPanelProps) {
  return (
    <div class="stack" role="group" aria-label={t('growthGoalsHeading')}>
      <h3>{t('growthGoalsHeading')}</h3>
      {goals.length === 0 && <p class="muted small">{t('growthGoalsEmpty')}</p>}
      <ul class="list">
        {goals.map((goal) => (
          <li key={goal.id} class={`goal ${goal.status}`}>
            <span class="grow goal-text">{goal.text}</span>
            <select
              class="field auto"
              aria-label={t('goalStatusOf', { text: goal.text })}
              value={goal.status}
              onChange={(e) => onGoalStatus(goal.id, e.currentTarget.value as GoalStatus)}
            >
              {GOAL_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(STATUS_LABEL[s])}
                </option>
              ))}
            </select>
          </li>
        ))}
      </ul>
      <AddItemRow
        label={t('growthAddGoal')}
        placeholder={t('growthAddGoalPlaceholder')}
        onAdd={onAddGoal}
      />
    </div>
  );
}

function FeedbackLog({ feedback, today, onAddFeedback, onDeleteFeedback }: GrowthPanelProps) {
  const [kind, setKind] = useState<FeedbackKind>('praise');
  const [day, setDay] = useState(today);
  return (
    <div class="stack" role="group" aria-label={t('growthFeedbackHeading')}>
      <h3>{t('growthFeedbackHeading')}</h3>
      {feedback.length === 0 && <p class="muted small">{t('growthFeedbackEmpty')}</p>}
      <ul class="list">
        {feedback.map((entry) => (
          <li key={entry.id} class={`feedback-entry ${entry.kind}`}>
            <span class={`badge${entry.kind === 'concern' ? ' warn' : ''}`}>
              {t(KIND_LABEL[entry.kind])}
            </span>
            <span class="small muted">{formatDate(entry.day)}</span>
            <span class="grow">{entry.text}</span>
            <button
              type="button"
              class="btn icon small"
              aria-label={t('feedbackDelete', { text: entry.text })}
              onClick={() => onDeleteFeedback(entry.id)}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <AddItemRow
        label={t('growthAddFeedback')}
        placeholder={t('growthAddFeedbackPlaceholder')}
        onAdd={(text) => onAddFeedback({ day: day || today, kind, text })}
      >
        <select
          class="field auto"
          aria-label={t('quickFeedbackKind')}
          value={kind}
          onChange={(e) => setKind(e.currentTarget.value as FeedbackKind)}
        >
          {FEEDBACK_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(KIND_LABEL[k])}
            </option>
          ))}
        </select>
        <input
          class="field auto"
          type="date"
          aria-label={t('feedbackDay')}
          value={day}
          onInput={(e) => setDay(e.currentTarget.value)}
        />
      </AddItemRow>
    </div>
  );
}

function ReviewExport({ today, onExportReview }: GrowthPanelProps) {
  const [from, setFrom] = useState(() => halfYearBefore(today));
  const [to, setTo] = useState(today);
  const [withNotes, setWithNotes] = useState(false);
  return (
    <div class="stack" role="group" aria-label={t('reviewHeading')}>
      <h3>{t('reviewHeading')}</h3>
      <p class="small muted">{t('reviewHint')}</p>
      <div class="row">
        <label class="small">
          {t('reviewFrom')}{' '}
          <input
            class="field auto"
            type="date"
            value={from}
            onInput={(e) => setFrom(e.currentTarget.value)}
          />
        </label>
        <label class="small">
          {t('reviewTo')}{' '}
          <input
            class="field auto"
            type="date"
            value={to}
            onInput={(e) => setTo(e.currentTarget.value)}
          />
        </label>
      </div>
      <label class="small">
        <input
          type="checkbox"
          checked={withNotes}
          onChange={(e) => setWithNotes(e.currentTarget.checked)}
        />{' '}
        {t('reviewIncludeNotes')}
      </label>
      <div class="row">
        <button
          type="button"
          class="btn"
          disabled={!from || !to || from > to}
          onClick={() => onExportReview({ from, to, includePrivateNotes: withNotes })}
        >
          {t('reviewExport')}
        </button>
      </div>
    </div>
  );
}
