/** Small pure helpers that turn records into what the prep view shows. */
import type { Cadence } from '../schema/common';

const DAY = 86_400_000;

export function daysBetween(earlier: string, later: string): number {
  return Math.max(0, Math.floor((Date.parse(later) - Date.parse(earlier)) / DAY));
}

const CADENCE_DAYS: Record<Cadence, number> = { weekly: 7, biweekly: 14, monthly: 31 };

/** Slipped: more than the cadence plus a few days of grace has passed since the last meeting. */
export function cadenceSlipped(
  cadence: Cadence | undefined,
  lastMet: string | undefined,
  now: string,
): boolean {
  if (!lastMet) return false;
  const days = CADENCE_DAYS[cadence ?? 'weekly'];
  return daysBetween(lastMet, now) > days + Math.ceil(days / 3);
}

// Dates and times for display: lib/i18n/format.ts (in the UI language and the calendar's zone).

export function todayIsoDay(now: Date): string {
  return now.toISOString().slice(0, 10);
}
