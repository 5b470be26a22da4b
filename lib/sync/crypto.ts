/**
 * End-to-end encryption of sync documents (WebCrypto only, no network, no storage).
 *
 * The passphrase is stretched once with PBKDF2-SHA-256 (600,000 iterations, a random salt that
 * the key-check document carries to other devices) into 32 secret bytes, the "master". HKDF
 * turns the master into two independent keys: an AES-256-GCM key for the documents and an
 * HMAC-SHA-256 key for opaque document ids and change fingerprints. Every encryption takes a
 * fresh random 96-bit IV; the document id is the additional authenticated data, so the server
 * cannot move a ciphertext to another id unnoticed.
 */
import { fromBase64Url, toBase64Url, utf8 } from './encoding';

/** OWASP's 2023 figure for PBKDF2-HMAC-SHA256. A key-check document may ask for more, never less. */
export const MIN_ITERATIONS = 600_000;
const SALT_BYTES = 16;
const IV_BYTES = 12;

export interface SyncKeys {
  /** AES-256-GCM, for document bodies. */
  readonly enc: CryptoKey;
  /** HMAC-SHA-256, for document ids and fingerprints. */
  readonly mac: CryptoKey;
}

/** A ciphertext as stored: both base64url. */
export interface Sealed {
  iv: string;
  ct: string;
}

export function randomSalt(): string {
  return toBase64Url(crypto.getRandomValues(new Uint8Array(SALT_BYTES)));
}

/** Slow on purpose (≈0.3–1 s): run once per unlock, keep the result in memory only. */
export async function stretchPassphrase(
  passphrase: string,
  salt: string,
  iterations: number,
): Promise<Uint8Array<ArrayBuffer>> {
  if (iterations < MIN_ITERATIONS) throw new Error(`Fewer than ${MIN_ITERATIONS} iterations`);
  const base = await crypto.subtle.importKey('raw', utf8.encode(passphrase), 'PBKDF2', false, [
    'deriveBits',
  ]);
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt: fromBase64Url(salt), iterations },
    base,
    256,
  );
  return new Uint8Array(bits);
}

/** The two working keys from the master (fast; neither key can be exported). */
export async function keysFrom(master: Uint8Array<ArrayBuffer>): Promise<SyncKeys> {
  const hkdf = await crypto.subtle.importKey('raw', master, 'HKDF', false, ['deriveKey']);
  const params = (info: string) => ({
    name: 'HKDF',
    hash: 'SHA-256',
    salt: new Uint8Array(32),
    info: utf8.encode(info),
  });
  const [enc, mac] = await Promise.all([
    crypto.subtle.deriveKey(
      params('tandem sync v1 documents'),
      hkdf,
      { name: 'AES-GCM', length: 256 },
      false,
      ['encrypt', 'decrypt'],
    ),
    crypto.subtle.deriveKey(
      params('tandem sync v1 ids'),
      hkdf,
      { name: 'HMAC', hash: 'SHA-256', length: 256 },
      false,
      ['sign'],
    ),
  ]);
  return { enc, mac };
}

export async function seal(keys: SyncKeys, plaintext: string, aad: string): Promise<Sealed> {
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const ct = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: utf8.encode(aad) },
    keys.enc,
    utf8.encode(plaintext),
  );
  return { iv: toBase64Url(iv), ct: toBase64Url(new Uint8Array(ct)) };
}

/** Throws (OperationError) when the key is wrong or anything was tampered with. */
export async function unseal(keys: SyncKeys, sealed: Sealed, aad: string): Promise<string> {
  const plain = await crypto.subtle.decrypt(
    { name: 'AES-GCM', iv: fromBase64Url(sealed.iv), additionalData: utf8.encode(aad) },
    keys.enc,
    fromBase64Url(sealed.ct),
  );
  return utf8.decode(plain);
}

/** HMAC-SHA-256 of `text`, base64url, cut to `length` characters. */
export async function mac(keys: SyncKeys, text: string, length = 43): Promise<string> {
  const sig = await crypto.subtle.sign('HMAC', keys.mac, utf8.encode(text));
  return toBase64Url(new Uint8Array(sig)).slice(0, length);
}
