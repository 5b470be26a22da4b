import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n/catalog';
import type { SyncFailure } from '@/lib/sync/messages';
import { failureText, SyncUnlockForm } from '../options/sync-schema';
import { FieldError, fieldErrors, invalidProps, type FieldErrors } from '../options/form-errors';

export interface SyncUnlockProps {
  /** Resolves to the reason it failed, or null once sync resumed. */
  onUnlock: (passphrase: string) => Promise<SyncFailure | null>;
}

const ID = 'popup-sync';

/**
 * After a browser restart sync waits for the passphrase (the key lived only in memory). Asked
 * here without blocking anything: the quick note above works the same either way.
 */
export function SyncUnlock({ onUnlock }: SyncUnlockProps) {
  const [passphrase, setPassphrase] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<SyncFailure | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: Event) => {
    e.preventDefault();
    const checked = SyncUnlockForm.safeParse({ passphrase });
    if (!checked.success) return setErrors(fieldErrors(checked.error));
    setErrors({});
    setBusy(true);
    const failed = await onUnlock(passphrase);
    setBusy(false);
    setFailure(failed);
    if (!failed) setPassphrase('');
  };
  return (
    <form
      class="card stack"
      aria-label={t('syncUnlockTitle')}
      onSubmit={(e) => void submit(e)}
      noValidate
    >
      <h2 class="small">{t('syncUnlockTitle')}</h2>
      <div class="stack">
        <label for={`${ID}-passphrase`}>{t('syncPassphrase')}</label>
        <input
          id={`${ID}-passphrase`}
          class="field"
          type="password"
          name="passphrase"
          autocomplete="current-password"
          value={passphrase}
          onInput={(e) => setPassphrase(e.currentTarget.value)}
          {...invalidProps(errors, 'passphrase', ID)}
        />
        <FieldError errors={errors} field="passphrase" idPrefix={ID} />
      </div>
      <div class="row">
        <button type="submit" class="btn" disabled={busy}>
          {t('syncResume')}
        </button>
      </div>
      {failure && (
        <p class="error" role="alert">
          {failureText(failure)}
        </p>
      )}
    </form>
  );
}
