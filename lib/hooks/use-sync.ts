/**
 * The pages' side of sync (options, popup): asks the background, follows the view it publishes
 * in storage.session, and asks the browser for the one host permission the server needs —
 * from the click itself, since permissions.request needs a user gesture.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import {
  SYNC_VIEW_KEY,
  type SyncFailure,
  type SyncReply,
  type SyncRequest,
  type SyncView,
} from '../sync/messages';

type Ask = SyncRequest extends infer R
  ? R extends { type: 'sync' }
    ? Omit<R, 'type'>
    : never
  : never;

async function ask(request: Ask): Promise<SyncReply> {
  const reply = (await browser.runtime.sendMessage({ type: 'sync', ...request })) as
    SyncReply | undefined;
  if (!reply) throw new Error('No answer from the background.');
  return reply;
}

/** Requests access to exactly this server's origin (an optional host permission). */
export function allowOrigin(url: string): Promise<boolean> {
  let origin: string;
  try {
    origin = new URL(url).origin;
  } catch {
    return Promise.resolve(false);
  }
  // request() straight away, with no await before it: an await would spend the click's user
  // gesture (Firefox refuses then). A permission already granted resolves true, no prompt.
  return browser.permissions.request({ origins: [`${origin}/*`] });
}

export interface SyncFields {
  url: string;
  database: string;
  username: string;
  password: string;
  passphrase: string;
}

/** Resolves to the reason a step failed, or null when it worked. */
export type SyncStep<A extends unknown[]> = (...args: A) => Promise<SyncFailure | null>;

export function useSync() {
  const [view, setView] = useState<SyncView | null>(null);
  useEffect(() => {
    void ask({ action: 'status' })
      .then((r) => setView(r.view))
      .catch(() => undefined);
    const onChanged = (changes: Record<string, { newValue?: unknown }>) => {
      const next = changes[SYNC_VIEW_KEY]?.newValue as SyncView | undefined;
      if (next) setView(next);
    };
    browser.storage.session.onChanged.addListener(onChanged);
    return () => browser.storage.session.onChanged.removeListener(onChanged);
  }, []);
  const settle = async (request: Promise<SyncReply>): Promise<SyncFailure | null> => {
    try {
      const r = await request;
      setView(r.view);
      return r.ok ? null : r.code;
    } catch {
      return 'failed';
    }
  };
  const start: SyncStep<[SyncFields]> = async (fields) => {
    // Asked before anything else: the click's user gesture is spent by the first await.
    if (!(await allowOrigin(fields.url))) return 'permission';
    const { passphrase, ...server } = fields;
    return settle(ask({ action: 'start', server, passphrase }));
  };
  const unlock: SyncStep<[string]> = (passphrase) => settle(ask({ action: 'unlock', passphrase }));
  const stop: SyncStep<[]> = () => settle(ask({ action: 'stop' }));
  const forget: SyncStep<[]> = () => settle(ask({ action: 'forget' }));
  return { view, start, unlock, stop, forget };
}
