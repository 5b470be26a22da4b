/**
 * The local mirror: a PouchDB database of sealed documents (never plaintext) that PouchDB
 * replicates with the user's server. Tandem's own stores stay as they are; the mirror is the
 * replication state (revisions, checkpoints, conflicts) that the CouchDB protocol needs.
 *
 * Two directions, both through this module, one step at a time (see SyncQueue):
 * - out: records that changed in lib/db are sealed and written to the mirror, unless the
 *   mirror already holds that content (the keyed fingerprint `f` says so without decrypting);
 * - in: documents replication brought into the mirror are opened, validated and applied
 *   through lib/db (`syncApply`: a later version wins, edits made apart keep both texts).
 *   Conflicting revisions are all applied, then the losing ones are deleted from the mirror
 *   and the merged record goes out as the next revision.
 *
 * Its bookkeeping lives in one `_local` document (never replicated): the mirror sequence
 * applied so far, documents waiting for their meeting, and records where this device keeps
 * its own version on purpose (an unedited built-in question), so two devices never ping-pong.
 */
import type { AppliedRecord, Repository, RecordRef, SyncedRecord } from '../db/repository';
import { seededBuiltIn } from '../db/import-plan';
import {
  KEY_CHECK_ID,
  SealedDoc,
  docIdFor,
  fingerprint,
  openRecord,
  sealRecord,
  type Payload,
  type SyncStore,
} from './documents';
import type { SyncKeys } from './crypto';
import type PouchDB from 'pouchdb-browser';

export type Mirror = PouchDB.Database<Record<string, unknown>>;

/** Both versions are built-in questions exactly as a release seeded them. */
function bothSeeded(a: unknown, b: unknown): boolean {
  return typeof a === 'object' && a !== null && seededBuiltIn(a) && seededBuiltIn(b as object);
}

const STATE_ID = '_local/tandem-sync-state';

interface MirrorState {
  appliedSeq: string | number;
  /** docId → fingerprint of the version this device keeps although the mirror holds another. */
  kept: Record<string, string>;
  /** Documents to apply again (a note before its meeting). */
  deferred: string[];
  /** Local records written at or after this time are compared with the mirror after a restart. */
  checkedUntil: string;
}

async function readState(mirror: Mirror): Promise<MirrorState & { _rev?: string }> {
  try {
    return (await mirror.get(STATE_ID)) as unknown as MirrorState & { _rev?: string };
  } catch {
    return { appliedSeq: 0, kept: {}, deferred: [], checkedUntil: '' };
  }
}

async function writeState(mirror: Mirror, state: MirrorState & { _rev?: string }): Promise<void> {
  const saved = await mirror.put({ ...state, _id: STATE_ID } as never);
  state._rev = saved.rev;
}

export interface Counts {
  sent: number;
  received: number;
}

/** Runs mirror work one step at a time: reads and writes of the two directions never interleave. */
export class SyncQueue {
  private tail: Promise<unknown> = Promise.resolve();
  run<T>(work: () => Promise<T>): Promise<T> {
    const next = this.tail.then(work, work);
    this.tail = next.catch(() => undefined);
    return next;
  }
}

export class MirrorSync {
  private state: (MirrorState & { _rev?: string }) | null = null;
  /** `docId@rev` this device wrote: its own writes coming back through the changes feed. */
  private readonly written = new Set<string>();
  readonly counts: Counts = { sent: 0, received: 0 };

  constructor(
    private readonly mirror: Mirror,
    private readonly keys: SyncKeys,
    private readonly repo: () => Promise<Repository>,
  ) {}

  private async loaded() {
    this.state ??= await readState(this.mirror);
    return this.state;
  }

  /**
   * Seals and writes the records that differ from what the mirror holds. `deletions` is true for
   * ids a change announcement named: a record missing then was deleted here. (A bulk pass over
   * every record never infers a deletion: the record may simply not have arrived yet.)
   */
  async pushRecords(refs: readonly RecordRef[], deletions: boolean): Promise<number> {
    if (refs.length === 0) return 0;
    const state = await this.loaded();
    const repo = await this.repo();
    const records = await repo.syncRead(refs);
    return this.push(refs, records, deletions, state);
  }

  private async push(
    refs: readonly RecordRef[],
    records: readonly (SyncedRecord | null)[],
    deletions: boolean,
    state: MirrorState & { _rev?: string },
  ): Promise<number> {
    const ids = await Promise.all(refs.map((r) => docIdFor(this.keys, r.store, r.id)));
    const existing = await this.mirror.allDocs({ keys: ids, include_docs: true });
    const docs: SealedDoc[] = [];
    let keptChanged = false;
    await Promise.all(
      refs.map(async (ref, i) => {
        const record = records[i] ?? null;
        const row = existing.rows[i] as
          { value?: { rev: string; deleted?: boolean }; doc?: { f?: string } | null } | undefined;
        const current = row?.value && !row.value.deleted ? row : undefined;
        if (record === null && (!deletions || !current)) return;
        const f = await fingerprint(this.keys, ref.store, record);
        if (current?.doc?.f === f) return;
        if (state.kept[ids[i]!] === f) return;
        if (state.kept[ids[i]!] !== undefined) {
          delete state.kept[ids[i]!];
          keptChanged = true;
        }
        const sealed = await sealRecord(this.keys, ref.store, ref.id, record);
        docs.push(current?.value ? { ...sealed, _rev: current.value.rev } : sealed);
      }),
    );
    if (keptChanged) await writeState(this.mirror, state);
    if (docs.length === 0) return 0;
    const results = await this.mirror.bulkDocs(docs as never);
    let sent = 0;
    for (const result of results) {
      if ('ok' in result && result.ok) {
        this.written.add(`${result.id}@${result.rev}`);
        sent++;
      }
      // A 409 means replication wrote the document meanwhile: the incoming pass merges it and
      // the merged record goes out then.
    }
    this.counts.sent += sent;
    return sent;
  }

