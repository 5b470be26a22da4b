import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n/catalog';

export interface CopyButtonProps {
  label: string;
  /** Copies and resolves true, or false when the browser refused. */
  onCopy: () => Promise<boolean>;
}

/** A button that copies and then says so (or says that it could not) for a moment. */
export function CopyButton({ label, onCopy }: CopyButtonProps) {
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  return (
    <span class="copy-button">
      <button
        type="button"
        class="btn small"
        onClick={() =>
          void onCopy().then(
            (ok) => setStatus(ok ? 'copied' : 'failed'),
            () => setStatus('failed'),
          )
        }
      >
        {label}
      </button>
      <span class="small muted" aria-live="polite">
        {status === 'copied' ? t('copyDone') : status === 'failed' ? t('copyFailed') : ''}
      </span>
    </span>
  );
}
