import type { ActionRow } from '@/components/prep/ActionItemsList';
import type { AgendaRow } from '@/components/prep/AgendaList';
import type { PrepData } from '@/lib/rpc/methods';

type Bundle = PrepData['bundle'];

/** The agenda as the sidebar's lists show it (the agenda list and the recap's topics). */
export function agendaRows(agenda: Bundle['agenda']): AgendaRow[] {
  return agenda.map((a) => ({
    id: a.id,
    text: a.text,
    addedBy: a.addedBy,
    done: a.done,
    carriedOver: a.carriedOver,
    visibility: a.visibility,
    ...(a.fromEvent && { fromEvent: true }),
  }));
}

/** Action items as the sidebar's lists show them (the action list and the recap). */
export function actionRows(actions: Bundle['actions']): ActionRow[] {
  return actions.map((a) => ({
    id: a.id,
    text: a.text,
    owner: a.owner,
    done: a.done,
    visibility: a.visibility,
    ...(a.due && { due: a.due }),
  }));
}
