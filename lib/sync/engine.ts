/**
 * One sync session: the mirror (PouchDB on IndexedDB, sealed documents only) replicating with
 * the user's server, and lib/db changes flowing both ways through MirrorSync. Runs in the
 * background; the service worker may stop at any time, and a new session picks up from the
 * mirror's checkpoints (PouchDB's replication checkpoints, and MirrorSync's `_local` state).
 *
 * Order on start: pull what the server has and apply it first, then send what this device has
 * that the server lacks, then replicate live (retrying with back-off while offline).
 */
import PouchDB from 'pouchdb-browser';
import type { DbChange, Repository, RecordRef } from '../db/repository';
import { SYNC_STORES, type SyncStore } from './documents';
import { keysFrom } from './crypto';
import { MirrorSync, SyncQueue, type Mirror } from './mirror';
import { remoteDatabase, type SyncServer } from './server';

export const MIRROR_NAME = 'tandem-sync-mirror';

export type SyncPhase =
  'off' | 'locked' | 'connecting' | 'first-sync' | 'up-to-date' | 'syncing' | 'offline' | 'stopped';

export interface SyncStatus {
  phase: SyncPhase;
  /** Records this device sent / received in this session. */
  sent: number;
  received: number;
  /** During the first sync: how many documents the server holds, for the progress bar. */
  expected?: number;
  /** Documents the server refused (a validate_doc_update, a read-only account). */
  denied?: number;
}

type Listener = (status: SyncStatus) => void;
type Cancelable = { cancel(): void };

export function openMirror(): Mirror {
  return new PouchDB(MIRROR_NAME, { auto_compaction: true }) as unknown as Mirror;
}

export class SyncSession {
  private readonly queue = new SyncQueue();
  private live: Cancelable[] = [];
  private offChange: (() => void) | null = null;
  private pullScheduled = false;
  private stopped = false;
  private status: SyncStatus = { phase: 'connecting', sent: 0, received: 0 };
  private sync!: MirrorSync;

  constructor(
    private readonly server: SyncServer,
    private readonly master: Uint8Array<ArrayBuffer>,
    private readonly repo: () => Promise<Repository>,
    private readonly onStatus: Listener,
    private readonly mirror: Mirror = openMirror(),
  ) {}

  private set(patch: Partial<SyncStatus>): void {
    if (this.stopped) return;
    this.status = {
      ...this.status,
      ...patch,
      sent: this.sync?.counts.sent ?? 0,
      received: this.sync?.counts.received ?? 0,
    };
    this.onStatus(this.status);
  }

  async start(): Promise<void> {
    this.sync = new MirrorSync(this.mirror, await keysFrom(this.master), this.repo);
    const remote = remoteDatabase(this.server);
    this.set({ phase: 'connecting' });
    let expected: number | undefined;
    try {
      expected = (await remote.info()).doc_count;
    } catch {
      // Offline: local changes still go into the mirror; live replication retries.
    }
    const mirrorInfo = await this.mirror.info();
    const first = mirrorInfo.doc_count <= 1;
    if (expected !== undefined) {
      this.set(first ? { phase: 'first-sync', expected } : { phase: 'syncing' });
      await this.pullOnce(remote);
    } else {
      this.set({ phase: 'offline' });
    }
    const progress = () => this.set({});
    await this.queue.run(() => this.sync.pullAll(progress));
    await this.queue.run(() => this.sync.pushAll(progress));
    this.offChange = (await this.repo()).onChange((change) => this.localChange(change));
    if (this.stopped) return;
    this.startLive(remote);
  }

  /** Brings the server's documents into the mirror once, before anything is sent. */
  private async pullOnce(remote: Mirror): Promise<void> {
    const replication = PouchDB.replicate(remote as never, this.mirror as never, {
      batch_size: 200,
    });
    this.live.push(replication);
    replication.on('change', () => this.set({}));
    try {
      await replication;
    } catch {
      // Offline or refused: the live replication below retries.
    }
  }

  private startLive(remote: Mirror): void {
    const replication = PouchDB.sync(this.mirror as never, remote as never, {
      live: true,
      retry: true,
      batch_size: 200,
    });
    replication
      .on('active', () => this.set({ phase: 'syncing' }))
      .on('paused', (error: unknown) =>
        this.set(error ? { phase: 'offline' } : { phase: 'up-to-date', expected: undefined }),
      )
      .on('error', () => this.set({ phase: 'offline' }))
      .on('denied', () => this.set({ denied: (this.status.denied ?? 0) + 1 }));
    this.live.push(replication);
    const feed = this.mirror
      .changes({ live: true, since: 'now' })
      .on('change', () => this.schedulePull());
    this.live.push(feed);
    this.schedulePull();
  }

  private schedulePull(): void {
    if (this.pullScheduled || this.stopped) return;
    this.pullScheduled = true;
    // One pass per burst of replicated documents.
    setTimeout(() => {
      this.pullScheduled = false;
      void this.queue
        .run(() => this.sync.pullAll(() => this.set({})))
        .catch((error: unknown) => console.warn('Tandem sync: applying failed', String(error)));
    }, 50);
  }

  private localChange(change: DbChange): void {
    if (this.stopped) return;
    const stores = change.stores.filter((s): s is SyncStore =>
      (SYNC_STORES as readonly string[]).includes(s),
    );
    if (stores.length === 0) return;
    const work = change.bulk
      ? () => this.sync.pushAll(undefined, true).then(() => 0)
      : () => {
          const refs: RecordRef[] = stores.flatMap((store) =>
            change.ids.map((id) => ({ store, id })),
          );
          return this.sync.pushRecords(refs, true);
        };
    void this.queue
      .run(work)
      .then(() => this.set({}))
      .catch((error: unknown) => console.warn('Tandem sync: sending failed', String(error)));
  }

  /** Stops replicating; the mirror stays (a later start resumes from its checkpoints). */
  async stop(): Promise<void> {
    this.stopped = true;
    this.offChange?.();
    for (const job of this.live.splice(0)) job.cancel();
    await this.queue.run(async () => undefined);
  }

  /** Stops and deletes the mirror (Forget this server). */
  async destroy(): Promise<void> {
    await this.stop();
    await this.mirror.destroy();
  }
}
