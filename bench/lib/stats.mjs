/** Small statistics for the benchmark: medians and spreads of raw samples, never means. */

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  if (!sorted.length) return NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Nearest-rank percentile (p in 0..100): the smallest sample with at least p% of samples at or below it. */
export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  if (!sorted.length) return NaN;
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1];
}

export const round = (value, digits = 2) => {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
};

const minMax = (values, digits) =>
  values.length
    ? [round(Math.min(...values), digits), round(Math.max(...values), digits)]
    : [NaN, NaN];

/**
 * A figure measured beside its floor: values[i] and floors[i] are one interleaved pair (the same
 * work, side by side). `ratio` is the median of the per-pair ratios, `spread` their min – max;
 * `budget` is a ratio, `ceiling` an absolute sanity limit on the value (in `unit`).
 * @param {{ values: number[], floors: number[], unit: string, budget: number, ceiling: number, digits?: number }} m
 */
export function pairedMetric({ values, floors, unit, budget, ceiling, digits = 2 }) {
  const ratios = [];
  const n = Math.min(values.length, floors.length);
  for (let i = 0; i < n; i++) {
    if (Number.isFinite(values[i]) && floors[i] > 0) ratios.push(values[i] / floors[i]);
  }
  const value = median(values.filter(Number.isFinite));
  const floor = median(floors.filter(Number.isFinite));
  const ratio = median(ratios);
  return {
    value: round(value, digits),
    floor: round(floor, digits),
    ratio: round(ratio, 3),
    unit,
    budget,
    ceiling,
    pass: Number.isFinite(ratio) && ratio <= budget && value <= ceiling,
    runs: ratios.length,
    spread: minMax(ratios, 3),
  };
}

/**
 * A figure with no floor (a count, a size, a share computed from its own arms): `budget` applies
 * to the value. `samples` are the raw per-run values, for runs and spread.
 * @param {{ value: number, unit: string, budget: number, samples: number[], digits?: number }} m
 */
export function metric({ value, unit, budget, samples, digits = 2 }) {
  const finite = samples.filter(Number.isFinite);
  return {
    value: round(value, digits),
    floor: null,
    ratio: null,
    unit,
    budget,
    pass: Number.isFinite(value) && value <= budget,
    runs: finite.length,
    spread: minMax(finite, digits),
  };
}

/** A figure that could not be measured: reported as failing, with the reason on stderr. */
export function unmeasured(unit, budget, error) {
  console.error(`  ! ${error instanceof Error ? error.stack : error}`);
  return {
    value: NaN,
    floor: null,
    ratio: null,
    unit,
    budget,
    pass: false,
    runs: 0,
    spread: [NaN, NaN],
  };
}
