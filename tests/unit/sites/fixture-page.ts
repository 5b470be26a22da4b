/**
 * Loads a fixture page into its own happy-dom Window at its real URL and runs the page's own script, so tests
 * read exactly the markup the browser gets. Helpers drive it the way a user would (click, key, wait).
 */
import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
// @ts-expect-error plain ESM module without types
import { fixtureFor } from '../../fixtures/routes.mjs';

export interface FixturePage {
  window: Window;
  document: Document;
  url(): URL;
  click(el: Element | null): void;
  key(key: string, target?: Element | null): void;
  /** Lets the page's timers run (phase 2 of the dialog). */
  settle(): Promise<void>;
  close(): Promise<void>;
}

export function loadFixture(url: string): FixturePage {
  const file = (fixtureFor as (u: string) => string | null)(url);
  if (!file) throw new Error(`no fixture for ${url}`);
  const window = new Window({
    url,
    width: 1400,
    height: 900,
    settings: {
      enableJavaScriptEvaluation: true,
      suppressInsecureJavaScriptEnvironmentWarning: true,
    },
  });
  window.document.write(readFileSync(file, 'utf8'));
  const document = window.document as unknown as Document;
  return {
    window,
    document,
    url: () => new URL(window.location.href),
    click(el) {
      if (!el) throw new Error('nothing to click');
      const init = { bubbles: true, cancelable: true, composed: true };
      el.dispatchEvent(new window.PointerEvent('pointerdown', init) as unknown as Event);
      el.dispatchEvent(new window.MouseEvent('click', init) as unknown as Event);
    },
    key(key, target) {
      const el = target ?? document.body;
      el.dispatchEvent(
        new window.KeyboardEvent('keydown', {
          key,
          bubbles: true,
          cancelable: true,
        }) as unknown as Event,
      );
    },
    settle: () => window.happyDOM.waitUntilComplete(),
    close: () => window.happyDOM.close(),
  };
}
