/**
 * Sync in the background. The server settings (URL, database, username, password) are kept in
 * storage.local; the key derived from the passphrase only in storage.session (memory, gone when
 * the browser closes); the passphrase itself nowhere. After a browser restart sync waits,
 * "locked", until the passphrase is given again in the popup or the options page; local use
 * never waits for it. With sync off, nothing here makes a request or loads PouchDB.
 */
import { browser } from 'wxt/browser';
import type { Repository } from '../db/repository';
import { fromBase64Url, toBase64Url } from '../sync/encoding';
import { KEY_CHECK_ID, KeyCheckDoc, openKeyCheck } from '../sync/documents';
import { connect } from '../sync/server';
import { SyncServer } from '../sync/server-schema';
import type { SyncSession, SyncStatus } from '../sync/engine';
import {
  SYNC_VIEW_KEY,
  SyncRequest,
  type SyncFailure,
  type SyncReply,
  type SyncView,
} from '../sync/messages';

const CONFIG_KEY = 'tandem.sync.config';
const MASTER_KEY = 'tandem.sync.master';

interface Config {
  server: SyncServer;
  enabled: boolean;
}

async function readConfig(): Promise<Config | null> {
  const stored = (await browser.storage.local.get(CONFIG_KEY))[CONFIG_KEY] as Config | undefined;
  const server = SyncServer.safeParse(stored?.server);
  return stored && server.success
    ? { server: server.data, enabled: stored.enabled === true }
    : null;
}

const idle = (phase: SyncStatus['phase']): SyncStatus => ({ phase, sent: 0, received: 0 });

export function createSyncService(repository: () => Promise<Repository>) {
  // The engine (PouchDB and its replication) is loaded only once sync is on.
  let session: SyncSession | null = null;
  let status: SyncStatus = idle('off');
  let config: Config | null = null;
  let resumed: Promise<void> | null = null;
  let lastPublished = 0;
  let trailing: ReturnType<typeof setTimeout> | null = null;

  const view = (): SyncView => ({
    status,
    server: config
      ? {
          url: config.server.url,
          database: config.server.database,
          username: config.server.username,
        }
      : null,
    enabled: config?.enabled ?? false,
  });

  function publish(next: SyncStatus, force = false): void {
    status = next;
    const now = Date.now();
    // Progress comes in bursts: at most a few writes a second, and the last state always.
    if (!force && now - lastPublished < 250) {
      trailing ??= setTimeout(() => {
        trailing = null;
        publish(status, true);
      }, 260);
      return;
    }
    lastPublished = now;
    void browser.storage.session.set({ [SYNC_VIEW_KEY]: view() }).catch(() => undefined);
  }

  async function run(master: Uint8Array<ArrayBuffer>): Promise<void> {
    if (!config) return;
    await session?.stop();
    const { SyncSession } = await import('../sync/engine');
    const current = new SyncSession(config.server, master, repository, (s) => {
      if (session === current) publish(s);
    });
    session = current;
    void current.start().catch((error: unknown) => {
      console.warn('Tandem sync: the session failed', String(error));
      if (session === current) publish({ ...status, phase: 'offline' }, true);
    });
  }

  /** After every service-worker start: resume if the key is still in this browser session. */
  async function resumeNow(): Promise<void> {
    config = await readConfig();
    if (!config?.enabled) return publish(idle(config ? 'stopped' : 'off'), true);
    const stored = (await browser.storage.session.get(MASTER_KEY))[MASTER_KEY];
    if (typeof stored !== 'string') return publish(idle('locked'), true);
    await run(fromBase64Url(stored));
  }
  const resume = () => (resumed ??= resumeNow().catch(() => undefined));

  async function keep(master: Uint8Array<ArrayBuffer>): Promise<void> {
    await browser.storage.session.set({ [MASTER_KEY]: toBase64Url(master) });
  }

  async function unlockLocally(
    passphrase: string,
  ): Promise<Uint8Array<ArrayBuffer> | 'wrong' | null> {
    // The mirror holds the key check since the first sync: unlocking works offline.
    const { openMirror } = await import('../sync/engine');
    const mirror = openMirror();
    try {
      const doc = KeyCheckDoc.safeParse(await mirror.get(KEY_CHECK_ID));
      if (!doc.success) return null;
      return (await openKeyCheck(doc.data, passphrase)) ?? 'wrong';
    } catch {
      return null;
    } finally {
      await mirror.close();
    }
  }

  async function handle(request: SyncRequest): Promise<SyncReply> {
    const refuse = (code: SyncFailure): SyncReply => ({ ok: false, code, view: view() });
    await resume();
    switch (request.action) {
      case 'status':
        return { ok: true, view: view() };
      case 'start': {
        const before = status;
        publish(idle('connecting'), true);
        const check = await connect(request.server, request.passphrase);
        if (!check.ok) {
          publish(before, true);
          return refuse(check.reason);
        }
        await session?.stop();
        session = null;
        config = { server: request.server, enabled: true };
        await browser.storage.local.set({ [CONFIG_KEY]: config });
        await keep(check.master);
        await run(check.master);
        return { ok: true, view: view() };
      }
      case 'unlock': {
        if (!config) return refuse('not-set-up');
        let master = await unlockLocally(request.passphrase);
        if (master === null) {
          const check = await connect(config.server, request.passphrase);
          if (!check.ok) return refuse(check.reason);
          master = check.master;
        }
        if (master === 'wrong') return refuse('passphrase');
        config = { ...config, enabled: true };
        await browser.storage.local.set({ [CONFIG_KEY]: config });
        await keep(master);
        await run(master);
        return { ok: true, view: view() };
      }
      case 'stop':
        await session?.stop();
        session = null;
        if (config) {
          config = { ...config, enabled: false };
          await browser.storage.local.set({ [CONFIG_KEY]: config });
        }
        await browser.storage.session.remove(MASTER_KEY);
        publish(idle(config ? 'stopped' : 'off'), true);
        return { ok: true, view: view() };
      case 'forget': {
        // The mirror goes too (it holds only ciphertext, but it is this server's).
        const { openMirror } = await import('../sync/engine');
        const current = session;
        session = null;
        if (current) await current.destroy();
        else await openMirror().destroy();
        config = null;
        await browser.storage.local.remove(CONFIG_KEY);
        await browser.storage.session.remove(MASTER_KEY);
        publish(idle('off'), true);
        return { ok: true, view: view() };
      }
    }
  }

  return {
    resume,
    async onMessage(raw: unknown): Promise<SyncReply> {
      const parsed = SyncRequest.safeParse(raw);
      if (!parsed.success) return { ok: false, code: 'invalid', view: view() };
      try {
        return await handle(parsed.data);
      } catch (error) {
        console.warn('Tandem sync: a request failed', String(error));
        if (status.phase === 'connecting') publish(idle(config?.enabled ? 'offline' : 'off'), true);
        return { ok: false, code: 'failed', view: view() };
      }
    },
  };
}
