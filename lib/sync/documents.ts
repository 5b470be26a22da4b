/**
 * What the sync server stores. Two kinds of documents, both opaque to the server:
 *
 * - the key check (`_id` "tandem-key-check"): the PBKDF2 salt and iteration count, and a known
 *   text encrypted under the derived key, so a second device can tell a wrong passphrase before
 *   it writes or merges anything;
 * - one sealed document per record: `_id` = HMAC(store + record id) under the derived id key,
 *   `iv` + `ct` = AES-GCM of {store, id, record} (record null = deleted), `f` = a keyed
 *   fingerprint of the record's content, so a device can tell "already sent" without decrypting.
 *
 * Record type, ids, person and meeting links are all inside the ciphertext. The server sees
 * ids, sizes, revisions and when they arrive; nothing else.
 */
import { z } from '../schema/zod';
import { canonicalJson } from '../db/backup-file';
import {
  ActionItem,
  AgendaItem,
  AskedLog,
  Meeting,
  Note,
  Person,
  Settings,
  StoredQuestion,
} from '../schema/records';
import { FeedbackEntry, Goal } from '../schema/growth';
import { EXPORT_STORES, type ExportData, type ExportStore } from '../schema/export-file';
import {
  MIN_ITERATIONS,
  keysFrom,
  mac,
  randomSalt,
  seal,
  stretchPassphrase,
  unseal,
  type SyncKeys,
} from './crypto';

export const KEY_CHECK_ID = 'tandem-key-check';
const KEY_CHECK_TEXT = 'Tandem sync key check, version 1';

const B64 = z.string().regex(/^[A-Za-z0-9_-]+$/);

export const KeyCheckDoc = z.object({
  _id: z.literal(KEY_CHECK_ID),
  _rev: z.string().optional(),
  format: z.literal('tandem-sync'),
  version: z.literal(1),
  kdf: z.object({
    name: z.literal('PBKDF2-SHA-256'),
    iterations: z.number().int().min(MIN_ITERATIONS).max(50_000_000),
    salt: B64,
  }),
  iv: B64,
  ct: B64,
});
export type KeyCheckDoc = z.infer<typeof KeyCheckDoc>;

export const SealedDoc = z.object({
  _id: B64,
  _rev: z.string().optional(),
  iv: B64,
  ct: B64,
  f: B64,
});
export type SealedDoc = z.infer<typeof SealedDoc>;

export type SyncStore = ExportStore;
export const SYNC_STORES = EXPORT_STORES;
export type SyncRecord<S extends SyncStore = SyncStore> = S extends 'settings'
  ? Settings
  : ExportData[Exclude<S, 'settings'>][number];

const RECORD_SCHEMA: Record<SyncStore, z.ZodType> = {
  people: Person,
  meetings: Meeting,
  agenda: AgendaItem,
  actions: ActionItem,
  notes: Note,
  questions: StoredQuestion,
  askedLog: AskedLog,
  settings: Settings,
  goals: Goal,
  feedback: FeedbackEntry,
};

/** What a sealed document holds once opened: a record, or that it was deleted (record null). */
export interface Payload {
  store: SyncStore;
  id: string;
  record: SyncRecord | null;
}

const PayloadShape = z.object({
  store: z.enum(EXPORT_STORES),
  id: z.string().min(1).max(200),
  record: z.unknown(),
});

/** A new key check for a database nobody synced to yet; returns the master it was made with. */
export async function createKeyCheck(
  passphrase: string,
  iterations = MIN_ITERATIONS,
): Promise<{ doc: KeyCheckDoc; master: Uint8Array<ArrayBuffer> }> {
  const salt = randomSalt();
  const master = await stretchPassphrase(passphrase, salt, iterations);
  const sealed = await seal(await keysFrom(master), KEY_CHECK_TEXT, KEY_CHECK_ID);
  const doc: KeyCheckDoc = {
    _id: KEY_CHECK_ID,
    format: 'tandem-sync',
    version: 1,
    kdf: { name: 'PBKDF2-SHA-256', iterations, salt },
    ...sealed,
  };
  return { doc, master };
}

/** The master for this passphrase, or null when the passphrase is not the database's. */
export async function openKeyCheck(
  doc: KeyCheckDoc,
  passphrase: string,
): Promise<Uint8Array<ArrayBuffer> | null> {
  const master = await stretchPassphrase(passphrase, doc.kdf.salt, doc.kdf.iterations);
  try {
    const text = await unseal(await keysFrom(master), doc, KEY_CHECK_ID);
    return text === KEY_CHECK_TEXT ? master : null;
  } catch {
    return null;
  }
}

/**
 * The opaque id of a record's document: the same on every device with the same passphrase.
 * Prefixed with a letter: base64url can begin with "_", and CouchDB refuses such ids (only its
 * reserved `_design/`, `_local/` may) — about one record in 64 would never have synced.
 */
export async function docIdFor(keys: SyncKeys, store: SyncStore, id: string): Promise<string> {
  return `r${await mac(keys, `id\n${store}\n${id}`)}`;
}

/** A keyed fingerprint of a record's content (or of its deletion). */
export function fingerprint(
  keys: SyncKeys,
  store: SyncStore,
  record: SyncRecord | null,
): Promise<string> {
  return mac(keys, `f\n${store}\n${record === null ? 'deleted' : canonicalJson(record)}`, 22);
}

export async function sealRecord(
  keys: SyncKeys,
  store: SyncStore,
  id: string,
  record: SyncRecord | null,
): Promise<SealedDoc> {
  const [_id, f] = await Promise.all([docIdFor(keys, store, id), fingerprint(keys, store, record)]);
  const payload: Payload = { store, id, record };
  return { _id, ...(await seal(keys, JSON.stringify(payload), _id)), f };
}

/**
 * Decrypts and validates a sealed document. Throws when it was not made with these keys, was
 * tampered with, or holds something that is not a valid Tandem record (a hostile server or
 * another app's data must never reach the database).
 */
export async function openRecord(keys: SyncKeys, doc: SealedDoc): Promise<Payload> {
  const payload = PayloadShape.parse(JSON.parse(await unseal(keys, doc, doc._id)));
  if ((await docIdFor(keys, payload.store, payload.id)) !== doc._id) {
    throw new Error('A sync document is stored under another record’s id');
  }
  if (payload.record === null) return { store: payload.store, id: payload.id, record: null };
  const record = RECORD_SCHEMA[payload.store].parse(payload.record) as SyncRecord;
  if (record.id !== payload.id) throw new Error('A sync document names another record');
  return { store: payload.store, id: payload.id, record };
}
