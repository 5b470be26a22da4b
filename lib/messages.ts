/**
 * Every message that crosses a context boundary, as zod schemas. Receivers in extension pages and
 * the background parse with these and check the sender (see lib/message-guard.ts). The content
 * script only imports the *types* (erased at build time), so zod never ships to the calendar page.
 */
import { z } from './zod';

const Text = (max: number) => z.string().max(max);

export const PersonRef = z.object({
  name: Text(300).optional(),
  email: Text(320).optional(),
});

export const CalendarEventMessage = z.object({
  site: z.enum(['google', 'outlook']),
  eventKey: Text(1000).min(1),
  seriesKey: Text(1000).optional(),
  title: Text(2000),
  start: Text(40).optional(),
  end: Text(40).optional(),
  attendees: z.array(PersonRef).max(500),
  organizer: PersonRef.optional(),
  self: PersonRef,
});

export const VisibleEventMessage = z.object({
  site: z.enum(['google', 'outlook']),
  eventKey: Text(1000).min(1),
  seriesKey: Text(1000).optional(),
  title: Text(2000),
  start: Text(40).optional(),
  end: Text(40).optional(),
});

export const DetectionMessage = z.object({
  isOneOnOne: z.boolean(),
  counterpart: PersonRef.optional(),
  reason: Text(500),
});

/** Content script → background. */
export const PageMessage = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('page:state'),
    status: z.enum(['recognised', 'not-recognised']),
    open: CalendarEventMessage.nullable(),
    /** The events visible in the grid (for "upcoming 1:1s"). */
    visible: z.array(VisibleEventMessage).max(2000),
  }),
  z.object({ type: z.literal('frame:register'), nonce: z.string().regex(/^[0-9a-f-]{36}$/) }),
]);
export type PageMessage = z.infer<typeof PageMessage>;

/** The background's answer to `page:state`: is the open event a 1:1? (null: nothing open). */
export type PageReply = { ok: boolean; isOneOnOne?: boolean };

/** Extension pages → background. */
export const PageToBackground = z.discriminatedUnion('type', [
  z.object({ type: z.literal('frame:close') }),
  z.object({ type: z.literal('tab:status'), tabId: z.number().int() }),
]);
export type PageToBackground = z.infer<typeof PageToBackground>;

/** Background → the sidebar frame, over its port. */
export const SidebarPush = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('prep:event'),
    event: CalendarEventMessage.nullable(),
    detection: DetectionMessage.nullable(),
  }),
  /** Data changed somewhere (popup, options, another tab): re-query. Names stores only, no text. */
  z.object({ type: z.literal('db:changed'), stores: z.array(z.string().max(40)).max(20) }),
]);
export type SidebarPush = z.infer<typeof SidebarPush>;

/** Sidebar → background, first message on its port. */
export const SidebarHello = z.object({ type: z.literal('hello'), nonce: z.string().min(1) });

/** Background → content script. Validated by hand there (no zod in the content script). */
export type ContentCommand = { type: 'frame:hide' } | { type: 'frame:show' };

export type TabStatus = { site: 'google' | 'outlook'; status: 'recognised' | 'not-recognised' };
export const SIDEBAR_PORT = 'tandem-sidebar';
