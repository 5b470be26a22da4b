/**
 * The pages' side of sync (options, popup): asks the background, follows the view it publishes
 * in storage.session, and asks the browser for the one host permission the server needs —
 * from the click itself, since permissions.request needs a user gesture.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { SYNC_VIEW_KEY, type SyncReply, type SyncRequest, type SyncView } from './messages';

async function ask(
  request: Omit<SyncRequest, 'type'> & Record<string, unknown>,
): Promise<SyncReply> {
  return (await browser.runtime.sendMessage({ type: 'sync', ...request })) as SyncReply;
}

/** Requests access to exactly this server's origin (an optional host permission). */
export async function allowOrigin(url: string): Promise<boolean> {
  let origin: string;
  try {
    origin = new URL(url).origin;
  } catch {
    return false;
  }
  const origins = [`${origin}/*`];
  if (await browser.permissions.contains({ origins })) return true;
  return browser.permissions.request({ origins });
}

export function useSync() {
  const [view, setView] = useState<SyncView | null>(null);
  useEffect(() => {
    void ask({ action: 'status' }).then((r) => setView(r.view));
    const onChanged = (changes: Record<string, { newValue?: unknown }>) => {
      const next = changes[SYNC_VIEW_KEY]?.newValue as SyncView | undefined;
      if (next) setView(next);
    };
    browser.storage.session.onChanged.addListener(onChanged);
    return () => browser.storage.session.onChanged.removeListener(onChanged);
  }, []);
  const reply = (r: SyncReply) => {
    setView(r.view);
    return r.ok ? null : r.message;
  };
  return {
    view,
    start: async (fields: {
      url: string;
      database: string;
      username: string;
      password: string;
      passphrase: string;
    }) => {
      if (!(await allowOrigin(fields.url)))
        return 'Tandem needs your permission to reach this server.';
      const { passphrase, ...server } = fields;
      return reply(await ask({ action: 'start', server, passphrase }));
    },
    unlock: async (passphrase: string) => reply(await ask({ action: 'unlock', passphrase })),
    stop: () => void ask({ action: 'stop' }).then(reply),
    forget: () => void ask({ action: 'forget' }).then(reply),
  };
}
