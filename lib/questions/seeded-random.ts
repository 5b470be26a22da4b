/** Small deterministic randomness for the suggestion engine: same seed, same numbers. */

/** FNV-1a, 32 bit: turns any text into a seed. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** mulberry32: a tiny, well-mixed PRNG returning numbers in [0, 1). */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A stable number in [0, 1) for one question under one seed and salt (usually the meeting
 * id). Drawing per question, rather than from one shared stream, keeps the result independent
 * of the library's order and of which other questions happen to be eligible.
 */
export function jitter(seed: number, salt: string, questionId: string): number {
  const seedText = Number.isFinite(seed) ? String(seed) : '0';
  return mulberry32(hashString(`${seedText}|${salt}|${questionId}`))();
}

/** Highest score first; ties broken by id so the order never depends on input order. */
export function byScore<T extends { score: number; question: { id: string } }>(a: T, b: T): number {
  return (
    b.score - a.score ||
    (a.question.id < b.question.id ? -1 : a.question.id > b.question.id ? 1 : 0)
  );
}
