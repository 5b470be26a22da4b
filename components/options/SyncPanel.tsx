import { useState } from 'preact/hooks';
import type { SyncView } from '@/lib/sync/messages';

export interface SyncFields {
  url: string;
  database: string;
  username: string;
  password: string;
  passphrase: string;
}

export interface SyncPanelProps {
  view: SyncView | null;
  /** Resolves to an error message to show, or null when sync started. */
  onStart: (fields: SyncFields) => Promise<string | null>;
  onUnlock: (passphrase: string) => Promise<string | null>;
  onStop: () => void;
  onForget: () => void;
}

const PHASE_TEXT: Record<SyncView['status']['phase'], string> = {
  off: 'Sync is off. Nothing leaves this browser.',
  locked: 'Sync is paused until you enter your passphrase (it is never stored).',
  connecting: 'Connecting to your server…',
  'first-sync': 'First sync…',
  syncing: 'Syncing…',
  'up-to-date': 'Up to date.',
  offline: 'Offline: Tandem retries by itself.',
  stopped: 'Sync is stopped. Nothing leaves this browser.',
};

/** Options → Sync: the user's own CouchDB, end-to-end encrypted. Presentational. */
export function SyncPanel(props: SyncPanelProps) {
  const server = props.view?.server;
  const [fields, setFields] = useState<SyncFields>({
    url: server?.url ?? '',
    database: server?.database ?? 'tandem',
    username: server?.username ?? '',
    password: '',
    passphrase: '',
  });
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);
  const status = props.view?.status;
  const phase = status?.phase ?? 'off';
  const set = (key: keyof SyncFields) => (e: Event) =>
    setFields({ ...fields, [key]: (e.currentTarget as HTMLInputElement).value });

  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setMessage('');
    const error =
      phase === 'locked' ? await props.onUnlock(fields.passphrase) : await props.onStart(fields);
    setBusy(false);
    setMessage(error ?? '');
    if (!error) setFields({ ...fields, password: '', passphrase: '' });
  };
  const field = (key: keyof SyncFields, label: string, type = 'text', hint?: string) => (
    <label class="stack">
      <span>{label}</span>
      <input
        class="field"
        type={type}
        name={key}
        value={fields[key]}
        onInput={set(key)}
        autocomplete={type === 'password' ? 'new-password' : 'off'}
        required
      />
      {hint && <span class="small muted">{hint}</span>}
    </label>
  );
  const active = phase !== 'off' && phase !== 'stopped' && phase !== 'locked';

  return (
    <section aria-label="Sync" class="stack" id="sync">
      <h2>Sync</h2>
      <div class="card stack">
        <p class="small muted">
          Sync your notes between your browsers through a CouchDB server you run yourself.
          Everything is encrypted with your passphrase before it leaves this browser; the server
          never sees a name, a note or a title. Forget the passphrase and the data on the server
          cannot be read by anyone, you included.
        </p>
        <p role="status" data-phase={phase}>
          {PHASE_TEXT[phase]}
          {status?.message && phase !== 'locked' && phase !== 'offline' ? ` ${status.message}` : ''}
          {active && (status?.sent || status?.received)
            ? ` ${status.sent} sent, ${status.received} received.`
            : ''}
        </p>
        {phase === 'first-sync' && status?.expected ? (
          <progress
            max={status.expected}
            value={Math.min(status.received, status.expected)}
            aria-label="Records received"
          />
        ) : null}
        {server && (
          <p class="small">
            Server: {server.url}, database {server.database}, as {server.username}
          </p>
        )}
        {!active && (
          <form class="stack" onSubmit={(e) => void submit(e)}>
            {phase !== 'locked' && (
              <>
                {field('url', 'Server URL', 'url', 'For example https://couch.example.org')}
                {field('database', 'Database')}
                {field('username', 'Username')}
                {field('password', 'Password', 'password')}
              </>
            )}
            {field(
              'passphrase',
              'Passphrase',
              'password',
              'The same on every device. At least 8 characters; a few unrelated words are best.',
            )}
            <div class="row">
              <button type="submit" class="btn primary" disabled={busy}>
                {phase === 'locked' ? 'Resume sync' : 'Start sync'}
              </button>
            </div>
          </form>
        )}
        {message && (
          <p class="error" role="alert">
            {message}
          </p>
        )}
        {(phase !== 'off' || server) && (
          <div class="row">
            <button
              type="button"
              class="btn"
              onClick={props.onStop}
              disabled={!active && phase !== 'locked'}
            >
              Stop sync
            </button>
            <button type="button" class="btn" onClick={props.onForget}>
              Forget this server
            </button>
          </div>
        )}
      </div>
    </section>
  );
}
