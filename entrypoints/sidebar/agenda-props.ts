// The agenda's and the action items' props, built here so PrepContainer stays the wiring.
import type { ActionItemsListProps } from '@/components/prep/ActionItemsList';
import type { AgendaListProps } from '@/components/prep/AgendaList';
import { todayIsoDay } from '@/lib/prep/view-model';
import { reorderAroundHidden, withoutPrivate } from '@/lib/privacy/private-items';
import { rpc } from '@/lib/rpc/client';
import type { PrepData } from '@/lib/rpc/methods';
import { actionRows, agendaRows } from './item-rows';
import { standingRows } from './standing-rows';
import type { useHandover } from './use-handover';

type Act = (promise: Promise<unknown>) => Promise<unknown>;

/** This meeting's agenda with its standing topics; private items left out while hidden. */
export function agendaProps(
  data: PrepData,
  showPrivate: boolean,
  act: Act,
  handover: ReturnType<typeof useHandover>,
): AgendaListProps {
  const { bundle } = data;
  const { person, meeting } = bundle;
  const agenda = withoutPrivate(agendaRows(bundle.agenda), !showPrivate);
  return {
    items: agenda.shown,
    hiddenPrivateCount: agenda.hiddenCount,
    onAdd: (text, addedBy) =>
      act(rpc('addAgendaItem', { personId: person.id, meetingId: meeting.id, text, addedBy })),
    onToggle: (id, done) => act(rpc('setAgendaDone', id, done, { inMeetingId: meeting.id })),
    onReorder: (ids) =>
      act(
        rpc(
          'reorderAgenda',
          reorderAroundHidden(
            bundle.agenda.map((a) => a.id),
            ids,
          ),
        ),
      ),
    onSetAddedBy: (id, who) => act(rpc('setAgendaAddedBy', id, who)),
    onSetVisibility: (id, visibility) => act(rpc('setAgendaVisibility', id, visibility)),
    onRemove: (id) => act(rpc('removeAgendaItem', id, meeting.id)),
    onCopyForInvite: handover.copyAgenda,
    onWrapUp: handover.recap.open,
    standing: {
      rows: standingRows(data, !showPrivate),
      onToggle: (id, discussed) =>
        act(rpc('setStandingTopicDiscussed', person.id, id, meeting.id, discussed)),
      onAdd: (text, every, unit) => act(rpc('addStandingTopic', person.id, { text, every, unit })),
      onRemove: (id) => act(rpc('removeStandingTopic', person.id, id)),
    },
  };
}

/** The open action items with this person; private ones left out while hidden. */
export function actionsProps(data: PrepData, showPrivate: boolean, act: Act): ActionItemsListProps {
  const { person, meeting } = data.bundle;
  const actions = withoutPrivate(actionRows(data.bundle.actions), !showPrivate);
  return {
    items: actions.shown,
    hiddenPrivateCount: actions.hiddenCount,
    personName: person.displayName,
    today: todayIsoDay(new Date()),
    onAdd: (text, owner, due) =>
      act(
        rpc('addActionItem', {
          personId: person.id,
          meetingId: meeting.id,
          text,
          owner,
          ...(due && { due }),
        }),
      ),
    onToggle: (id, done) => act(rpc('setActionDone', id, done)),
    onSetVisibility: (id, visibility) => act(rpc('editActionItem', id, { visibility })),
  };
}
