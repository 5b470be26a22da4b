/**
 * Live updates: after every committed write the repository announces which stores and ids
 * changed, to listeners in this context and, over BroadcastChannel('tandem-db'), to every other
 * extension page and the background. Messages carry names and ids only, never note text.
 * Views re-query what they show.
 */
export const CHANNEL_NAME = 'tandem-db';
/** More ids than this and the message says "bulk" instead of listing them. */
const MAX_IDS = 200;

export interface DbChange {
  stores: string[];
  ids: string[];
  /** True when ids were too many to list (import, merge, erase): re-query everything shown. */
  bulk: boolean;
  /** 'local' = written through this repository; 'remote' = another page or the background. */
  origin: 'local' | 'remote';
}
export type ChangeListener = (change: DbChange) => void;

function isChangeMessage(data: unknown): data is Omit<DbChange, 'origin'> {
  if (typeof data !== 'object' || data === null) return false;
  const d = data as Record<string, unknown>;
  return (
    Array.isArray(d.stores) &&
    d.stores.every((s) => typeof s === 'string') &&
    Array.isArray(d.ids) &&
    d.ids.every((s) => typeof s === 'string') &&
    typeof d.bulk === 'boolean'
  );
}

export class ChangeBus {
  private readonly listeners = new Set<ChangeListener>();
  private readonly channel: BroadcastChannel | null;

  constructor(channelName = CHANNEL_NAME) {
    this.channel =
      typeof BroadcastChannel === 'function' ? new BroadcastChannel(channelName) : null;
    this.channel?.addEventListener('message', (event: MessageEvent<unknown>) => {
      if (isChangeMessage(event.data)) this.deliver({ ...event.data, origin: 'remote' });
    });
  }

  /** Called once per committed transaction. */
  emit(stores: Iterable<string>, ids: Iterable<string>, bulkChange = false): void {
    const idList = [...new Set(ids)];
    const bulk = bulkChange || idList.length > MAX_IDS;
    const message = { stores: [...new Set(stores)], ids: bulk ? [] : idList, bulk };
    this.deliver({ ...message, origin: 'local' });
    this.channel?.postMessage(message);
  }

  onChange(listener: ChangeListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  close(): void {
    this.listeners.clear();
    this.channel?.close();
  }

  private deliver(change: DbChange): void {
    for (const listener of [...this.listeners]) {
      try {
        listener(change);
      } catch (error) {
        console.error('Tandem: a change listener failed', error);
      }
    }
  }
}
