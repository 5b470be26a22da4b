/**
 * One batched watcher per page: a single MutationObserver on <body>, at most one read per animation frame
 * (at once, for half a second after the user presses an event),
 * a read on SPA navigation, and the last pressed event target (Outlook pairs its peek card with it).
 * No polling, no repeating timers. Everything is torn down when `signal` aborts.
 */
import type {
  CalendarEvent,
  LayoutStatus,
  PageStatus,
  SiteAdapter,
  VisibleEvent,
} from '../sites/types';

export interface PageState {
  status: PageStatus;
  open: CalendarEvent | null;
  visible: VisibleEvent[];
}

export interface PageChanges {
  open: boolean;
  visible: boolean;
  status: boolean;
}

export interface WatchPageOptions {
  adapter: SiteAdapter;
  doc: Document;
  signal: AbortSignal;
  /** Subscribe to SPA navigation the observer may not see (the content script: `popstate`, navigation.ts). */
  subscribeNavigation?: (onNavigate: () => void) => void;
  onChange: (state: PageState, changed: PageChanges) => void;
  /** For the benchmark: called after each pass with its duration in ms. */
  onPass?: (ms: number) => void;
  /**
   * Read the grid's events (a low-priority list) only after the page has had this long to
   * settle, and then in idle time rather than in the frame pass: the open event is what the user
   * waits for; the visible list must not compete with the calendar's own load. 0 = in every pass.
   */
  visibleDelayMs?: number;
}

// What the page watches for. Attribute changes matter because Google swaps `data-eventid` on a REUSED dialog
// and flips `data-viewfamily` on navigation; 'style'/'class' are left out (animations would wake us every frame).
/**
 * For this long after the user presses an event, changes are read as soon as the observer reports
 * them rather than in the next frame: the page is building the event's details and the user waits
 * for the sidebar (waiting for the frame was ~12 ms of the prep latency). Otherwise, one read per frame.
 */
const EAGER_AFTER_PRESS_MS = 500;

const OBSERVE: MutationObserverInit = {
  childList: true,
  subtree: true,
  characterData: true,
  attributes: true,
  attributeFilter: [
    'data-eventid',
    'aria-label',
    'data-viewfamily',
    'data-viewkey',
    'hidden',
    'aria-hidden',
  ],
};

const SEP = '\u001f';

/** Cheap identity of the open event: what a sidebar would show differently. */
export function openEventKey(open: CalendarEvent | null): string {
  if (!open) return '';
  const people = open.attendees.map((p) => p.email ?? p.name ?? '').join(',');
  const organizer = open.organizer?.email ?? open.organizer?.name ?? '';
  return [
    open.eventKey,
    open.title,
    open.start,
    open.end,
    people,
    organizer,
    open.self.email ?? open.self.name,
  ].join(SEP);
}

export function visibleEventsKey(visible: VisibleEvent[]): string {
  return visible.map((v) => [v.eventKey, v.title, v.start, v.end].join(SEP)).join('\n');
}

function settle<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch {
    return fallback; // adapters promise never to throw; the page must not see it if one does
  }
}

