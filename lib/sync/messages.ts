/**
 * Options page and popup → background, about sync: a channel of its own (not lib/rpc), because
 * only those two pages may start, unlock or stop sync — never the sidebar frame, which lives
 * inside a calendar page. zod-validated in the background.
 */
import { z } from '../schema/zod';
import { SyncServer } from './server-schema';
import type { CheckFailure } from './server';
import type { SyncStatus } from './engine';

export const MIN_PASSPHRASE = 8;
export const Passphrase = z.string().min(MIN_PASSPHRASE).max(1000);

export const SyncRequest = z.discriminatedUnion('action', [
  z.object({ type: z.literal('sync'), action: z.literal('status') }),
  z.object({
    type: z.literal('sync'),
    action: z.literal('start'),
    server: SyncServer,
    passphrase: Passphrase,
  }),
  z.object({ type: z.literal('sync'), action: z.literal('unlock'), passphrase: Passphrase }),
  z.object({ type: z.literal('sync'), action: z.literal('stop') }),
  z.object({ type: z.literal('sync'), action: z.literal('forget') }),
]);
export type SyncRequest = z.infer<typeof SyncRequest>;

/** What the pages show: the status, and the server without its password. */
export interface SyncView {
  status: SyncStatus;
  server: { url: string; database: string; username: string } | null;
  enabled: boolean;
}

/**
 * Why a request failed. The background sends codes, the pages the words (in the user's
 * language): `permission` is the page's own (the user declined the host permission).
 */
export type SyncFailure = CheckFailure | 'not-set-up' | 'invalid' | 'failed' | 'permission';

export type SyncReply =
  { ok: true; view: SyncView } | { ok: false; code: SyncFailure; view: SyncView };

/** Where the background publishes the view (storage.session: extension pages only). */
export const SYNC_VIEW_KEY = 'tandem.sync.view';
