/**
 * The one interface every calendar site implements. An adapter is a pure reader of the page:
 * it never changes the host page's DOM. `lib/page-watch.ts` decides when to read.
 * Plain TypeScript on purpose: this runs in the content script, which stays free of zod.
 */
import type { Person } from '../detect';

export type SiteId = 'google' | 'outlook';

/** The event the user has open, as the page shows it. Times are ISO 8601 strings. */
export interface CalendarEvent {
  site: SiteId;
  /** Google: "<decoded event id> <calendar id>"; Outlook: the item id. Stable per occurrence. */
  eventKey: string;
  /** The recurring series (Google: the id before the `_YYYYMMDD…` suffix). */
  seriesKey?: string;
  title: string;
  start?: string;
  end?: string;
  /** The guest list as shown; [] = not known (grid chips, Outlook's peek card). */
  attendees: Person[];
  organizer?: Person;
  /** The account owner, as the page tells it. */
  self: Person;
  /**
   * The event's description as plain lines (bullets as "- "), when the page shows it: Google's
   * details bubble and editor, Outlook's reading pane (never the peek card). It goes to the
   * background and the sidebar only; nothing writes it to the page.
   */
  description?: string;
}

/** An event chip or tile in the grid (for "upcoming 1:1s"). */
export interface VisibleEvent {
  site: SiteId;
  eventKey: string;
  seriesKey?: string;
  title: string;
  start?: string;
  end?: string;
}

/** 'not-recognised' means the hooks we rely on are missing (a redesign): fail closed. */
export type LayoutStatus = 'recognised' | 'not-recognised';

export interface SiteAdapter {
  readonly site: SiteId;
  /** Elements whose press opens an event; Outlook pairs its peek card with the last one pressed. */
  readonly eventTargetSelector: string;
  layoutStatus(doc: Document): LayoutStatus;
  /** The open event, or null when none is open (or it is still loading its title). Never throws. */
  readOpenEvent(doc: Document, url: URL, lastPressed: Element | null): CalendarEvent | null;
  listVisibleEvents(doc: Document, url: URL): VisibleEvent[];
}
