/**
 * Every message that crosses a context boundary, as zod schemas. Receivers in extension pages and
 * the background parse with these and check the sender (see lib/messaging/message-guard.ts). The content
 * script only imports the *types* (erased at build time), so zod never ships to the calendar page.
 */
import { z } from '../schema/zod';
import type { SiteId } from '../sites/hosts';
import type { PageStatus } from '../sites/types';

import { CalendarEventMessage, VisibleEventMessage } from './event-schema';

export {
  CalendarEventMessage,
  DetectionMessage,
  PersonRef,
  SIDEBAR_PORT,
  SidebarPush,
  VisibleEventMessage,
} from './event-schema';

/** Content script → background. */
export const PageMessage = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('page:state'),
    status: z.enum(['recognised', 'not-recognised', 'event-unreadable']),
    open: z.nullable(CalendarEventMessage),
    /** The events visible in the grid (for "upcoming 1:1s"). */
    visible: z.array(VisibleEventMessage).max(2000),
  }),
  z.object({
    type: z.literal('frame:register'),
    nonce: z.string().regex(/^[0-9a-f-]{36}$/),
    /** Whether the calendar itself is dark (its own theme may differ from the system's). */
    pageTheme: z.enum(['light', 'dark']).optional(),
  }),
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

/** Sidebar → background, first message on its port. */
export const SidebarHello = z.object({ type: z.literal('hello'), nonce: z.string().min(1) });

/**
 * Background → content script. Validated by hand there (no zod in the content script). (The
 * popup's layout report reads the page by injecting lib/report/skeleton.ts instead.)
 */
export type ContentCommand = { type: 'frame:hide' };

export type TabStatus = { site: SiteId; status: PageStatus };
