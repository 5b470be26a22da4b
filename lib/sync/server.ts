/**
 * The user's CouchDB-compatible server. Checking it (credentials, the database, the key check)
 * uses plain fetch with the HTTP status in hand: PouchDB's HTTP adapter answers `info()` on a
 * missing database with the server's error body instead of failing, which once left "Start
 * sync" waiting at "connecting" forever. Replication itself goes through PouchDB (fetch only,
 * so it works in an MV3 service worker). A wrong passphrase is refused before anything is
 * written or merged, here or on the server.
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

/** Why a server check failed; the pages turn the code into words (lib/sync/messages.ts). */
export type CheckFailure = 'unauthorized' | 'offline' | 'passphrase' | 'not-tandem';

export type Check =
  | { ok: true; master: Uint8Array<ArrayBuffer>; created: boolean }
  | { ok: false; reason: CheckFailure };

interface Answer {
  status: number;
  body: unknown;
}

/** One request with the user's credentials; status 0 = the server could not be reached. */
async function call(server: SyncServer, path: string, init: RequestInit = {}): Promise<Answer> {
  try {
    const response = await fetch(`${databaseUrl(server)}${path}`, {
      ...init,
      headers: {
        authorization: `Basic ${btoa(`${server.username}:${server.password}`)}`,
        accept: 'application/json',
        ...(init.body !== undefined && { 'content-type': 'application/json' }),
      },
    });
    const body: unknown = await response.json().catch(() => null);
    return { status: response.status, body };
  } catch {
    return { status: 0, body: null };
  }
}

const refused = (status: number) => status === 401 || status === 403;

/**
 * Connects, creates the database and its key check on first use, and derives the key from the
 * passphrase. Only a database with no key check yet is written to (the key check itself).
 */
export async function connect(server: SyncServer, passphrase: string): Promise<Check> {
  const fail = (reason: CheckFailure): Check => ({ ok: false, reason });
  let info = await call(server, '/');
  if (refused(info.status)) return fail('unauthorized');
  if (info.status === 404) {
    // A database nobody synced to yet: create it (the user's own server, their own account).
    const created = await call(server, '/', { method: 'PUT' });
    if (refused(created.status)) return fail('unauthorized');
    if (![201, 202, 412].includes(created.status)) return fail('offline');
    info = await call(server, '/');
  }
  if (info.status !== 200) return fail('offline');
  const existing = await call(server, `/${KEY_CHECK_ID}`);
  if (refused(existing.status)) return fail('unauthorized');
  if (existing.status === 404) {
    const docCount = (info.body as { doc_count?: unknown } | null)?.doc_count;
    if (typeof docCount === 'number' && docCount > 0) return fail('not-tandem');
    const { doc, master } = await createKeyCheck(passphrase);
    const put = await call(server, `/${KEY_CHECK_ID}`, {
      method: 'PUT',
      body: JSON.stringify(doc),
    });
    if (refused(put.status)) return fail('unauthorized');
    // 409: another device made the key check a moment ago; check against that one.
    if (put.status === 409) return connect(server, passphrase);
    if (put.status !== 201 && put.status !== 202) return fail('offline');
    return { ok: true, master, created: true };
  }
  if (existing.status !== 200) return fail('offline');
  const parsed = KeyCheckDoc.safeParse(existing.body);
  if (!parsed.success) return fail('not-tandem');
  const master = await openKeyCheck(parsed.data, passphrase);
  return master ? { ok: true, master, created: false } : fail('passphrase');
}
