import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n/catalog';
import type { SyncFailure, SyncView } from '@/lib/sync/messages';
import type { SyncFields } from '@/lib/hooks/use-sync';
import { FieldError, fieldErrors, invalidProps, type FieldErrors } from './form-errors';
import { SyncForm, SyncUnlockForm, failureText } from './sync-schema';
import { SyncStatus, isActive } from './SyncStatus';

export interface SyncPanelProps {
  view: SyncView;
  /** Each resolves to the reason it failed, or null. */
  onStart: (fields: SyncFields) => Promise<SyncFailure | null>;
  onUnlock: (passphrase: string) => Promise<SyncFailure | null>;
  onStop: () => Promise<SyncFailure | null>;
  onForget: () => Promise<SyncFailure | null>;
}

const ID = 'sync';

/** Options → Sync: the user's own CouchDB, end-to-end encrypted. Presentational. */
export function SyncPanel(props: SyncPanelProps) {
  const { server, status } = props.view;
  const [fields, setFields] = useState<SyncFields>({
    url: server?.url ?? '',
    database: server?.database ?? 'tandem',
    username: server?.username ?? '',
    password: '',
    passphrase: '',
  });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<SyncFailure | null>(null);
  const [busy, setBusy] = useState(false);
  const phase = status.phase;
  const locked = phase === 'locked';
  const active = isActive(phase);
  // From the latest state, not this render's: two inputs before the next render (a password
  // manager filling the form, say) must both be kept.
  const set = (key: keyof SyncFields) => (e: Event) => {
    const value = (e.currentTarget as HTMLInputElement).value;
    setFields((f) => ({ ...f, [key]: value }));
  };

  const act = async (step: () => Promise<SyncFailure | null>) => {
    setBusy(true);
    setFailure(null);
    const failed = await step();
    setBusy(false);
    setFailure(failed);
    return failed;
  };
  const submit = (e: Event) => {
    e.preventDefault();
    const checked = (locked ? SyncUnlockForm : SyncForm).safeParse(fields);
    if (!checked.success) return setErrors(fieldErrors(checked.error));
    setErrors({});
    // No await before onStart: it asks for the host permission inside this click.
    void act(() =>
      locked ? props.onUnlock(fields.passphrase) : props.onStart({ ...fields, ...checked.data }),
    ).then((failed) => {
      if (!failed) setFields((f) => ({ ...f, password: '', passphrase: '' }));
    });
  };
  const field = (key: keyof SyncFields, label: string, type = 'text', hint?: string) => {
    const invalid = invalidProps(errors, key, ID);
    const hintId = hint ? `${ID}-${key}-hint` : undefined;
    const describedBy = [hintId, invalid['aria-describedby']].filter(Boolean).join(' ');
    return (
      <div class="stack">
        <label for={`${ID}-${key}`}>{label}</label>
        <input
          id={`${ID}-${key}`}
          class="field"
          type={type}
          name={key}
          value={fields[key]}
          onInput={set(key)}
          autocomplete={type === 'password' ? 'new-password' : 'off'}
          {...invalid}
          {...(describedBy && { 'aria-describedby': describedBy })}
        />
        {hint && (
          <span id={hintId} class="small muted">
            {hint}
          </span>
        )}
        <FieldError errors={errors} field={key} idPrefix={ID} />
      </div>
    );
  };

  return (
    <section aria-label={t('syncHeading')} class="stack" id="sync">
      <h2>{t('syncHeading')}</h2>
      <div class="card stack">
        <p class="small muted">{t('syncIntro')}</p>
        <SyncStatus status={status} />
        {server && (
          <p class="small">
            {t('syncServerLine', {
              url: server.url,
              database: server.database,
              username: server.username,
            })}
          </p>
        )}
        {!active && (
          <form class="stack" onSubmit={submit} noValidate>
            {!locked && (
              <>
                {field('url', t('syncUrl'), 'url', t('syncUrlHint'))}
                {field('database', t('syncDatabase'))}
                {field('username', t('syncUsername'))}
                {field('password', t('syncPassword'), 'password')}
              </>
            )}
            {field('passphrase', t('syncPassphrase'), 'password', t('syncPassphraseHint'))}
            <div class="row">
              <button type="submit" class="btn primary" disabled={busy}>
                {locked ? t('syncResume') : t('syncStart')}
              </button>
            </div>
          </form>
        )}
        {failure && (
          <p class="error" role="alert">
            {failureText(failure)}
          </p>
        )}
        {(phase !== 'off' || server) && (
          <>
            <div class="row">
              <button
                type="button"
                class="btn"
                onClick={() => void act(props.onStop)}
                disabled={busy || (!active && !locked)}
              >
                {t('syncStop')}
              </button>
              <button
                type="button"
                class="btn"
                onClick={() => void act(props.onForget)}
                disabled={busy}
              >
                {t('syncForget')}
              </button>
            </div>
            <p class="small muted">{t('syncForgetHint')}</p>
          </>
        )}
      </div>
    </section>
  );
}
