// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchPage, type PageState } from '../../lib/content/page-watch';
import type { CalendarEvent, SiteAdapter } from '../../lib/sites/types';

/** A fake adapter that counts its reads and reports what the test DOM shows. */
function fakeAdapter() {
  const reads = { status: 0, open: 0, visible: 0 };
  const pressed: (Element | null)[] = [];
  const adapter: SiteAdapter = {
    site: 'google',
    eventTargetSelector: '[data-event]',
    eventShown: (doc) => !!doc.querySelector('#dialog'),
    layoutStatus: (doc) => {
      reads.status++;
      return doc.querySelector('#grid') ? 'recognised' : 'not-recognised';
    },
    readOpenEvent: (doc, _url, lastPressed) => {
      reads.open++;
      pressed.push(lastPressed);
      const open = doc.querySelector('#open');
      if (!open) return null;
      const event: CalendarEvent = {
        site: 'google',
        eventKey: open.getAttribute('data-key') ?? '',
        title: open.textContent ?? '',
        attendees: [],
        self: { email: 'me@example.com' },
      };
      return event;
    },
    listVisibleEvents: (doc) => {
      reads.visible++;
      return Array.from(doc.querySelectorAll('[data-event]'), (el) => ({
        site: 'google' as const,
        eventKey: el.getAttribute('data-event') ?? '',
        title: el.textContent ?? '',
      }));
    },
  };
  return { adapter, reads, pressed };
}

const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
/**
 * Mutation records are delivered in a microtask, which then asks for the next task (after a quiet
 * spell) or the next frame (in a burst): let all of it happen.
 */
const flush = async () => {
  await Promise.resolve();
  await frame();
  await new Promise((r) => setTimeout(r, 0));
};

describe('watchPage', () => {
  let controller: AbortController;
  beforeEach(() => {
    document.body.replaceChildren();
    const grid = document.createElement('div');
    grid.id = 'grid';
    document.body.append(grid);
    controller = new AbortController();
  });
  afterEach(() => controller.abort());

  function start() {
    const fake = fakeAdapter();
    const changes: { state: PageState; changed: Record<string, boolean> }[] = [];
    const passes: number[] = [];
    let navigate: () => void = () => undefined;
    watchPage({
      adapter: fake.adapter,
      doc: document,
      signal: controller.signal,
      subscribeNavigation: (cb) => (navigate = cb),
      onChange: (state, changed) => changes.push({ state, changed: { ...changed } }),
      onPass: (ms) => passes.push(ms),
    });
    return { ...fake, changes, passes, navigate: () => navigate() };
  }

  function addChip(key: string) {
    const chip = document.createElement('div');
    chip.setAttribute('data-event', key);
    chip.textContent = key;
    document.getElementById('grid')!.append(chip);
    return chip;
  }

  it('runs one pass at start and emits the initial state', () => {
    const w = start();
    expect(w.passes).toHaveLength(1);
    expect(w.changes).toHaveLength(1);
    expect(w.changes[0]!.state.status).toBe('recognised');
    expect(w.changes[0]!.changed).toEqual({ status: true, open: true, visible: true });
  });

  it('batches 100 mutations in one task into one pass', async () => {
    const w = start();
    for (let i = 0; i < 100; i++) addChip(`e${i}`);
    await flush();
    await flush();
    expect(w.passes).toHaveLength(2);
    expect(w.changes).toHaveLength(2);
    expect(w.changes[1]!.state.visible).toHaveLength(100);
    expect(w.changes[1]!.changed).toEqual({ status: false, open: false, visible: true });
  });

  it('reads changes at once for half a second after an event is pressed, else once per frame', async () => {
    vi.useFakeTimers({ toFake: ['performance'] });
    const w = start();
    const raf = vi.spyOn(window, 'requestAnimationFrame');
    // No press: a change waits for the next frame.
    addChip('a');
    await Promise.resolve(); // the observer's records arrive
    expect(raf).toHaveBeenCalledTimes(1);
    await flush();
    expect(w.passes).toHaveLength(2);
    // The user presses an event: the details it opens are read without waiting for a frame.
    addChip('b').dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
    await flush();
    raf.mockClear();
    addChip('details');
    await Promise.resolve();
    expect(raf).not.toHaveBeenCalled();
    expect(w.passes).toHaveLength(4); // read in the observer's callback
    // Half a second later, changes are per frame again.
    vi.advanceTimersByTime(501);
    addChip('later');
    await Promise.resolve();
    expect(raf).toHaveBeenCalledTimes(1);
    raf.mockRestore();
    vi.useRealTimers();
  });

  it('does no pass while the page is idle', async () => {
    const w = start();
    for (let i = 0; i < 5; i++) await flush();
    expect(w.passes).toHaveLength(1);
  });

  it('emits only when something changed', async () => {
    const w = start();
    const chip = addChip('a');
    await flush();
    chip.setAttribute('aria-label', 'same content, new attribute');
    await flush();
    await flush();
    expect(w.passes).toHaveLength(3);
    expect(w.changes).toHaveLength(2);
  });

  it('reports the open event and which part changed', async () => {
    const w = start();
    const open = document.createElement('div');
    open.id = 'open';
    open.setAttribute('data-key', 'k1');
    open.textContent = '1:1 Maria / Tom';
    document.body.append(open);
    await flush();
    expect(w.changes.at(-1)!.changed).toEqual({ status: false, open: true, visible: false });
    expect(w.changes.at(-1)!.state.open?.eventKey).toBe('k1');
    open.setAttribute('data-key', 'k2'); // the reused-dialog case: same element, other event
    open.textContent = 'Raj <> Tom';
    await flush();
    expect(w.changes.at(-1)!.state.open?.eventKey).toBe('k2');
  });

  it('reports an open event it cannot read as event-unreadable, only while the layout is recognised', async () => {
    const w = start();
    const dialog = document.createElement('div');
    dialog.id = 'dialog';
    document.body.append(dialog);
    await flush();
    expect(w.changes.at(-1)!.state).toMatchObject({ status: 'event-unreadable', open: null });
    expect(w.changes.at(-1)!.changed).toMatchObject({ status: true, open: false });
    const open = document.createElement('div');
    open.id = 'open';
    open.setAttribute('data-key', 'k1');
    dialog.append(open);
    await flush();
    expect(w.changes.at(-1)!.state.status).toBe('recognised');
    expect(w.changes.at(-1)!.state.open?.eventKey).toBe('k1');
    open.remove();
    document.getElementById('grid')!.remove();
    await flush();
    expect(w.changes.at(-1)!.state.status).toBe('not-recognised');
  });

  it('passes the last pressed event target to the adapter (capture-phase pointerdown and Enter)', async () => {
    const w = start();
    const a = addChip('a');
    const b = addChip('b');
    await flush();
    const inner = document.createElement('span');
    a.append(inner);
    inner.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
    b.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', bubbles: true }));
    document.body.append(document.createElement('i'));
    await flush();
    expect(w.pressed.at(-1)).toBe(a);
    b.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    document.body.append(document.createElement('i'));
    await flush();
    expect(w.pressed.at(-1)).toBe(b);
  });

  it('runs a pass on navigation', async () => {
    const w = start();
    w.navigate();
    w.navigate();
    await flush();
    expect(w.passes).toHaveLength(2);
  });

  it('tears everything down when the signal aborts', async () => {
    const w = start();
    addChip('pending');
    await Promise.resolve(); // the observer has now asked for a frame
    const cancel = vi.spyOn(window, 'cancelAnimationFrame');
    controller.abort();
    expect(cancel).toHaveBeenCalled();
    addChip('after');
    w.navigate();
    document
      .getElementById('grid')!
      .dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
    await flush();
    await flush();
    expect(w.passes).toHaveLength(1);
    cancel.mockRestore();
  });

  it('survives an adapter that throws', async () => {
    const w = start();
    w.adapter.listVisibleEvents = () => {
      throw new Error('boom');
    };
    addChip('x');
    await flush();
    expect(w.passes).toHaveLength(2);
    expect(w.changes.at(-1)!.state.visible).toEqual([]);
  });

  it('does nothing when the signal is already aborted', () => {
    controller.abort();
    const w = start();
    expect(w.passes).toHaveLength(0);
  });
});

