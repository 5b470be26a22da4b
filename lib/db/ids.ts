/**
 * Record ids: time-sortable (9 base-36 digits of milliseconds, a per-context counter, random
 * tail), so "newest first" over search matches is a string sort, with no extra reads.
 */
let lastMs = 0;
let counter = 0;

function randomTail(): string {
  const bytes = new Uint8Array(8);
  crypto.getRandomValues(bytes);
  return [...bytes].map((b) => (b % 36).toString(36)).join('');
}

export function newId(nowMs: number = Date.now()): string {
  if (nowMs === lastMs) counter++;
  else {
    lastMs = nowMs;
    counter = 0;
  }
  const time = Math.max(0, Math.floor(nowMs)).toString(36).padStart(9, '0');
  return `${time}${counter.toString(36).padStart(3, '0')}${randomTail()}`;
}
