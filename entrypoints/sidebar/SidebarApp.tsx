import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '@/lib/i18n/catalog';
import { rpc } from '@/lib/rpc/client';
import { cachedSettings } from './shared-reads';
import { PrepContainer } from './PrepContainer';
import { usePrepPort } from './use-prep-port';

/** Only a frame inside a calendar page, holding its nonce, shows a prep; anything else the shell.
 *  (The prep for a person picked by hand is its own page: entrypoints/prep/.) */
function pageMode(): { kind: 'frame'; nonce: string } | { kind: 'shell' } {
  const nonce = location.hash.slice(1);
  return window.top !== window && nonce ? { kind: 'frame', nonce } : { kind: 'shell' };
}

export function SidebarApp() {
  const [mode] = useState(pageMode);
  useEffect(() => {
    void cachedSettings().then(
      (s) => {
        if (s.theme !== 'system') document.documentElement.dataset.theme = s.theme;
      },
      () => undefined,
    );
  }, []);
  if (mode.kind === 'frame') return <FramedPrep nonce={mode.nonce} />;
  return <Shell />;
}

export function Shell() {
  return (
    <main class="empty-shell" aria-label={t('sidebarLabel')}>
      <h1>Tandem</h1>
      <p class="muted">{t('sidebarEmpty')}</p>
    </main>
  );
}

/** Inside the calendar page: follows the event the content script reports. */
function FramedPrep({ nonce }: { nonce: string }) {
  const { push, changeTick, refused, pageTheme } = usePrepPort(nonce);
  // "System" theme beside a calendar means the calendar's own look, which may differ from the OS.
  useEffect(() => {
    if (!pageTheme) return;
    const follow = () => (document.documentElement.dataset.theme = pageTheme);
    void cachedSettings().then((s) => s.theme === 'system' && follow(), follow);
  }, [pageTheme]);
  const flush = useRef<() => Promise<void>>(async () => undefined);
  const close = () => {
    void flush
      .current()
      .finally(() => browser.runtime.sendMessage({ type: 'frame:close' }).catch(() => undefined));
  };
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') close();
    };
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  }, []);
  useEffect(() => {
    if (push?.event) document.documentElement.dataset.site = push.event.site;
  }, [push?.event?.site]);

  const event = push?.event;
  const detection = push?.detection;
  if (refused || !event || !detection?.isOneOnOne) return <Shell />;
  const key = `${event.eventKey}|${detection.counterpart?.email ?? detection.counterpart?.name ?? ''}`;
  return (
    <PrepContainer
      key={event.eventKey}
      {...(event.seriesKey && { seriesKey: event.seriesKey })}
      {...(event.timeZone && { timeZone: event.timeZone })}
      {...(event.description && { description: event.description })}
      self={event.self}
      loadKey={key}
      load={() => rpc('openPrep', { event, detection })}
      changeTick={changeTick}
      onClose={close}
      registerFlush={(f) => (flush.current = f)}
    />
  );
}
