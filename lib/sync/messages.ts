/** Options page and popup → background, about sync. zod-validated in the background. */
import { z } from '../schema/zod';
import { SyncServer } from './server-schema';
import type { SyncStatus } from './engine';

const Passphrase = z.string().min(8, 'Use a passphrase of at least 8 characters').max(1000);

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

export type SyncReply =
  { ok: true; view: SyncView } | { ok: false; message: string; view: SyncView };

/** Where the background publishes the view (storage.session: extension pages only). */
export const SYNC_VIEW_KEY = 'tandem.sync.view';
