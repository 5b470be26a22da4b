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

/**
 * One entry of results.json. `samples` are the raw per-run values the figure is made from.
 * @param {{ value: number, unit: string, budget: number, samples: number[], digits?: number, atMost?: boolean }} m
 */
export function metric({ value, unit, budget, samples, digits = 2 }) {
  const finite = samples.filter(Number.isFinite);
  return {
    value: round(value, digits),
    unit,
    budget,
    pass: Number.isFinite(value) && value <= budget,
    runs: finite.length,
    spread: finite.length
      ? [round(Math.min(...finite), digits), round(Math.max(...finite), digits)]
      : [NaN, NaN],
  };
}

/** A figure that could not be measured: reported as failing, with the reason on stderr. */
export function unmeasured(unit, budget, error) {
  console.error(`  ! ${error instanceof Error ? error.stack : error}`);
  return { value: NaN, unit, budget, pass: false, runs: 0, spread: [NaN, NaN] };
}
