/**
 * The user's sync server as the background accepts it (pure zod: no PouchDB here). The options
 * page checks the same rules first, with messages in the user's language
 * (components/options/sync-schema.ts).
 */
import { z } from '../schema/zod';

export const SyncServer = z.object({
  /** Origin and optional path, e.g. https://couch.example.org or http://127.0.0.1:5984 */
  url: z
    .string()
    .trim()
    .url()
    .refine((u) => /^https?:\/\//.test(u))
    .transform((u) => u.replace(/\/+$/, '')),
  database: z
    .string()
    .trim()
    .regex(/^[a-z][a-z0-9_$()+/-]*$/),
  username: z.string().min(1).max(200),
  password: z.string().min(1).max(500),
});
export type SyncServer = z.infer<typeof SyncServer>;
