import { useCallback, useEffect, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import { Prep } from '@/components/prep/Prep';
import type { PastMeetingRow } from '@/components/prep/PastNotes';
import { mergeHistory, pastRows } from './past-rows';
import type { PrepData } from '@/lib/rpc/methods';
import { t } from '@/lib/i18n/catalog';
import { formatDay } from '@/lib/i18n/format';
import type { AddressChoice } from '@/lib/i18n/address';
import { rpc } from '@/lib/rpc/client';
import { usePrivateHidden } from '@/lib/hooks/use-private-hidden';
import { withoutPrivate } from '@/lib/privacy/private-items';
import type { StoredQuestion } from '@/lib/schema/records';
import { actionsProps, agendaProps } from './agenda-props';
import { headerProps, relationshipQuestion } from './prep-header-props';
import { cachedQuestions, cachedSettings } from './shared-reads';
import { suggestionsProps } from './suggestion-props';
import { useMeetingNote } from './use-meeting-note';
import { usePastSearch } from './use-past-search';
import { useSuggestions } from './use-suggestions';
import { useHandover } from './use-handover';
import { useOwnQuestionHints } from './use-own-question-hints';

const HIT_KIND = { note: 'hitNote', agenda: 'hitAgenda', action: 'hitAction' } as const;

export interface PrepContainerProps {
  /** The recurring series this meeting belongs to, when the page told us. */
  seriesKey?: string;
  /** The calendar's own time zone (IANA), when the page states it: the meeting time is shown in it. */
  timeZone?: string;
  /** The open event's description as plain lines (its topics join the agenda). */
  description?: string;
  /** The account owner as the calendar names them (owner of topics and hand-over texts). */
  self?: { name?: string; email?: string };
  /** Loads (or reloads) the prep for this view: a 1:1 the page opened, or a person picked. */
  load: () => Promise<PrepData>;
  /** Changes whenever load should run again for a different meeting. */
  loadKey: string;
  /** Bumped when data changed elsewhere. */
  changeTick: number;
  onClose?: () => void;
  /** The container registers its flush so the frame can save before hiding. */
  registerFlush?: (flush: () => Promise<void>) => void;
}

export function PrepContainer({
  seriesKey,
  timeZone,
  description,
  self = {},
  load,
  loadKey,
  changeTick,
  onClose,
  registerFlush,
}: PrepContainerProps) {
  const [data, setData] = useState<PrepData | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [questions, setQuestions] = useState<StoredQuestion[]>([]);
  const [address, setAddress] = useState<AddressChoice>('du');
  const [seriesRule, setSeriesRule] = useState<'always' | 'never' | null>(null);
  const meetingId = data?.bundle.meeting.id;
  const note = useMeetingNote(meetingId, data?.bundle.note, registerFlush);
  const ownHints = useOwnQuestionHints(questions);
  const { query, setQuery, hits } = usePastSearch(data?.bundle.person.id);
  const privacy = usePrivateHidden();
  const suggestions = useSuggestions(data, questions, address, privacy.hidden !== false);
  // Until storage answered, nothing private is drawn (and no banner either).
  const showPrivate = privacy.hidden === false;

  // Load on a new meeting; keep the old one's pending text safe first. A layout effect: it starts
  // right after this render instead of after the next paint, as a plain effect would.
  useLayoutEffect(() => {
    let cancelled = false;
    void (async () => {
      await note.flush();
      try {
        const next = await load();
        if (cancelled) return;
        setData(next);
        setError(null);
      } catch (e) {
        if (!cancelled) setError(e instanceof Error ? e.message : String(e));
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [loadKey]);

  useEffect(() => {
    void cachedQuestions().then(setQuestions, () => undefined);
    // German questions read in the form of address Settings chose (du or Sie).
    void cachedSettings().then(
      (settings) => setAddress(settings.address),
      () => undefined,
    );
  }, [changeTick]);

  useEffect(() => {
    if (!seriesKey) return;
    void cachedSettings().then(
      (settings) => setSeriesRule(settings.seriesOverrides[seriesKey] ?? null),
      () => undefined,
    );
  }, [seriesKey, changeTick]);

  // A local performance mark in the frame that first shows a meeting's data (layout effects run
  // before that paint; the frame callback then marks it): the benchmark reads it (prep latency).
  useLayoutEffect(() => {
    if (!meetingId) return;
    requestAnimationFrame(() => performance.mark('tandem:prep-painted', { detail: { meetingId } }));
  }, [meetingId]);

  const refresh = useCallback(async () => {
    if (!meetingId) return;
    const next = await rpc('prepView', meetingId);
    setData((d) =>
      d && d.history.length > next.history.length
        ? { ...next, history: mergeHistory(next.history, d.history) }
        : next,
    );
    note.external(next.bundle.note);
  }, [meetingId]);

  useEffect(() => {
    if (changeTick > 0) void refresh().catch(() => undefined);
  }, [changeTick]);

  const act = (promise: Promise<unknown>) =>
    promise
      .then(refresh)
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  const handover = useHandover(data, { description, self }, act, refresh);

  const past = useMemo<PastMeetingRow[]>(() => (data ? pastRows(data) : []), [data]);

  if (error && !data)
    return (
      <p class="banner" role="alert">
        {error}
      </p>
    );
  if (!data || privacy.hidden === null)
    return (
      <p class="muted empty-shell" aria-busy="true">
        {t('loading')}
      </p>
    );

  const { bundle } = data;
  const { person, meeting } = bundle;

  return (
    <>
      {error && (
        <p class="banner" role="alert">
          {error}
        </p>
      )}
      <Prep
        {...(privacy.hidden && {
          privateHidden: { shortcut: privacy.shortcut, onReveal: () => privacy.set(false) },
        })}
        header={headerProps(
          data,
          timeZone,
          showPrivate,
          act,
          note.flush,
          onClose,
          seriesKey,
          seriesRule,
          setSeriesRule,
          setError,
        )}
        isFirstMeeting={bundle.pastMeetingCount === 0}
        askRelationship={relationshipQuestion(person, act)}
        agenda={agendaProps(data, showPrivate, act, handover)}
        recap={
          handover.recap.panel && !showPrivate
            ? {
                ...handover.recap.panel,
                topics: withoutPrivate(handover.recap.panel.topics, true).shown,
                actions: withoutPrivate(handover.recap.panel.actions, true).shown,
              }
            : handover.recap.panel
        }
        actions={actionsProps(data, showPrivate, act)}
        suggestions={suggestionsProps(
          data,
          suggestions,
          questions,
          ownHints,
          showPrivate,
          note,
          act,
        )}
        note={{
          text: note.text,
          status: note.state.status,
          ...(note.state.error && { error: note.state.error }),
          conflicts: note.state.conflicts,
          onInput: note.input,
          onDismissConflicts: () => {
            if (bundle.note) void act(rpc('dismissConflicts', 'note', bundle.note.id));
            note.clearConflicts();
          },
          mood: {
            ...(bundle.note?.mood && { mood: bundle.note.mood }),
            onMood: (mood) => act(rpc('setMeetingMood', meeting.id, mood)),
          },
        }}
        past={{
          meetings: past,
          query,
          onQuery: setQuery,
          ...(hits && {
            hits: hits.map((h) => ({
              id: `${h.kind}:${h.id}`,
              when: formatDay(h.updatedAt),
              text: h.snippet,
              kind: t(HIT_KIND[h.kind]),
            })),
          }),
          hasMore: bundle.pastMeetingCount > data.history.length,
          onLoadMore: () => {
            const oldest = data.history[data.history.length - 1]?.meeting.start;
            if (!oldest) return;
            void rpc('historyPage', person.id, { before: oldest, limit: 10 }).then((more) =>
              setData((d) => (d ? { ...d, history: [...d.history, ...more] } : d)),
            );
          },
        }}
      />
    </>
  );
}
