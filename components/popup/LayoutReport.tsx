import { useState } from 'preact/hooks';

export interface LayoutReportProps {
  /** Asks the calendar tab for its report text (the structure of the page, no text from it). */
  onLoad: () => Promise<string | null>;
  /** Puts the text on the clipboard; false when the browser refused. */
  onCopy: (text: string) => Promise<boolean>;
}

type State =
  | { step: 'offer' }
  | { step: 'loading' }
  | { step: 'failed' }
  | { step: 'preview'; text: string; copied: boolean | null };

/**
 * "Copy a layout report": first shows exactly the text that would be copied, then copies it on a
 * second, explicit press. Nothing is sent anywhere; the user decides where to paste it.
 */
export function LayoutReport(props: LayoutReportProps) {
  const [state, setState] = useState<State>({ step: 'offer' });
  if (state.step === 'offer' || state.step === 'loading') {
    return (
      <button
        type="button"
        class="btn"
        disabled={state.step === 'loading'}
        onClick={() => {
          setState({ step: 'loading' });
          void props
            .onLoad()
            .then((text) =>
              setState(
                text === null ? { step: 'failed' } : { step: 'preview', text, copied: null },
              ),
            );
        }}
      >
        Copy a layout report…
      </button>
    );
  }
  if (state.step === 'failed') {
    return (
      <p class="small error" role="alert">
        The calendar tab did not answer. Reload it and try again.
      </p>
    );
  }
  return (
    <div class="stack layout-report">
      <p class="small">
        This is everything the report holds: the page&apos;s structure and which of Tandem&apos;s
        hooks it still has, with no text, names, titles or ids from your calendar. Nothing is sent;
        paste it into a bug report yourself if you want to.
      </p>
      <pre class="report-text" tabIndex={0} aria-label="Layout report">
        {state.text}
      </pre>
      <div class="row">
        <button
          type="button"
          class="btn primary"
          onClick={() =>
            void props.onCopy(state.text).then((copied) => setState({ ...state, copied }))
          }
        >
          Copy report
        </button>
        <span class={`small ${state.copied === false ? 'error' : 'ok-text'}`} role="status">
          {state.copied === true && 'Copied.'}
          {state.copied === false && 'The browser refused the clipboard: select the text instead.'}
        </span>
      </div>
    </div>
  );
}
