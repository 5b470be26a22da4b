import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { SIDEBAR_PORT, SidebarPush } from '@/lib/messages';

type PrepEvent = Extract<SidebarPush, { type: 'prep:event' }>;

/** Placeholder shell: connects to the background and shows the event it is handed. */
export function SidebarApp() {
  const [push, setPush] = useState<PrepEvent | null>(null);
  useEffect(() => {
    const nonce = location.hash.slice(1);
    if (!nonce || window.top === window) return;
    const port = browser.runtime.connect({ name: SIDEBAR_PORT });
    port.onMessage.addListener((raw: unknown) => {
      const parsed = SidebarPush.safeParse(raw);
      if (parsed.success) setPush(parsed.data);
    });
    port.postMessage({ type: 'hello', nonce });
    return () => port.disconnect();
  }, []);
  return (
    <main aria-label="Tandem 1:1 prep">
      <h1>{push?.event?.title ?? 'Tandem'}</h1>
    </main>
  );
}
