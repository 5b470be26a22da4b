/**
 * One small browser-driving interface the shared specs (tests/e2e/shared/) are written against,
 * so each spec is written once and runs on Chromium (Playwright) and on Firefox (puppeteer-core
 * over WebDriver BiDi). Elements are addressed by CSS selectors (our aria-labels and data-*
 * hooks), optionally narrowed to those whose text contains `hasText`, and the nth of them.
 */
export type BrowserName = 'chromium' | 'firefox';

export interface Target {
  /** CSS selector, then: only elements whose textContent contains `hasText`; the nth (0-based). */
  selector: string;
  hasText?: string;
  nth?: number;
}
export type Where = string | Target;

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A document: a tab or a frame inside one. Every call waits (up to 10 s) for its element. */
export interface Surface {
  click(where: Where): Promise<void>;
  /** Clicks into the element and types `text` key by key (the way a user does). */
  type(where: Where, text: string): Promise<void>;
  /** Presses a key or combination ("Enter", "Control+Enter") with the element focused. */
  press(where: Where, key: string): Promise<void>;
  /** textContent of the element, '' when it is not there. */
  text(where: Where): Promise<string>;
  /** The value of an input, textarea or select; null when it is not there. */
  value(where: Where): Promise<string | null>;
  count(where: Where): Promise<number>;
  /** Sets the files of an <input type=file>. */
  upload(where: Where, file: string): Promise<void>;
  /** Runs `fn` in the document's own world. */
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
}

export interface Tab extends Surface {
  goto(url: string): Promise<void>;
  reload(): Promise<void>;
  /** A key on the focused element of the tab. */
  keyboard(key: string): Promise<void>;
  bringToFront(): Promise<void>;
  /** The extension's sidebar frame in this (calendar) tab, once it exists. */
  sidebar(): Promise<Surface>;
  /** Whether the sidebar panel is slid into the viewport. */
  sidebarOpen(): Promise<boolean>;
  /** The sidebar frame's box in the tab's viewport (CSS px), null while there is none. */
  sidebarBox(): Promise<Box | null>;
  /** Resizes the tab's viewport (CSS px). */
  setViewport(width: number, height: number): Promise<void>;
  screenshot(file: string): Promise<void>;
  /**
   * From the next navigation on, records every key and input event the page's own scripts can
   * listen to (capturing, on window); returns what they saw so far.
   */
  recordPageKeys(): Promise<() => Promise<string[]>>;
  close(): Promise<void>;
}

export interface Driver {
  name: BrowserName;
  /** Every http(s) request that was not a routed calendar page. Must stay empty. */
  outbound: string[];
  /** Console errors and uncaught exceptions of the calendar and extension tabs. */
  consoleErrors: string[];
  /** A new tab (calendar pages are routed to tests/fixtures at their real URLs). */
  newTab(): Promise<Tab>;
  /**
   * An extension page (`popup.html`, `options.html`) in a new tab. `over`: the calendar tab the
   * user is looking at; the page opens in the background so that tab stays the active one (as
   * for the real toolbar popup), then is brought to the front once it has read it.
   */
  openExtensionPage(path: string, options?: { over?: Tab }): Promise<Tab>;
  /** Runs `fn` with the extension's `browser`/`chrome` API, in an extension context. */
  extensionEval<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** Runs `action` and returns the text of the file it makes the page save (a blob download). */
  download(tab: Tab, action: () => Promise<void>): Promise<string>;
  close(): Promise<void>;
}

/** Installed before a page's own scripts: every key and input event its window sees. */
export function listenToKeys(): void {
  const seen: string[] = [];
  (window as unknown as { __pageKeys: string[] }).__pageKeys = seen;
  for (const type of ['keydown', 'keypress', 'keyup', 'input', 'beforeinput']) {
    window.addEventListener(
      type,
      (e) => seen.push(`${type}:${(e as KeyboardEvent).key ?? (e as InputEvent).data ?? ''}`),
      true,
    );
  }
}

export const keysSeen = () => (window as unknown as { __pageKeys?: string[] }).__pageKeys ?? [];
