/**
 * Agenda items. One item moves on, it is never copied: an unfinished item stays planned where
 * it was, shows in every later meeting with the person (prepBundle flags it carriedOver) and,
 * when ticked off in a meeting, moves to that meeting. Every change is a field operation
 * applied to the stored item inside the transaction, so adding, reordering and ticking
 * different items from two views never conflicts; only the same text edited twice does.
 */
import type { AgendaItem, Visibility, Who } from '../schema/records';
import { queue, write, type Ctx } from './context';
import { addItem, changeItem, deleteItem, dismissItemConflicts, setItemDone } from './list-items';
import { mergeText, saveResult, withConflicts, type SaveResult, type TextEdit } from './merge';
import { agendaItem, agendaRow, bump } from './rows';

export interface AgendaInput {
  personId: string;
  /** The meeting it is planned for, or null for "next time". */
  meetingId: string | null;
  text: string;
  addedBy?: Who;
  /** Shared unless the user says otherwise. */
  visibility?: Visibility;
}

/** Reads, changes and stores one item in a single transaction. */
const change = (ctx: Ctx, id: string, apply: (item: AgendaItem) => AgendaItem) =>
  changeItem(ctx, 'agenda', id, apply);

export function addAgendaItem(ctx: Ctx, input: AgendaInput): Promise<AgendaItem> {
  return addItem(ctx, 'agenda', (now) => ({
    personId: input.personId,
    meetingId: input.meetingId,
    text: input.text,
    addedBy: input.addedBy ?? 'me',
    // Time-based so a new item lands last without reading the others; reorder renumbers.
    order: Date.parse(now),
    done: false,
    raisedInMeetingId: input.meetingId,
    visibility: input.visibility ?? 'shared',
  }));
}

/** Ticks an item off (or on again). Ticked off in a meeting, the item moves to that meeting. */
export function setAgendaDone(
  ctx: Ctx,
  id: string,
  done: boolean,
  options: { inMeetingId?: string } = {},
): Promise<AgendaItem> {
  const moveTo = options.inMeetingId;
  return setItemDone(ctx, 'agenda', id, done, moveTo !== undefined ? { meetingId: moveTo } : {});
}

export function setAgendaAddedBy(ctx: Ctx, id: string, addedBy: Who): Promise<AgendaItem> {
  return change(ctx, id, (item) => ({ ...item, addedBy }));
}

export function setAgendaVisibility(
  ctx: Ctx,
  id: string,
  visibility: Visibility,
): Promise<AgendaItem> {
  return change(ctx, id, (item) => ({ ...item, visibility }));
}

/** Plans the item for another meeting, or for "next time" (null). */
export function moveAgendaItem(
  ctx: Ctx,
  id: string,
  meetingId: string | null,
): Promise<AgendaItem> {
  return change(ctx, id, (item) => ({ ...item, meetingId }));
}

export async function editAgendaText(
  ctx: Ctx,
  id: string,
  edit: TextEdit,
): Promise<SaveResult<AgendaItem>> {
  const outcome: Pick<SaveResult<unknown>, 'status'> = { status: 'unchanged' };
  const record = await change(ctx, id, (item) => {
    const merged = mergeText(item, edit);
    outcome.status = merged.status;
    return withConflicts({ ...item, text: merged.text }, merged.conflicts);
  });
  return saveResult(outcome.status, record);
}

export function dismissAgendaConflicts(ctx: Ctx, id: string): Promise<AgendaItem> {
  return dismissItemConflicts(ctx, 'agenda', id);
}

/**
 * Puts the listed items in this order. Only their `order` changes, so a concurrent tick or
 * edit of the same items is kept; items not listed (added elsewhere meanwhile) keep theirs.
 */
export async function reorderAgenda(ctx: Ctx, orderedIds: readonly string[]): Promise<void> {
  await write(ctx, ['agenda', 'search'], async (tx, touched) => {
    const rows = await Promise.all(orderedIds.map((id) => tx.objectStore('agenda').get(id)));
    const now = ctx.now();
    rows.forEach((row, index) => {
      if (!row || row.order === index) return;
      const next = bump({ ...agendaItem(row), order: index }, now);
      queue(tx.objectStore('agenda').put(agendaRow(next)));
      touched.add('agenda', next.id);
    });
  });
}

export function deleteAgendaItem(ctx: Ctx, id: string): Promise<void> {
  return deleteItem(ctx, 'agenda', id);
}
