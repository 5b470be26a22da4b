import { describe, expect, it } from 'vitest';
import { cadenceSlipped, daysBetween } from '@/lib/prep/view-model';

describe('prep view model', () => {
  it('counts whole days between two times', () => {
    expect(daysBetween('2026-11-02T10:00:00Z', '2026-11-09T09:00:00Z')).toBe(6);
    expect(daysBetween('2026-11-09T10:00:00Z', '2026-11-02T10:00:00Z')).toBe(0);
  });

  it('says a cadence slipped only past the cadence plus grace', () => {
    const now = '2026-11-26T10:00:00Z';
    expect(cadenceSlipped('weekly', '2026-11-17T10:00:00Z', now)).toBe(false); // 9 days
    expect(cadenceSlipped('weekly', '2026-11-10T10:00:00Z', now)).toBe(true); // 16 days
    expect(cadenceSlipped('biweekly', '2026-11-10T10:00:00Z', now)).toBe(false);
    expect(cadenceSlipped('monthly', '2026-10-20T10:00:00Z', now)).toBe(false); // 37 days
    expect(cadenceSlipped('monthly', '2026-10-01T10:00:00Z', now)).toBe(true); // 56 days
    expect(cadenceSlipped(undefined, undefined, now)).toBe(false);
  });
});
