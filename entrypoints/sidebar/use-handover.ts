import { useEffect, useState } from 'preact/hooks';
import type { RecapPanelProps } from '@/components/prep/RecapPanel';
import { agendaForInvite, recapText, type HandoverNames } from '@/lib/agenda/handover';
import type { PrepData } from '@/lib/rpc/methods';
import { formatDay } from '@/lib/i18n/format';
import { rpc } from '@/lib/rpc/client';
import { copyText } from './clipboard';
import { actionRows, agendaRows } from './item-rows';
import { useEventTopics } from './use-event-topics';

/** How long after a meeting the sidebar opens the wrap-up by itself. */
const RECENT_MS = 3 * 86_400_000;

/**
 * What the sidebar hands to the other person and takes from them: the event's topics (into the
 * agenda), the agenda block for the invite, and the recap. The names are as the calendar shows
 * them (the user's own from the page, else "me").
 */
export function useHandover(
  data: PrepData | null,
  event: { description?: string | undefined; self: { name?: string; email?: string } },
  act: (p: Promise<unknown>) => Promise<unknown>,
  refresh: () => Promise<void>,
) {
  useEventTopics(data, event.description, event.self, () => void refresh().catch(() => undefined));
  const names = { me: event.self.name || 'me', them: data?.bundle.person.displayName ?? '' };
  const recap = useRecap(data, names, act);
  return {
    recap,
    copyAgenda: () => copyText(agendaForInvite(data?.bundle.agenda ?? [], names)),
  };
}

/**
 * The recap after a meeting: open by itself once the meeting has ended (for a few days), or on
 * demand. Decisions are typed for the recap only and kept while the frame lives; covered topics,
 * owners and due dates are written to the records as they are changed.
 */
function useRecap(
  data: PrepData | null,
  names: HandoverNames,
  act: (p: Promise<unknown>) => Promise<unknown>,
): { panel: RecapPanelProps | null; open: () => void } {
  const meeting = data?.bundle.meeting;
  const [shown, setShown] = useState(false);
  const [decisions, setDecisions] = useState('');
  useEffect(() => {
    if (!meeting) return;
    const ended = Date.parse(meeting.end);
    const now = Date.now();
    setShown(ended < now && now - ended < RECENT_MS);
    setDecisions('');
  }, [meeting?.id]);
  if (!data || !meeting || !shown) return { panel: null, open: () => setShown(true) };
  const { agenda, actions } = data.bundle;
  const openActions = actions.filter((a) => !a.done);
  const text = recapText({
    title: meeting.title,
    when: formatDay(meeting.start),
    names,
    agenda,
    decisions: decisions.split('\n'),
    actions: openActions,
  });
  return {
    open: () => setShown(true),
    panel: {
      personName: names.them,
      topics: agendaRows(agenda),
      actions: actionRows(openActions),
      decisions,
      preview: text,
      onCovered: (id, covered) =>
        void act(rpc('setAgendaDone', id, covered, { inMeetingId: meeting.id })),
      onOwner: (id, owner) => void act(rpc('editActionItem', id, { owner })),
      onDue: (id, due) => void act(rpc('editActionItem', id, { due })),
      onDecisions: setDecisions,
      onCopy: () => copyText(text),
      onClose: () => setShown(false),
    },
  };
}
