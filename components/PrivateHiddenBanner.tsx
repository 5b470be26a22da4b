export interface PrivateHiddenBannerProps {
  /** The key bound to the browser command, e.g. "Alt+Shift+H"; empty when the user unbound it. */
  shortcut: string;
  onReveal: () => void;
}

/** Shown while screen-share safe mode hides every private text (sidebar, prep page, popup). */
export function PrivateHiddenBanner({ shortcut, onReveal }: PrivateHiddenBannerProps) {
  return (
    <div class="banner private-hidden row" role="status" aria-label="Private text hidden">
      <p class="grow small">
        <strong>Private text hidden</strong> for screen sharing: notes, past notes, private items
        and mood are not shown.{' '}
        {shortcut ? (
          <>
            Press <kbd>{shortcut}</kbd> or choose Show to reveal them.
          </>
        ) : (
          'Choose Show to reveal them.'
        )}
      </p>
      <button type="button" class="btn small" onClick={onReveal}>
        Show
      </button>
    </div>
  );
}

/** Where a private section would be: says what is hidden, never shows any of it. */
export function HiddenSection({ label }: { label: string }) {
  return (
    <section aria-label={label} class="prep-section hidden-section">
      <h2>{label}</h2>
      <p class="muted small">Hidden while screen-share safe mode is on.</p>
    </section>
  );
}
