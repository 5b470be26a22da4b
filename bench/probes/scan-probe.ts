/**
 * In-page probe for scanMsPer300Chips and idleScansPerSecond: runs the content script's own watcher
 * (lib/content/page-watch.ts) with the real Google Calendar adapter and records every pass it makes.
 * Injected into the page's main world by bench/scan.mjs; the same thread the content script runs on.
 */
import { watchPage } from '../../lib/content/page-watch';
import { googleCalendarAdapter } from '../../lib/sites/google-calendar/adapter';

interface Pass {
  at: number;
  ms: number;
}

const passes: Pass[] = [];
const controller = new AbortController();

watchPage({
  adapter: googleCalendarAdapter,
  doc: document,
  signal: controller.signal,
  onChange: () => undefined,
  onPass: (ms) => passes.push({ at: performance.now(), ms }),
});

const FLOOR_REPEATS = 10;

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));

/** The first pass ran synchronously above: over a page the watcher has never read (cold caches). */
const cold = passes[0]?.ms ?? NaN;

(window as unknown as { __scanProbe: unknown }).__scanProbe = {
  cold,
  chips: document.querySelectorAll('[data-eventchip][data-eventid]').length,
  /**
   * Passes over an unchanged week, each woken by one observed attribute change (as a page update
   * does), each paired with its floor: the same chips found by a bare querySelectorAll reading
   * each one's event id, in a frame of its own, the order alternating (A B, B A, …).
   */
  async forced(count: number): Promise<{ value: number[]; floor: number[] }> {
    const target = document.getElementById('gccFrame') ?? document.body;
    const value: number[] = [];
    const floor: number[] = [];
    const real = async (i: number) => {
      const before = passes.length;
      target.setAttribute('aria-hidden', i % 2 ? 'true' : 'false');
      await nextFrame();
      await nextFrame();
      return passes.length > before ? passes[passes.length - 1]!.ms : NaN;
    };
    // Ten bare scans per sample: one takes about the page clock's resolution (0.1 ms).
    const bare = async () => {
      await nextFrame();
      const t0 = performance.now();
      let ids = 0;
      for (let r = 0; r < FLOOR_REPEATS; r++) {
        for (const chip of document.querySelectorAll('[data-eventchip][data-eventid]')) {
          if (chip.getAttribute('data-eventid')) ids++;
        }
      }
      const ms = (performance.now() - t0) / FLOOR_REPEATS;
      if (ids === 0) throw new Error('no chips for the floor pass');
      return ms;
    };
    for (let i = 0; i < count; i++) {
      if (i % 2 === 0) {
        value.push(await real(i));
        floor.push(await bare());
      } else {
        const f = await bare();
        value.push(await real(i));
        floor.push(f);
      }
    }
    target.setAttribute('aria-hidden', 'true');
    return { value, floor };
  },
  /** Passes made while nobody touches the page, over `ms` milliseconds. */
  async idle(ms: number): Promise<{ passes: number; seconds: number }> {
    const from = performance.now();
    const before = passes.length;
    await new Promise((resolve) => setTimeout(resolve, ms));
    return { passes: passes.length - before, seconds: (performance.now() - from) / 1000 };
  },
  stop: () => controller.abort(),
};