export function watchPage(options: WatchPageOptions): void {
  const { adapter, doc, signal, subscribeNavigation, onChange, onPass } = options;
  const deferVisible = (options.visibleDelayMs ?? 0) > 0;
  const visibleFrom = performance.now() + (options.visibleDelayMs ?? 0);
  let visibleTimer: ReturnType<typeof setTimeout> | undefined;
  let visibleIdle = 0;
  let visible: VisibleEvent[] = [];
  let visibleDirty = true;
  let visibleKey = '';
  const view = doc.defaultView;
  if (signal.aborted || !view) return;

  let lastPressed: Element | null = null;
  let frame = 0;
  let eagerUntil = 0;
  let last: { status: string; open: string; visible: string } | null = null;

  function pass(readVisibleNow = false): void {
    frame = 0;
    if (signal.aborted) return;
    const started = performance.now();
    const url = settle(() => new URL(doc.location?.href ?? doc.URL), null);
    const layout = settle(() => adapter.layoutStatus(doc), 'not-recognised' as LayoutStatus);
    const open = url ? settle(() => adapter.readOpenEvent(doc, url, lastPressed), null) : null;
    // An event is on screen but cannot be read: the page changed under a hook we still find.
    const unreadable =
      layout === 'recognised' &&
      !open &&
      !!url &&
      settle(() => adapter.eventShown(doc, url), false);
    const status: PageStatus = unreadable ? 'event-unreadable' : layout;
    if (!deferVisible || readVisibleNow) {
      visible = url ? settle(() => adapter.listVisibleEvents(doc, url), [] as VisibleEvent[]) : [];
      visibleKey = visibleEventsKey(visible);
      visibleDirty = false;
    }
    const keys = { status, open: openEventKey(open), visible: visibleKey };
    const changed: PageChanges = {
      status: !last || last.status !== keys.status,
      open: !last || last.open !== keys.open,
      visible: !last || last.visible !== keys.visible,
    };
    last = keys;
    onPass?.(performance.now() - started);
    if (changed.status || changed.open || changed.visible) {
      settle(() => onChange({ status, open, visible }, changed), undefined);
    }
  }

  function schedule(): void {
    if (signal.aborted) return;
    if (performance.now() < eagerUntil) {
      // Read now, in the observer's callback: it already holds all of this task's changes, and a
      // task or a frame later the page may first spend ~10 ms rendering the details it just built.
      if (frame) view!.cancelAnimationFrame(frame);
      pass();
    } else if (!frame) frame = view!.requestAnimationFrame(() => pass());
    if (deferVisible) scheduleVisible();
  }

  /** One-shot, re-armed only by page changes: never a polling loop. */
  function scheduleVisible(): void {
    visibleDirty = true;
    if (visibleTimer !== undefined || visibleIdle) return;
    visibleTimer = setTimeout(
      () => {
        visibleTimer = undefined;
        const run = () => {
          visibleIdle = 0;
          if (visibleDirty && !signal.aborted) pass(true);
        };
        if (typeof view!.requestIdleCallback === 'function') {
          visibleIdle = view!.requestIdleCallback(run, { timeout: 2000 });
        } else run();
      },
      Math.max(0, visibleFrom - performance.now()),
    );
  }

  function remember(target: EventTarget | null): void {
    // Duck-typed: content scripts see page nodes across realms, where `instanceof Element` can lie.
    const el =
      target && typeof (target as Element).closest === 'function' ? (target as Element) : null;
    const hit = el ? settle(() => el.closest(adapter.eventTargetSelector), null) : null;
    if (hit) {
      lastPressed = hit;
      eagerUntil = performance.now() + EAGER_AFTER_PRESS_MS;
    }
  }
  const onPointerDown = (event: Event) => remember(event.target);
  const onKeyDown = (event: Event) => {
    const key = (event as KeyboardEvent).key;
    if (key === 'Enter' || key === ' ' || key === 'Spacebar') remember(event.target);
  };
  const listen = { capture: true, passive: true, signal } as const;
  doc.addEventListener('pointerdown', onPointerDown, listen);
  doc.addEventListener('keydown', onKeyDown, listen);

  const observer = new view.MutationObserver(schedule);
  const root = doc.body ?? doc.documentElement;
  if (root) observer.observe(root, OBSERVE);

  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      if (frame) view.cancelAnimationFrame(frame);
      frame = 0;
      clearTimeout(visibleTimer);
      if (visibleIdle) view.cancelIdleCallback?.(visibleIdle);
      lastPressed = null;
      // `signal` in the listener options removes them too; explicit for engines that ignore it.
      doc.removeEventListener('pointerdown', onPointerDown, { capture: true });
      doc.removeEventListener('keydown', onKeyDown, { capture: true });
    },
    { once: true },
  );

  subscribeNavigation?.(() => {
    if (!signal.aborted) schedule();
  });
  pass();
  if (deferVisible) scheduleVisible();
}
