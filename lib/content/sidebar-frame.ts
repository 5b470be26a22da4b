/**
 * The sidebar's place in the calendar page: a host element on <html> (outside Google's and
 * Microsoft's re-rendered trees) with a CLOSED shadow root holding a "Prep" tab and an iframe of
 * the extension page sidebar.html. Notes live only inside that frame, in the extension's origin;
 * the page sees an opaque cross-origin frame and cannot read the nonce in its URL (closed root,
 * and a cross-origin frame's location is unreadable). Keys typed in the frame never reach the
 * page: it is a separate document. Created once per tab, then only shown and hidden.
 */
import { browser } from 'wxt/browser';
import type { SiteId } from '../sites/hosts';

export interface SidebarFrame {
  show(): void;
  /** offerTab: leave the "Prep" tab at the page edge to bring the sidebar back. */
  hide(offerTab: boolean): void;
  readonly visible: boolean;
  destroy(): void;
}

const WIDTH = 380;

/**
 * The frame's own few words, from the browser's i18n in its UI language (the content script
 * carries no catalog; the sidebar inside speaks the chosen language). English when unavailable.
 */
function message(key: 'frameTitle' | 'frameTab' | 'frameTabLabel', english: string): string {
  try {
    return browser.i18n.getMessage(key) || english;
  } catch {
    return english;
  }
}
/** Below this window width the page would be too narrow to use: the panel overlays it instead. */
const ROOM_MIN_WIDTH = 2 * WIDTH;

const STYLE = `
:host { all: initial; }
.panel { position: fixed; top: 0; right: 0; height: 100vh; width: min(${WIDTH}px, 100vw);
  z-index: 2147483646; transform: translateX(100%); transition: transform 160ms ease-out;
  box-shadow: -2px 0 12px rgba(0,0,0,.18); background: transparent; }
.panel.open { transform: none; }
.panel iframe { border: 0; width: 100%; height: 100%; display: block; color-scheme: normal; }
.tab { position: fixed; right: 0; top: 40%; z-index: 2147483646; writing-mode: vertical-rl;
  font: 600 13px/1 system-ui, sans-serif; letter-spacing: .04em; padding: 12px 7px;
  border: 0; border-radius: 8px 0 0 8px; background: #1a73e8; color: #fff; cursor: pointer;
  box-shadow: -1px 1px 6px rgba(0,0,0,.25); }
.tab:focus-visible { outline: 3px solid #fbbc04; outline-offset: 2px; }
.tab[hidden] { display: none; }
@media (prefers-reduced-motion: reduce) { .panel { transition: none; } }
`;

export function createSidebarFrame(options: {
  src: string;
  site: SiteId;
  signal: AbortSignal;
  onOpenRequest: () => void;
}): SidebarFrame {
  const host = document.createElement('tandem-prep');
  host.dataset.site = options.site;
  const root = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = STYLE;
  const panel = document.createElement('div');
  panel.className = 'panel';
  const iframe = document.createElement('iframe');
  iframe.src = options.src;
  iframe.title = message('frameTitle', 'Tandem 1:1 prep');
  // The frame needs scripts and storage of its own (extension) origin, and may write to the
  // clipboard ("Copy agenda for the invite", "Copy recap"); it is never granted a read.
  iframe.setAttribute('allow', 'clipboard-write');
  panel.append(iframe);
  const tab = document.createElement('button');
  tab.className = 'tab';
  tab.type = 'button';
  tab.textContent = message('frameTab', 'Prep');
  tab.setAttribute('aria-label', message('frameTabLabel', 'Open Tandem 1:1 prep'));
  tab.hidden = true;
  tab.addEventListener('click', () => options.onOpenRequest(), { signal: options.signal });
  root.append(style, panel, tab);
  document.documentElement.append(host);

  let visible = false;
  const room = makeRoomFor(WIDTH);
  const frame: SidebarFrame = {
    get visible() {
      return visible;
    },
    show() {
      visible = true;
      panel.classList.add('open');
      panel.removeAttribute('inert');
      tab.hidden = true;
      room.make();
    },
    hide(offerTab) {
      visible = false;
      panel.classList.remove('open');
      panel.setAttribute('inert', '');
      tab.hidden = !offerTab;
      room.release();
    },
    destroy() {
      room.release();
      host.remove();
    },
  };
  panel.setAttribute('inert', '');
  options.signal.addEventListener('abort', () => frame.destroy(), { once: true });
  return frame;
}

/**
 * Beside the calendar, not over it: while the panel is open the page is narrowed by its width,
 * as a browser's own side panel does. Two inline declarations, both put back on release:
 * - `<html>` gets a right margin, so the app's layout (grid, toolbars) reflows into the rest;
 * - `<body>` becomes the containing block of fixed-position descendants (`contain: layout`),
 *   so the apps' full-window layers (Google's dialog layer `.I2Yrs`, Outlook's
 *   `#fluent-default-layer-host`, both `position: fixed; inset: 0`) end where the page ends too.
 *   Both apps' bodies start at the window's top left and never scroll, so a layer's coordinates do
 *   not move (see docs/ARCHITECTURE.md, "Beside the calendar").
 * Nothing is observed or polled: the styles are set once per show/hide, followed by one `resize`
 * event, so the apps re-lay out once and no loop can start. Our own host sits on
 * `<html>`, outside `<body>`, so the panel itself stays fixed to the window.
 */
export function makeRoomFor(width: number): { make(): void; release(): void } {
  const saved = new Map<string, string | null>();
  const set = (el: HTMLElement | null, prop: string, value: string) => {
    if (!el) return;
    const key = `${el === document.documentElement ? 'html' : 'body'}|${prop}`;
    if (!saved.has(key)) {
      const before = el.style.getPropertyValue(prop);
      saved.set(key, before ? `${before}|${el.style.getPropertyPriority(prop)}` : null);
    }
    el.style.setProperty(prop, value, 'important');
  };
  return {
    make() {
      if (innerWidth < ROOM_MIN_WIDTH) return this.release();
      set(document.documentElement, 'margin-right', `${width}px`);
      set(document.body, 'contain', 'layout');
      relayout();
    },
    release() {
      for (const [key, before] of saved) {
        const [which, prop = ''] = key.split('|');
        const el = which === 'html' ? document.documentElement : document.body;
        if (!el) continue;
        if (before === null) el.style.removeProperty(prop);
        else {
          const [value = '', priority = ''] = before.split('|');
          el.style.setProperty(prop, value, priority);
        }
      }
      if (saved.size) relayout();
      saved.clear();
    },
  };
}

/**
 * The window keeps its size, so the apps hear of the narrower page only through one `resize`
 * event: popovers placed before the sidebar opened (Google's event bubble) are placed again
 * beside their event, within the page. One event per show/hide, never from an observer.
 */
const relayout = () => window.dispatchEvent(new Event('resize'));
