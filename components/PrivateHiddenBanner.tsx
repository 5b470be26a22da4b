import { t, tn } from '@/lib/i18n/catalog';

export interface PrivateHiddenBannerProps {
  /** The key bound to the browser command, e.g. "Alt+Shift+H"; empty when the user unbound it. */
  shortcut: string;
  onReveal: () => void;
}

/** Shown while screen-share safe mode hides every private text (sidebar, prep page, popup). */
export function PrivateHiddenBanner({ shortcut, onReveal }: PrivateHiddenBannerProps) {
  return (
    <div class="banner private-hidden row" role="status" aria-label={t('privateHiddenTitle')}>
      <p class="grow small">
        <strong>{t('privateHiddenTitle')}</strong> {t('privateHiddenWhat')}{' '}
        {shortcut ? (
          <>
            {t('privateHiddenPress')} <kbd>{shortcut}</kbd> {t('privateHiddenOrShow')}
          </>
        ) : (
          t('privateHiddenChooseShow')
        )}
      </p>
      <button type="button" class="btn small" onClick={onReveal}>
        {t('privateHiddenShow')}
      </button>
    </div>
  );
}

/** Where a private section would be: says what is hidden, never shows any of it. */
export function HiddenSection({ label }: { label: string }) {
  return (
    <section aria-label={label} class="prep-section hidden-section">
      <h2>{label}</h2>
      <p class="muted small">{t('privateHiddenSection')}</p>
    </section>
  );
}

/** In a list while screen-share safe mode is on: how many private items are left out, no text. */
export function HiddenItemsNote({ count }: { count: number }) {
  if (count === 0) return null;
  return <p class="muted small hidden-items">{tn('privateHiddenItems', count)}</p>;
}
