// The Prep header's props and the one-time relationship question, built here so PrepContainer stays the wiring.
import type { PrepHeaderProps } from '@/components/prep/PrepHeader';
import type { RelationshipQuestionProps } from '@/components/prep/RelationshipQuestion';
import { formatWhen } from '@/lib/i18n/format';
import { moodTrend } from '@/lib/prep/mood-trend';
import { cadenceSlipped, daysBetween } from '@/lib/prep/view-model';
import { rpc } from '@/lib/rpc/client';
import type { PrepData } from '@/lib/rpc/methods';

type Act = (promise: Promise<unknown>) => Promise<unknown>;
type SeriesRule = 'always' | 'never' | null;

/**
 * Who, when, how long since last time, the mood trend, and this series' rule. Plain parameters,
 * not one object: the sidebar's size is measured, and an object's keys would ship twice.
 */
export function headerProps(
  data: PrepData,
  /** The calendar's own time zone (IANA), when the page states it. */
  timeZone: string | undefined,
  showPrivate: boolean,
  act: Act,
  /** Saves the meeting's note before the sidebar closes. */
  flushNote: () => Promise<void>,
  onClose: (() => void) | undefined,
  seriesKey: string | undefined,
  seriesRule: SeriesRule,
  setSeriesRule: (rule: SeriesRule) => void,
  setError: (message: string) => void,
): PrepHeaderProps {
  const { person, meeting } = data.bundle;
  const now = new Date().toISOString();
  const lastMet = data.bundle.previousMeeting?.start;
  const trend = moodTrend(data.bundle.recentMoods);
  return {
    name: person.displayName,
    relationship: person.relationship,
    when: formatWhen(meeting.start, timeZone),
    ...(lastMet && {
      lastMetDaysAgo: daysBetween(lastMet, meeting.start < now ? meeting.start : now),
    }),
    cadenceSlipped: cadenceSlipped(person.cadence, lastMet, meeting.start),
    ...(showPrivate && trend.length > 0 && { moodTrend: trend }),
    onRename: (displayName) =>
      act(rpc('savePerson', person.id, { displayName }, { baseRev: person.rev })),
    onRelationship: (relationship) =>
      act(
        rpc(
          'savePerson',
          person.id,
          { relationship, relationshipAsked: true },
          { baseRev: person.rev },
        ),
      ),
    ...(onClose && {
      onClose: () => {
        void flushNote();
        onClose();
      },
    }),
    ...(seriesKey && {
      series: {
        rule: seriesRule,
        onRule: (rule) => {
          setSeriesRule(rule);
          rpc('setSeriesOverride', seriesKey, rule).then(
            () => rule === 'never' && onClose?.(),
            (e: unknown) => setError(e instanceof Error ? e.message : String(e)),
          );
        },
      },
    }),
  };
}

/** Asked once, the first time Tandem meets someone it knows nothing about ("other"). */
export function relationshipQuestion(
  person: PrepData['bundle']['person'],
  act: Act,
): RelationshipQuestionProps | null {
  return person.relationship === 'other' && !person.relationshipAsked
    ? {
        name: person.displayName,
        onAnswer: (relationship) =>
          act(
            rpc(
              'savePerson',
              person.id,
              { ...(relationship && { relationship }), relationshipAsked: true },
              { baseRev: person.rev },
            ),
          ),
      }
    : null;
}
