/**
 * The schemas the sidebar frame needs: the calendar event it is handed and the pushes on its
 * port. Written with zod's tree-shakable "mini" build, so the sidebar bundle carries ~6 KB of
 * zod instead of ~25 KB; lib/messaging/messages.ts composes the same schemas into the background's
 * messages (classic and mini schemas share zod's core and nest freely).
 */
import {
  array,
  boolean,
  config,
  discriminatedUnion,
  enum as zEnum,
  literal,
  maxLength,
  minLength,
  nullable,
  object,
  optional,
  string,
  type infer as Infer,
} from 'zod/mini';
import { SITE_IDS } from '../sites/hosts';

// Extension pages forbid eval; mini shares zod's core config with lib/schema/zod.ts.
config({ jitless: true });

const text = (max: number) => string().check(maxLength(max));

export const PersonRef = object({ name: optional(text(300)), email: optional(text(320)) });

const eventFields = {
  site: zEnum(SITE_IDS),
  /** Google: "<decoded event id> <calendar id>"; Outlook: the item id. Stable per occurrence. */
  eventKey: string().check(minLength(1), maxLength(1000)),
  /** The recurring series (Google: the id before the `_YYYYMMDD…` suffix). */
  seriesKey: optional(text(1000)),
  title: text(2000),
  start: optional(text(40)),
  end: optional(text(40)),
};

export const CalendarEventMessage = object({
  ...eventFields,
  /** The guest list as shown; [] = not known (grid chips, Outlook's peek card). */
  /**
   * The event's description as plain lines (bullets as "- ", lib/sites/description-text.ts),
   * where the page shows one: Google's details bubble and editor, Outlook's reading pane (never
   * the peek card). Only the sidebar reads it, for its topics; nothing writes it to the page.
   */
  description: optional(text(50_000)),
  attendees: array(PersonRef).check(maxLength(500)),
  organizer: optional(PersonRef),
  /** The account owner, as the page tells it. */
  self: PersonRef,
  timeZone: optional(text(64)),
});

export const VisibleEventMessage = object(eventFields);

export const DetectionMessage = object({
  isOneOnOne: boolean(),
  counterpart: optional(PersonRef),
  reason: text(500),
});

/** Background → the sidebar frame, over its port. */
export const SidebarPush = discriminatedUnion('type', [
  object({
    type: literal('prep:event'),
    event: nullable(CalendarEventMessage),
    detection: nullable(DetectionMessage),
  }),
  /** Data changed somewhere (popup, options, another tab): re-query. Names stores only, no text. */
  object({ type: literal('db:changed'), stores: array(text(40)).check(maxLength(20)) }),
  /** The calendar page's own theme, so the sidebar can match it. */
  object({ type: literal('page:theme'), theme: zEnum(['light', 'dark']) }),
]);
export type SidebarPush = Infer<typeof SidebarPush>;

export const SIDEBAR_PORT = 'tandem-sidebar';
