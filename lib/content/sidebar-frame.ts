/**
 * The sidebar's place in the calendar page: a host element on <html> (outside Google's and
 * Microsoft's re-rendered trees) with a CLOSED shadow root holding a "Prep" tab and an iframe of
 * the extension page sidebar.html. Notes live only inside that frame, in the extension's origin;
 * the page sees an opaque cross-origin frame and cannot read the nonce in its URL (closed root,
 * and a cross-origin frame's location is unreadable). Keys typed in the frame never reach the
 * page: it is a separate document. Created once per tab, then only shown and hidden.
 */
import type { SiteId } from '../sites/hosts';

export interface SidebarFrame {
  show(): void;
  /** offerTab: leave the "Prep" tab at the page edge to bring the sidebar back. */
  hide(offerTab: boolean): void;
  readonly visible: boolean;
  destroy(): void;
}

const WIDTH = 380;
const ROOM_MIN_WIDTH = 1100;

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
  iframe.title = 'Tandem 1:1 prep';
  // The frame only needs scripts and same-origin storage of its own (extension) origin.
  iframe.setAttribute('allow', '');
  panel.append(iframe);
  const tab = document.createElement('button');
  tab.className = 'tab';
  tab.type = 'button';
  tab.textContent = 'Prep';
  tab.setAttribute('aria-label', 'Open Tandem 1:1 prep');
  tab.hidden = true;
  tab.addEventListener('click', () => options.onOpenRequest(), { signal: options.signal });
  root.append(style, panel, tab);
  document.documentElement.append(host);

  let visible = false;
  // On a wide window the page makes room (so events under the panel stay clickable); on a narrow
  // one the panel overlays it. Only the page's own margin is touched, and it is put back.
  const page = document.documentElement;
  const previousMargin = page.style.getPropertyValue('margin-right');
  const makeRoom = (on: boolean) => {
    if (on && innerWidth >= ROOM_MIN_WIDTH)
      page.style.setProperty('margin-right', `${WIDTH}px`, 'important');
    else if (previousMargin) page.style.setProperty('margin-right', previousMargin);
    else page.style.removeProperty('margin-right');
  };
  const frame: SidebarFrame = {
    get visible() {
      return visible;
    },
    show() {
      visible = true;
      panel.classList.add('open');
      panel.removeAttribute('inert');
      tab.hidden = true;
      makeRoom(true);
    },
    hide(offerTab) {
      visible = false;
      panel.classList.remove('open');
      panel.setAttribute('inert', '');
      tab.hidden = !offerTab;
      makeRoom(false);
    },
    destroy() {
      makeRoom(false);
      host.remove();
    },
  };
  panel.setAttribute('inert', '');
  options.signal.addEventListener('abort', () => frame.destroy(), { once: true });
  return frame;
}
