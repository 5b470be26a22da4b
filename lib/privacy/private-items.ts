/**
 * Screen-share safe mode leaves private agenda and action items out of every list (not hidden by
 * CSS: never rendered). Pure, so the sidebar, the prep page and the popup filter the same way.
 */
export type Visibility = 'shared' | 'private';

export interface Filtered<T> {
  shown: T[];
  /** How many were left out: the list says so, without a word of them. */
  hiddenCount: number;
}

export function withoutPrivate<T extends { visibility: Visibility }>(
  items: readonly T[],
  hidePrivate: boolean,
): Filtered<T> {
  if (!hidePrivate) return { shown: [...items], hiddenCount: 0 };
  const shown = items.filter((i) => i.visibility !== 'private');
  return { shown, hiddenCount: items.length - shown.length };
}

/**
 * A reorder of the shown items only, applied to the whole list: hidden items keep their places
 * and the shown ones fill the other places in their new order (ids not in `allIds` are ignored).
 */
export function reorderAroundHidden(
  allIds: readonly string[],
  shownOrder: readonly string[],
): string[] {
  const shown = new Set(shownOrder);
  const queue = shownOrder.filter((id) => allIds.includes(id));
  let next = 0;
  return allIds.map((id) => (shown.has(id) ? queue[next++]! : id));
}
