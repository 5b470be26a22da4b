/**
 * The user's CouchDB-compatible server, through PouchDB's HTTP adapter (fetch only, so it works
 * in an MV3 service worker). Checks credentials and the passphrase before anything is written
 * or merged: a wrong passphrase changes nothing, here or on the server.
 */
import PouchDB from 'pouchdb-browser';
import { z } from '../zod';
import { KEY_CHECK_ID, KeyCheckDoc, createKeyCheck, openKeyCheck } from './documents';
import type { Mirror } from './mirror';

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

/** The one origin Tandem may talk to when sync is on (the host permission it asks for). */
export function originOf(server: Pick<SyncServer, 'url'>): string {
  return new URL(server.url).origin;
}

export function remoteDatabase(server: SyncServer, create = false): Mirror {
  return new PouchDB(`${server.url}/${encodeURIComponent(server.database)}`, {
    auth: { username: server.username, password: server.password },
    skip_setup: !create,
  }) as unknown as Mirror;
}

export type Check =
  | { ok: true; master: Uint8Array<ArrayBuffer>; created: boolean }
  | {
      ok: false;
      reason: 'unauthorized' | 'offline' | 'passphrase' | 'not-tandem';
      message: string;
    };

function statusOf(error: unknown): number | undefined {
  return (error as { status?: number } | null)?.status;
}

export const MESSAGES = {
  unauthorized: 'The server refused this username or password.',
  offline: 'The server cannot be reached. Check the URL, or try again when you are online.',
  passphrase:
    'This passphrase does not open the data on this server. Nothing was written or merged.',
  'not-tandem': 'This database holds something other than Tandem data. Choose another database.',
} as const;

/**
 * Connects, creates the database and its key check on first use, and derives the key from the
 * passphrase. Only a database with no key check yet is written to (the key check itself).
 */
export async function connect(server: SyncServer, passphrase: string): Promise<Check> {
  const fail = (reason: keyof typeof MESSAGES): Check => ({
    ok: false,
    reason,
    message: MESSAGES[reason],
  });
  let remote = remoteDatabase(server);
  try {
    await remote.info();
  } catch (error) {
    const status = statusOf(error);
    if (status === 401 || status === 403) return fail('unauthorized');
    if (status !== 404) return fail('offline');
    remote = remoteDatabase(server, true);
    try {
      await remote.info();
    } catch (again) {
      const s = statusOf(again);
      return fail(s === 401 || s === 403 ? 'unauthorized' : 'offline');
    }
  }
  let existing: unknown;
  try {
    existing = await remote.get(KEY_CHECK_ID);
  } catch (error) {
    if (statusOf(error) !== 404) return fail(statusOf(error) === 401 ? 'unauthorized' : 'offline');
  }
  if (existing === undefined) {
    const info = await remote.info();
    if (info.doc_count > 0) return fail('not-tandem');
    const { doc, master } = await createKeyCheck(passphrase);
    await remote.put(doc as never);
    return { ok: true, master, created: true };
  }
  const parsed = KeyCheckDoc.safeParse(existing);
  if (!parsed.success) return fail('not-tandem');
  const master = await openKeyCheck(parsed.data, passphrase);
  return master ? { ok: true, master, created: false } : fail('passphrase');
}
