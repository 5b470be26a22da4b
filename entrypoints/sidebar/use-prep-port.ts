import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { SIDEBAR_PORT, SidebarPush } from '@/lib/messaging/event-schema';
import { dropCached } from './shared-reads';

type PrepEvent = Extract<SidebarPush, { type: 'prep:event' }>;

/**
 * The frame's line to the background: presents the nonce our content script registered, then
 * receives the open event and "data changed" pushes. The service worker may stop at any time,
 * which closes the port: reconnect, and count it as a change so the view re-reads.
 */
export function usePrepPort(nonce: string | null) {
  const [push, setPush] = useState<PrepEvent | null>(null);
  const [changeTick, setChangeTick] = useState(0);
  const [refused, setRefused] = useState(false);
  const [pageTheme, setPageTheme] = useState<'light' | 'dark' | null>(null);
  useEffect(() => {
    if (!nonce) return;
    let port: ReturnType<typeof browser.runtime.connect> | undefined;
    let stopped = false;
    let accepted = false;
    const connect = () => {
      port = browser.runtime.connect({ name: SIDEBAR_PORT });
      port.onMessage.addListener((raw: unknown) => {
        const parsed = SidebarPush.safeParse(raw);
        if (!parsed.success) return;
        accepted = true;
        if (parsed.data.type === 'prep:event') setPush(parsed.data);
        else if (parsed.data.type === 'page:theme') setPageTheme(parsed.data.theme);
        else {
          dropCached(parsed.data.stores);
          setChangeTick((t) => t + 1);
        }
      });
      port.onDisconnect.addListener(() => {
        if (stopped) return;
        // Refused at hello (not our frame): stay an empty shell. Otherwise the worker restarted.
        if (!accepted) return setRefused(true);
        dropCached();
        setChangeTick((t) => t + 1);
        setTimeout(connect, 100);
      });
      port.postMessage({ type: 'hello', nonce });
    };
    connect();
    return () => {
      stopped = true;
      port?.disconnect();
    };
  }, [nonce]);
  return { push, changeTick, refused, pageTheme };
}
