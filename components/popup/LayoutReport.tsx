import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n/catalog';

export interface LayoutReportProps {
  /** Asks the calendar tab for its report text (the structure of the page, no text from it). */
  onLoad: () => Promise<string | null>;
  /** Puts the text on the clipboard; false when the browser refused. */
  onCopy: (text: string) => Promise<boolean>;
}

type State =
  | { phase: 'offer' }
  | { phase: 'loading' }
  | { phase: 'failed' }
  | { phase: 'preview'; text: string; copied: boolean | null };

/**
 * "Copy a layout report": first shows exactly the text that would be copied, then copies it on a
 * second, explicit press. Nothing is sent anywhere; the user decides where to paste it.
 */
export function LayoutReport(props: LayoutReportProps) {
  const [state, setState] = useState<State>({ phase: 'offer' });
  if (state.phase === 'offer' || state.phase === 'loading') {
    return (
      <button
        type="button"
        class="btn"
        disabled={state.phase === 'loading'}
        onClick={() => {
          setState({ phase: 'loading' });
          void props
            .onLoad()
            .then((text) =>
              setState(
                text === null ? { phase: 'failed' } : { phase: 'preview', text, copied: null },
              ),
            );
        }}
      >
        {t('layoutReportOffer')}
      </button>
    );
  }
  if (state.phase === 'failed') {
    return (
      <p class="small error" role="alert">
        {t('layoutReportFailed')}
      </p>
    );
  }
  return (
    <div class="stack layout-report">
      <p class="small">{t('layoutReportExplain')}</p>
      <pre class="report-text" tabIndex={0} aria-label={t('layoutReportLabel')}>
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
          {t('layoutReportCopy')}
        </button>
        <span class={`small ${state.copied === false ? 'error' : 'ok-text'}`} role="status">
          {state.copied === true && t('layoutReportCopied')}
          {state.copied === false && t('layoutReportRefused')}
        </span>
      </div>
    </div>
  );
}
