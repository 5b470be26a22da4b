/** Storage pressure: ask the browser to keep our data (not evict it) and report usage. */

export type PersistResult = 'granted' | 'denied' | 'unsupported';

/**
 * Asks for persistent storage. Chrome grants it to extensions silently, Firefox does not
 * evict extension origins anyway; where the API is missing we say so instead of failing.
 */
export async function requestPersistentStorage(): Promise<PersistResult> {
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
  if (!storage || typeof storage.persist !== 'function') return 'unsupported';
  try {
    if (typeof storage.persisted === 'function' && (await storage.persisted())) return 'granted';
    return (await storage.persist()) ? 'granted' : 'denied';
  } catch {
    return 'unsupported';
  }
}

export interface StorageUsage {
  usedBytes: number;
  quotaBytes: number;
}

export async function storageUsage(): Promise<StorageUsage | null> {
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
  if (!storage || typeof storage.estimate !== 'function') return null;
  const { usage = 0, quota = 0 } = await storage.estimate();
  return { usedBytes: usage, quotaBytes: quota };
}
