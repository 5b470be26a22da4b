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

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));

/** The first pass ran synchronously above: over a page the watcher has never read (cold caches). */
const cold = passes[0]?.ms ?? NaN;

(window as unknown as { __scanProbe: unknown }).__scanProbe = {
  cold,
  chips: document.querySelectorAll('[data-eventchip][data-eventid]').length,
  /** Passes over an unchanged week, each woken by one observed attribute change (as a page update does). */
  async forced(count: number): Promise<number[]> {
    const target = document.getElementById('gccFrame') ?? document.body;
    const out: number[] = [];
    for (let i = 0; i < count; i++) {
      const before = passes.length;
      target.setAttribute('aria-hidden', i % 2 ? 'true' : 'false');
      await nextFrame();
      await nextFrame();
      if (passes.length > before) out.push(passes[passes.length - 1]!.ms);
    }
    target.setAttribute('aria-hidden', 'true');
    return out;
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
