/**
 * The user's CouchDB-compatible server, through PouchDB's HTTP adapter (fetch only, so it works
 * in an MV3 service worker). Checks credentials and the passphrase before anything is written
 * or merged: a wrong passphrase changes nothing, here or on the server.
 */
import PouchDB from 'pouchdb-browser';
import type { SyncServer } from './server-schema';
import { KEY_CHECK_ID, KeyCheckDoc, createKeyCheck, openKeyCheck } from './documents';
import type { Mirror } from './mirror';

export { SyncServer } from './server-schema';

/** The one origin Tandem may talk to when sync is on (the host permission it asks for). */
export function originOf(server: Pick<SyncServer, 'url'>): string {
  return new URL(server.url).origin;
}

function databaseUrl(server: SyncServer): string {
  return `${server.url}/${encodeURIComponent(server.database)}`;
}

export function remoteDatabase(server: SyncServer): Mirror {
  return new PouchDB(databaseUrl(server), {
    auth: { username: server.username, password: server.password },
    skip_setup: true,
  }) as unknown as Mirror;
}

/** PUT /{db}: 201/202 created, 412 already there. */
async function createDatabase(server: SyncServer): Promise<number> {
  const response = await fetch(databaseUrl(server), {
    method: 'PUT',
    headers: { authorization: `Basic ${btoa(`${server.username}:${server.password}`)}` },
  });
  return response.status;
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
    // A database nobody synced to yet: create it (the user's own server, their own account).
    const created = await createDatabase(server).catch(() => 0);
    if (created === 401 || created === 403) return fail('unauthorized');
    if (created !== 201 && created !== 202 && created !== 412) return fail('offline');
    remote = remoteDatabase(server);
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
