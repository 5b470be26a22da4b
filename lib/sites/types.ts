/**
 * The one interface every calendar site implements. An adapter is a pure reader of the page:
 * it never changes the host page's DOM. `lib/content/page-watch.ts` decides when to read.
 * The event shapes are inferred from their zod schemas (lib/messaging/event-schema.ts) with
 * `import type`, so the content script that uses them never bundles zod.
 */
import type { infer as Infer } from 'zod/mini';
import type { CalendarEventMessage, VisibleEventMessage } from '../messaging/event-schema';
import type { SiteId } from './hosts';

export type { SiteId } from './hosts';

/** The event the user has open, as the page shows it. Times are ISO 8601 strings. */
export type CalendarEvent = Infer<typeof CalendarEventMessage>;

/** An event chip or tile in the grid (for "upcoming 1:1s"). */
export type VisibleEvent = Infer<typeof VisibleEventMessage>;

/** 'not-recognised' means the hooks we rely on are missing (a redesign): fail closed. */
export type LayoutStatus = 'recognised' | 'not-recognised';

/**
 * What the content script reports: the layout status, or 'event-unreadable' when the layout is
 * recognised and the page shows an open event (its dialog, card or editor) that the adapter
 * cannot read — a partial redesign. Both make the popup offer the layout report.
 */
export type PageStatus = LayoutStatus | 'event-unreadable';

export interface SiteAdapter {
  readonly site: SiteId;
  /** Elements whose press opens an event; Outlook pairs its peek card with the last one pressed. */
  readonly eventTargetSelector: string;
  layoutStatus(doc: Document): LayoutStatus;
  /** The open event, or null when none is open (or it is still loading its title). Never throws. */
  readOpenEvent(doc: Document, url: URL, lastPressed: Element | null): CalendarEvent | null;
  /**
   * Whether the page shows an open event at all (details dialog, peek card, reading pane or
   * editor), readable or not. Asked only when `readOpenEvent` returned null. Never throws.
   */
  eventShown(doc: Document, url: URL): boolean;
  listVisibleEvents(doc: Document, url: URL): VisibleEvent[];
}
