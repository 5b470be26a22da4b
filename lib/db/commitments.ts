/** Open action items the user owns, across every active person: the sparse `byPending` index. */
import type { ActionItem } from '../schema/records';
import { read, type Ctx } from './context';
import { actionItem } from './rows';

export interface OwnedAction {
  item: ActionItem;
  personName: string;
}

export async function openActionsOwnedByMe(ctx: Ctx): Promise<OwnedAction[]> {
  return read(ctx, ['actions', 'people'], async (tx) => {
    // Every key of byPending is an open item's personId: getAll() with no range is all open items.
    const [open, people] = await Promise.all([
      tx.objectStore('actions').index('byPending').getAll(),
      tx.objectStore('people').getAll(),
    ]);
    const active = new Map(people.filter((p) => !p.archived).map((p) => [p.id, p.displayName]));
    return open
      .map(actionItem)
      .filter((a) => a.owner === 'me' && !a.done && active.has(a.personId))
      .map((item) => ({ item, personName: active.get(item.personId)! }));
  });
}
