/** The user's sync server as the options page enters it (pure zod: no PouchDB here). */
import { z } from '../schema/zod';

export const SyncServer = z.object({
  /** Origin and optional path, e.g. https://couch.example.org or http://127.0.0.1:5984 */
  url: z
    .string()
    .trim()
    .url()
    .refine((u) => /^https?:\/\//.test(u), 'The server URL must start with https:// or http://')
    .transform((u) => u.replace(/\/+$/, '')),
  database: z
    .string()
    .trim()
    .regex(
      /^[a-z][a-z0-9_$()+/-]*$/,
      'A database name is lower-case letters, digits and _$()+-/, starting with a letter',
    ),
  username: z.string().min(1).max(200),
  password: z.string().min(1).max(500),
});
export type SyncServer = z.infer<typeof SyncServer>;
