import { describe, expect, it } from 'vitest';
import { reorderAroundHidden, withoutPrivate } from '@/lib/privacy/private-items';

const items = [
  { id: 'a', visibility: 'shared' as const },
  { id: 'b', visibility: 'private' as const },
  { id: 'c', visibility: 'shared' as const },
  { id: 'd', visibility: 'private' as const },
];

describe('withoutPrivate', () => {
  it('leaves private items out and counts them while hiding', () => {
    const { shown, hiddenCount } = withoutPrivate(items, true);
    expect(shown.map((i) => i.id)).toEqual(['a', 'c']);
    expect(hiddenCount).toBe(2);
  });

  it('keeps everything when not hiding', () => {
    expect(withoutPrivate(items, false)).toEqual({ shown: items, hiddenCount: 0 });
  });
});

describe('reorderAroundHidden', () => {
  it('moves the shown items while the hidden ones keep their places', () => {
    // The user sees a, c, e and drags e to the top.
    expect(reorderAroundHidden(['a', 'b', 'c', 'd', 'e'], ['e', 'a', 'c'])).toEqual([
      'e',
      'b',
      'a',
      'd',
      'c',
    ]);
  });

  it('is the plain order when nothing is hidden', () => {
    expect(reorderAroundHidden(['a', 'b', 'c'], ['c', 'b', 'a'])).toEqual(['c', 'b', 'a']);
  });
});