  /**
   * Compares local records with the mirror: those written since the last check (start, restart),
   * or all of them (`everything`: after an import, which restores older timestamps).
   */
  async pushAll(onProgress?: () => void, everything = false): Promise<void> {
    const state = await this.loaded();
    const startedAt = new Date(Date.now() - 60_000).toISOString();
    const all = await (await this.repo()).syncAll();
    const since = everything ? '' : state.checkedUntil;
    const due = all.filter((r) => (r.record as { updatedAt: string }).updatedAt >= since);
    for (let i = 0; i < due.length; i += 500) {
      const slice = due.slice(i, i + 500);
      await this.push(
        slice,
        slice.map((r) => r.record),
        false,
        state,
      );
      onProgress?.();
    }
    state.checkedUntil = startedAt;
    await writeState(this.mirror, state);
  }

  /** Applies what replication brought in since the last pass; true when more is waiting. */
  async pullBatch(limit = 500): Promise<boolean> {
    const state = await this.loaded();
    const feed = await this.mirror.changes({
      since: state.appliedSeq,
      limit,
      include_docs: true,
      conflicts: true,
    });
    const winners: Payload[] = [];
    const losers: Payload[] = [];
    const losingRevs: { _id: string; _rev: string; _deleted: true }[] = [];
    const fOf = new Map<string, string>();
    const docIds = new Map<string, string>();
    const docs = feed.results.map((c) => c.doc).filter((d) => d && !d._deleted);
    const retry =
      state.deferred.length > 0
        ? (
            await this.mirror.allDocs({ keys: state.deferred, include_docs: true, conflicts: true })
          ).rows
            .map((r) => ('doc' in r ? r.doc : undefined))
            .filter((d) => d)
        : [];
    for (const doc of [...retry, ...docs] as (Record<string, unknown> & {
      _id: string;
      _rev: string;
      _conflicts?: string[];
    })[]) {
      if (doc._id === KEY_CHECK_ID || doc._id.startsWith('_')) continue;
      if (this.written.has(`${doc._id}@${doc._rev}`) && !doc._conflicts?.length) continue;
      const opened = await this.open(doc);
      if (!opened) continue;
      winners.push(opened);
      fOf.set(`${opened.store}\n${opened.id}`, String(doc.f));
      docIds.set(`${opened.store}\n${opened.id}`, doc._id);
      for (const rev of doc._conflicts ?? []) {
        const leaf = await this.mirror.get(doc._id, { rev }).catch(() => null);
        const other = leaf && (await this.open(leaf as never));
        if (other) losers.push(other);
        losingRevs.push({ _id: doc._id, _rev: rev, _deleted: true });
      }
    }
    const repo = await this.repo();
    const appliedWinners = await repo.syncApply(winners);
    const applied = [...appliedWinners, ...(await repo.syncApply(losers))];
    const keyOf = (r: RecordRef) => `${r.store}\n${r.id}`;
    const deferred = new Set<string>();
    for (const result of applied) {
      if (result.outcome === 'deferred') deferred.add(docIds.get(keyOf(result))!);
    }
    for (const result of appliedWinners) if (result.outcome !== 'deferred') this.counts.received++;
    // What this device holds now, per record: the losers' pass ran last, so its result is final.
    const final = new Map<string, AppliedRecord>();
    for (const result of applied) final.set(keyOf(result), result);
    const incoming = new Map(winners.map((w) => [keyOf(w), w.record]));
    const resend: RecordRef[] = [];
    const resendRecords: SyncedRecord[] = [];
    for (const [key, result] of final) {
      const docId = docIds.get(key)!;
      // A new or updated record is the winner's content: nothing to compare.
      if (deferred.has(docId) || result.stored === null) continue;
      if (result.outcome !== 'conflicting' && result.outcome !== 'unchanged') continue;
      const mine = await fingerprint(this.keys, result.store as SyncStore, result.stored);
      if (mine === fOf.get(key)) continue;
      // Held back on purpose: both devices seeded this built-in question unedited and only the
      // release's wording differs. Remembered, so neither device sends its own back and forth.
      if (bothSeeded(incoming.get(key), result.stored)) {
        state.kept[docId] = mine;
        continue;
      }
      // Anything else that differs from the mirror's winner (the merge of conflicting versions,
      // a local edit newer than the winner) goes out as the next revision in this same step,
      // never left to a change announcement that may be lost, and never held back while its
      // losing revisions are deleted below: otherwise a device that has not yet seen the losing
      // version would only ever see the winner, and one of the two texts would be lost there.
      resend.push({ store: result.store, id: result.id });
      resendRecords.push(result.stored);
    }
    if (losingRevs.length > 0) await this.mirror.bulkDocs(losingRevs as never);
    if (resend.length > 0) await this.push(resend, resendRecords, false, state);
    state.deferred = [...deferred];
    state.appliedSeq = feed.last_seq;
    await writeState(this.mirror, state);
    return feed.results.length >= limit;
  }

  /** Applies everything waiting in the mirror. */
  async pullAll(onProgress?: () => void): Promise<void> {
    while (await this.pullBatch()) onProgress?.();
    onProgress?.();
  }

  private async open(doc: Record<string, unknown>): Promise<Payload | null> {
    const parsed = SealedDoc.safeParse(doc);
    if (!parsed.success) return null;
    try {
      return await openRecord(this.keys, parsed.data);
    } catch (error) {
      // Not ours, tampered with, or not a valid record: never applied. Ids only in the log.
      console.warn('Tandem sync: a document could not be opened', parsed.data._id, String(error));
      return null;
    }
  }
}
