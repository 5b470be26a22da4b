import { describe, expect, it } from 'vitest';
import { resolve, sameData } from '../../../lib/db/import-plan';

const q = (over: Record<string, unknown> = {}) => ({
  id: 'q-1',
  text: 'How are you?',
  category: 'wellbeing',
  depth: 1,
  relationships: ['report'],
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z',
  rev: 1,
  builtIn: true,
  enabled: true,
  edited: false,
  ...over,
});

describe('sameData', () => {
  it('ignores key order and keys holding undefined, not values', () => {
    expect(sameData({ a: 1, b: [1, { c: 'x' }] }, { b: [1, { c: 'x' }], a: 1 })).toBe(true);
    expect(sameData({ a: 1, d: undefined }, { a: 1 })).toBe(true);
    expect(sameData({ a: 1 }, { a: 1, e: null })).toBe(false);
    expect(sameData({ a: [1, 2] }, { a: [2, 1] })).toBe(false);
    expect(sameData({ a: 1, rev: 1 }, { a: 1, rev: 2 }, new Set(['rev']))).toBe(true);
  });
});

describe('resolve', () => {
  it('same content with other timestamps is unchanged, and takes the file’s copy', () => {
    const stored = q({
      createdAt: '2026-05-01T00:00:00.000Z',
      updatedAt: '2026-05-01T00:00:00.000Z',
    });
    const incoming = q();
    expect(resolve(incoming, stored)).toEqual({ outcome: 'unchanged', write: incoming });
    expect(resolve(incoming, incoming)).toEqual({ outcome: 'unchanged', write: null });
  });

  it('a seeded built-in yields to the user’s version from the file', () => {
    const seeded = q({ updatedAt: '2026-05-01T00:00:00.000Z' });
    const disabled = q({ enabled: false, rev: 2 });
    const edited = q({ text: 'Mine', edited: true, rev: 3 });
    expect(resolve(disabled, seeded)).toEqual({ outcome: 'updated', write: disabled });
    expect(resolve(edited, seeded)).toEqual({ outcome: 'updated', write: edited });
    // An older release's text of an unedited built-in: today's shipped text stays.
    expect(resolve(q({ text: 'Old text' }), seeded)).toEqual({ outcome: 'unchanged', write: null });
  });

  it('content edited apart is still a conflict', () => {
    const stored = { id: 'n', rev: 2, updatedAt: '2026-01-02T00:00:00.000Z', text: 'A' };
    const incoming = { id: 'n', rev: 2, updatedAt: '2026-01-03T00:00:00.000Z', text: 'B' };
    expect(resolve(incoming, stored).outcome).toBe('conflicting');
  });
});
