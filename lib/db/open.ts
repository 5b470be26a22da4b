/**
 * Opening the one database. Several contexts hold connections at once (background, sidebar,
 * popup, options). When a newer release upgrades the schema, older connections get
 * `versionchange`: they close themselves at once (so the upgrade is not blocked) and tell
 * their view, which should reload. If an upgrade still waits on a connection that does not
 * close, `onBlocked` fires so the UI can say "close other Tandem tabs".
 */
import { openDB, type IDBPDatabase } from 'idb';
import { DB_NAME, DB_VERSION, type TandemDB } from './db-schema';
import { upgradeTo } from './migrations';

export interface OpenOptions {
  name?: string;
  /** This connection was closed for a newer version (or by the browser): reload the view. */
  onClosed?: (reason: 'versionchange' | 'terminated') => void;
  /** Our upgrade is waiting for another connection to close. */
  onBlocked?: () => void;
}

export async function openTandemDB(options: OpenOptions = {}): Promise<IDBPDatabase<TandemDB>> {
  const db: IDBPDatabase<TandemDB> = await openDB<TandemDB>(options.name ?? DB_NAME, DB_VERSION, {
    upgrade: upgradeTo(DB_VERSION) as never,
    blocked: () => options.onBlocked?.(),
    blocking: () => {
      db.close();
      options.onClosed?.('versionchange');
    },
    terminated: () => options.onClosed?.('terminated'),
  });
  return db;
}
