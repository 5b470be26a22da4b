/**
 * Starts a 1:1's prep the moment the background has detected it, instead of when the sidebar
 * frame, told of the event, asks for it: that request comes two messages later, and the
 * database's reads then still have ~10 ms to go at ten years of notes. The frame's own `openPrep`
 * call for the same event takes the prefetched result once. Any database change in between
 * drops it (the frame then reads afresh), so a prefetched prep is never older than a fresh one
 * would be; unclaimed, it is dropped after PREFETCH_MS.
 */
import { RPC_ARGS, type PrepData, type PrepService } from '../rpc/methods';

type OpenPrepArgs = Parameters<PrepService['openPrep']>;

const PREFETCH_MS = 3000;

export interface PrepPrefetch {
  /** Starts the prep for these arguments, unless the same one is already under way. */
  start: (...args: OpenPrepArgs) => void;
  /** The service with `openPrep` taking a prefetched result when its arguments match. */
  service: PrepService;
  /** Data changed: every prefetched result may be stale. */
  drop: () => void;
}

export function withPrepPrefetch(service: PrepService): PrepPrefetch {
  const pending = new Map<
    string,
    { result: Promise<PrepData>; timer: ReturnType<typeof setTimeout> }
  >();
  // The same validation the RPC server applies: both sides compare the same parsed shape.
  const keyOf = (args: OpenPrepArgs): string | undefined => {
    const parsed = RPC_ARGS.openPrep.safeParse(args);
    return parsed.success ? JSON.stringify(parsed.data) : undefined;
  };
  const take = (key: string) => {
    const hit = pending.get(key);
    if (hit) {
      clearTimeout(hit.timer);
      pending.delete(key);
    }
    return hit?.result;
  };
  return {
    start: (...args) => {
      const key = keyOf(args);
      if (!key || pending.has(key)) return;
      const result = service.openPrep(...args);
      result.catch(() => undefined); // an error reaches the frame when it claims the result
      pending.set(key, { result, timer: setTimeout(() => take(key), PREFETCH_MS) });
    },
    service: {
      ...service,
      openPrep: (...args) => {
        const key = keyOf(args);
        return (key && take(key)) || service.openPrep(...args);
      },
    },
    drop: () => {
      for (const key of [...pending.keys()]) take(key);
    },
  };
}
