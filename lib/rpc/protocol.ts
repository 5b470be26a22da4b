/**
 * The envelope of the calls the sidebar frame makes to the background, which alone holds the
 * database for it (an extension frame inside a calendar page is a third-party context: Chromium
 * denies it IndexedDB). The calls themselves, with their argument schemas, are in ./methods.ts;
 * the background only accepts them from our extension pages. Results are plain data.
 */
import { z } from '../schema/zod';

export const RpcRequest = z.object({
  type: z.literal('rpc'),
  method: z.string().max(100),
  args: z.array(z.unknown()).max(5),
});
export type RpcRequest = z.infer<typeof RpcRequest>;

/** What comes back: a value, or an error the UI can show as it is. */
export type RpcResponse<T = unknown> =
  | { ok: true; value: T }
  | { ok: false; error: string; code?: 'storage-full' | 'not-found' | 'invalid' | 'failed' };
