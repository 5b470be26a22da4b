import { describe, expect, it } from 'vitest';
import { keysFrom, MIN_ITERATIONS, stretchPassphrase } from '../../../lib/sync/crypto';
import {
  createKeyCheck,
  docIdFor,
  fingerprint,
  KeyCheckDoc,
  openKeyCheck,
  openRecord,
  sealRecord,
} from '../../../lib/sync/documents';
import type { Note } from '../../../lib/schema/records';

const note: Note = {
  id: 'n-1',
  personId: 'p-ada',
  meetingId: 'm-7',
  text: 'Ada wants to lead the migration',
  topics: [],
  private: true,
  createdAt: '2026-01-05T09:00:00.000Z',
  updatedAt: '2026-01-05T09:00:00.000Z',
  rev: 1,
} as unknown as Note;

// PBKDF2 at 600,000 iterations takes a second or more here: stretch each passphrase once.
const masters = new Map<string, Promise<Uint8Array<ArrayBuffer>>>();
async function keys(passphrase = 'correct horse battery staple') {
  if (!masters.has(passphrase)) {
    masters.set(
      passphrase,
      stretchPassphrase(passphrase, 'c2FsdHNhbHRzYWx0c2FsdA', MIN_ITERATIONS),
    );
  }
  return keysFrom(await masters.get(passphrase)!);
}

describe('sync documents', { timeout: 60_000 }, () => {
  it('keeps record type, ids, links and text inside the ciphertext', async () => {
    const k = await keys();
    const doc = await sealRecord(k, 'notes', note.id, note);
    const visible = JSON.stringify(doc);
    for (const secret of ['n-1', 'p-ada', 'm-7', 'Ada', 'migration', 'notes', 'personId']) {
      expect(visible).not.toContain(secret);
    }
    expect(await openRecord(k, doc)).toEqual({ store: 'notes', id: 'n-1', record: note });
  });

  it('uses a fresh IV per write and the same opaque id on every device', async () => {
    const [a, b] = [await keys(), await keys()];
    const first = await sealRecord(a, 'notes', note.id, note);
    const second = await sealRecord(b, 'notes', note.id, note);
    expect(first._id).toBe(second._id);
    expect(first.iv).not.toBe(second.iv);
    expect(first.ct).not.toBe(second.ct);
    expect(first.f).toBe(second.f);
    expect(await docIdFor(a, 'people', note.id)).not.toBe(first._id);
    const edited = { ...note, text: 'Ada wants to lead it', rev: 2 };
    expect(await fingerprint(a, 'notes', edited)).not.toBe(first.f);
  });

  it('gives every record an id CouchDB accepts (never one that starts with "_")', async () => {
    const k = await keys();
    const ids = await Promise.all(
      Array.from({ length: 2000 }, (_, i) => docIdFor(k, 'notes', `n-${i}`)),
    );
    // 2000 HMACs: about 31 would begin with "_" if the id were the bare base64url MAC.
    for (const id of ids) expect(id).toMatch(/^[a-z][A-Za-z0-9_-]+$/);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('refuses a document made with another passphrase, moved to another id, or altered', async () => {
    const k = await keys();
    const doc = await sealRecord(k, 'notes', note.id, note);
    await expect(openRecord(await keys('wrong'), doc)).rejects.toThrow();
    const other = await sealRecord(k, 'notes', 'n-2', { ...note, id: 'n-2' });
    await expect(openRecord(k, { ...doc, _id: other._id })).rejects.toThrow();
    const flipped = doc.ct.slice(0, 5) + (doc.ct[5] === 'A' ? 'B' : 'A') + doc.ct.slice(6);
    await expect(openRecord(k, { ...doc, ct: flipped })).rejects.toThrow();
  });

  it('refuses a well-encrypted payload that is not a valid record', async () => {
    const k = await keys();
    const bad = await sealRecord(k, 'notes', note.id, { ...note, rev: 0 } as Note);
    await expect(openRecord(k, bad)).rejects.toThrow();
  });

  it('carries deletions', async () => {
    const k = await keys();
    const doc = await sealRecord(k, 'agenda', 'a-1', null);
    expect(await openRecord(k, doc)).toEqual({ store: 'agenda', id: 'a-1', record: null });
  });

  it('lets a second device check the passphrase with the key-check document', async () => {
    const { doc, master } = await createKeyCheck('tide pool lantern');
    const onServer = KeyCheckDoc.parse(JSON.parse(JSON.stringify(doc)));
    expect(onServer.kdf.iterations).toBeGreaterThanOrEqual(600_000);
    expect(JSON.stringify(onServer)).not.toContain('tide');
    expect(await openKeyCheck(onServer, 'tide pool lanterns')).toBeNull();
    const again = await openKeyCheck(onServer, 'tide pool lantern');
    expect(again).toEqual(master);
    // The master from either device opens the other's documents.
    const sealed = await sealRecord(await keysFrom(master), 'notes', note.id, note);
    expect((await openRecord(await keysFrom(again!), sealed)).record).toEqual(note);
  });

  it('refuses a key check that asks for fewer iterations than the minimum', async () => {
    const { doc } = await createKeyCheck('x');
    const weak = { ...doc, kdf: { ...doc.kdf, iterations: 1000 } };
    expect(KeyCheckDoc.safeParse(weak).success).toBe(false);
  });
});