describe('watchPage on the fixture pages', () => {
  it('follows the Google dialog through its phases and the reused element, then navigation', async () => {
    const { loadFixture } = await import('./sites/fixture-page');
    const { googleCalendarAdapter } = await import('../../lib/sites/google-calendar/adapter');
    const page = loadFixture('https://calendar.google.com/calendar/u/0/r/week/2026/11/23');
    const doc = page.document;
    const controller = new AbortController();
    const seen: { open: string; guests: number; visible: number; changed: string }[] = [];
    let navigate = () => {};
    watchPage({
      adapter: googleCalendarAdapter,
      doc,
      signal: controller.signal,
      subscribeNavigation: (cb) => (navigate = cb),
      onChange: (state, changed) =>
        seen.push({
          open: state.open?.title ?? '',
          guests: state.open?.attendees.length ?? 0,
          visible: state.visible.length,
          changed: Object.keys(changed)
            .filter((k) => changed[k as keyof typeof changed])
            .join(','),
        }),
    });
    // The pass after a change runs in the next task or the next frame: wait for both.
    const frame = async () => {
      await new Promise<void>((r) => page.window.requestAnimationFrame(() => r()));
      await new Promise<void>((r) => page.window.setTimeout(() => r(), 0));
    };
    const chip = (title: string) =>
      Array.from(doc.querySelectorAll('[data-eventchip]')).find((c) =>
        c.textContent!.includes(title),
      )!;
    page.click(chip('1:1 Maria / Tom'));
    await frame();
    await page.settle();
    await frame();
    page.click(chip('Raj <> Tom'));
    await page.settle();
    await frame();
    page.click(doc.querySelector('[aria-label="Next week"]'));
    navigate();
    await frame();
    controller.abort();
    expect(seen).toEqual([
      { open: '', guests: 0, visible: 29, changed: 'status,open,visible' },
      { open: '1:1 Maria / Tom', guests: 0, visible: 29, changed: 'open' },
      { open: '1:1 Maria / Tom', guests: 2, visible: 29, changed: 'open' },
      { open: 'Raj <> Tom', guests: 0, visible: 29, changed: 'open' }, // same dialog element, new event
      { open: 'Raj <> Tom', guests: 2, visible: 29, changed: 'open' },
      { open: '', guests: 0, visible: 11, changed: 'open,visible' },
    ]);
    await page.close();
  });
});
