/**
 * In-page probe for the sync floors: bare PouchDB (pouchdb-browser, the build Tandem ships) in a
 * plain page served at the sync server's own origin, so no CORS and no extension is involved.
 * - first sync: the same records as plaintext documents written into a fresh local PouchDB
 *   (on IndexedDB, in batches of 500 as Tandem's mirror does) and replicated to a fresh
 *   database of the server;
 * - live: a local PouchDB replicating live with one database of the server; one page puts a
 *   document, the other notices it (polled like the real arm's profile B).
 */
import PouchDB from 'pouchdb-browser';

type Doc = { _id: string } & Record<string, unknown>;
interface Auth {
  username: string;
  password: string;
}

const w = window as unknown as Record<string, unknown>;
let live: PouchDB.Database | null = null;

const remoteDb = (name: string, auth: Auth) =>
  new PouchDB(`${location.origin}/${name}`, { auth, skip_setup: false });

w.__floorFirstSync = async (o: { docsUrl: string; remote: string; local: string; auth: Auth }) => {
  const docs = (await (await fetch(o.docsUrl)).json()) as Doc[];
  const t0 = performance.now();
  const local = new PouchDB(o.local, { auto_compaction: true });
  for (let i = 0; i < docs.length; i += 500) await local.bulkDocs(docs.slice(i, i + 500));
  const written = performance.now() - t0;
  await local.replicate.to(remoteDb(o.remote, o.auth), { batch_size: 200 });
  const ms = performance.now() - t0;
  await local.destroy();
  return { ms, localWriteMs: written, docs: docs.length };
};

/** Opens the live replication and resolves once it is caught up. */
w.__floorLiveOpen = async (o: { remote: string; local: string; auth: Auth }) => {
  live = new PouchDB(o.local);
  const sync = live.sync(remoteDb(o.remote, o.auth), { live: true, retry: true, batch_size: 200 });
  await new Promise<void>((resolve) => sync.on('paused', () => resolve()));
};

w.__floorPut = async (doc: Doc) => {
  await live!.put(doc);
};

/** Polls the local database every 10 ms until `id` is there; resolves with Date.now() then. */
w.__floorWait = async (id: string) => {
  for (;;) {
    try {
      await live!.get(id);
      return Date.now();
    } catch {
      await new Promise((r) => setTimeout(r, 10));
    }
  }
};
