// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { watchPage, type PageState } from '../../lib/content/page-watch';
import type { SiteAdapter } from '../../lib/sites/types';

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function adapterCounting() {
  const reads = { open: 0, visible: 0 };
  const adapter: SiteAdapter = {
    site: 'google',
    eventTargetSelector: '[data-event]',
    eventShown: (doc) => !!doc.querySelector('#dialog'),
    layoutStatus: () => 'recognised',
    readOpenEvent: () => {
      reads.open++;
      return null;
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
  return { adapter, reads };
}

describe('watchPage with a deferred visible list', () => {
  const controller = new AbortController();
  afterEach(() => controller.abort());

  it('reads the open event at once and the grid only after the delay, then only after changes', async () => {
    document.body.replaceChildren();
    const chip = document.createElement('div');
    chip.setAttribute('data-event', 'e1');
    chip.textContent = 'Chip';
    document.body.append(chip);
    const { adapter, reads } = adapterCounting();
    const states: PageState[] = [];
    watchPage({
      adapter,
      doc: document,
      signal: controller.signal,
      visibleDelayMs: 60,
      onChange: (s) => states.push(s),
    });

    expect(reads.open).toBe(1);
    expect(reads.visible).toBe(0);
    expect(states[0]?.visible).toEqual([]);

    await wait(150);
    expect(reads.visible).toBe(1);
    expect(states.at(-1)?.visible.map((v) => v.eventKey)).toEqual(['e1']);

    await wait(100); // idle page: nothing more is read
    expect(reads.visible).toBe(1);

    const more = document.createElement('div');
    more.setAttribute('data-event', 'e2');
    document.body.append(more);
    await wait(150);
    expect(reads.visible).toBe(2);
    expect(states.at(-1)?.visible.map((v) => v.eventKey)).toEqual(['e1', 'e2']);
  });
});
