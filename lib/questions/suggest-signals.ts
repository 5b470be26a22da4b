// The context signals that lift a category's questions in this meeting (step 2 of suggest.ts).
import type { Category } from '../schema/common';
import { DAY_MS, type History } from './suggest-history';
import { reasons } from './suggest-reasons';
import type { SuggestInput } from './suggest-types';

/** Context signals outweigh the random base (< 1) so they reliably win a place. */
const WEIGHT = { firstMeeting: 5, firstRapport: 4, lowMood: 4.5, longGap: 4, quiet: 3, neverUp: 2 };

/** Categories used only by their own mode or slot, never as ordinary picks. */
export const OWN_SLOT: ReadonlySet<Category> = new Set([
  'grow',
  'mentoring',
  'teaching',
  'opening',
]);

interface Signal {
  weight: number;
  reason: string;
  quotesMood?: true;
}

/** The strongest reason, per category, to bring a question up in this meeting. */
export function contextSignals(
  input: SuggestInput,
  history: History,
  isFirst: boolean,
  now: number,
): Map<Category, Signal> {
  const signals = new Map<Category, Signal>();
  const offer = (category: Category, signal: Signal): void => {
    const current = signals.get(category);
    if (!current || signal.weight > current.weight) signals.set(category, signal);
  };
  const name = input.person.name.trim();

  if (isFirst) {
    const reason = reasons.firstMeeting(name);
    offer('first-meeting', { weight: WEIGHT.firstMeeting, reason });
    offer('rapport', { weight: WEIGHT.firstRapport, reason });
    return signals; // no history yet to weigh
  }
  if (history.lowMood !== undefined) {
    const days = Math.round((now - (history.lowMoodAt ?? now)) / DAY_MS);
    const reason = reasons.lowMood(history.lowMood, days);
    offer('wellbeing', { weight: WEIGHT.lowMood, reason, quotesMood: true });
    offer('support', { weight: WEIGHT.lowMood, reason, quotesMood: true });
  }
  if (history.longGapDays !== undefined) {
    const reason = reasons.longGap(history.longGapDays);
    offer('wellbeing', { weight: WEIGHT.longGap, reason });
    offer('rapport', { weight: WEIGHT.longGap, reason });
  }
  for (const [category, quiet] of history.quietCategories) {
    if (OWN_SLOT.has(category) || category === 'first-meeting') continue;
    if (quiet.weeks === undefined) {
      offer(category, { weight: WEIGHT.neverUp, reason: reasons.neverUp(category) });
    } else {
      // Longer silences weigh a little more, capped so one old topic can't crowd out the rest.
      const weight = WEIGHT.quiet + Math.min(quiet.weeks - 6, 10) * 0.05;
      offer(category, {
        weight,
        reason: reasons.quiet(category, quiet.weeks),
      });
    }
  }
  return signals;
}
