import { useState } from 'preact/hooks';
import type {
  ImportOptions,
  ImportProgress,
  ImportResult,
  ImportSummary,
} from '@/lib/db/repository';

export interface DataPanelProps {
  people: { id: string; name: string }[];
  usage: { usedBytes: number; quotaBytes: number } | null;
  onExport: () => void;
  onMarkdown: (personId: string) => void;
  /** The dry run: what importing this file would do, or why it cannot. Writes nothing. */
  onCheckImport: (file: File) => Promise<ImportResult>;
  /** Aborting `signal` cancels the import; nothing is changed then. */
  onImport: (file: File, options: Required<ImportOptions>) => Promise<ImportResult>;
  onErase: () => Promise<void>;
}

/** What an erase asks the user to type, so it cannot happen by a stray click or key. */
export const ERASE_WORD = 'ERASE';

const STORE_LABELS: Record<keyof ImportSummary, string> = {
  people: 'People',
  meetings: 'Meetings',
  agenda: 'Agenda items',
  actions: 'Action items',
  notes: 'Notes',
  questions: 'Questions',
  askedLog: 'Asked questions',
  settings: 'Settings',
};

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

type Check = { file: File; result: ImportResult } | null;
type Running = { controller: AbortController; progress: ImportProgress | null } | null;

function progressText(progress: ImportProgress | null): string {
  if (progress?.phase !== 'writing') return 'Checking the file…';
  const n = (value: number) => value.toLocaleString('en');
  return `Writing ${n(progress.done)} of ${n(progress.total)} records…`;
}

/** Backup and restore: export, import behind a dry run, erase behind a typed word. */
export function DataPanel(props: DataPanelProps) {
  const [markdownFor, setMarkdownFor] = useState('');
  const [check, setCheck] = useState<Check>(null);
  const [importStatus, setImportStatus] = useState('');
  const [running, setRunning] = useState<Running>(null);

  const startImport = (file: File) => {
    const controller = new AbortController();
    setRunning({ controller, progress: null });
    setImportStatus('');
    void props
      .onImport(file, {
        signal: controller.signal,
        onProgress: (progress) => setRunning((r) => r && { ...r, progress }),
      })
      .then(
        (result) => setImportStatus(result.ok ? 'Imported.' : result.message),
        (error: unknown) => setImportStatus(`Import failed; nothing was changed. ${String(error)}`),
      )
      .finally(() => {
        setRunning(null);
        setCheck(null);
      });
  };
  const [confirmText, setConfirmText] = useState('');
  const [eraseStatus, setEraseStatus] = useState('');

  return (
    <section aria-label="Data" class="stack" id="data">
      <h2>Data</h2>
      <div class="card stack">
        <h3>Export</h3>
        <p class="small muted">Everything Tandem stored, as one JSON file you can import again.</p>
        <div class="row">
          <button type="button" class="btn primary" onClick={props.onExport}>
            Export data
          </button>
          <select
            class="field auto"
            aria-label="Person for Markdown"
            value={markdownFor}
            onChange={(e) => setMarkdownFor(e.currentTarget.value)}
          >
            <option value="">Choose a person…</option>
            {props.people.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
          <button
            type="button"
            class="btn"
            disabled={!markdownFor}
            onClick={() => props.onMarkdown(markdownFor)}
          >
            Export Markdown
          </button>
        </div>
      </div>
      <div class="card stack">
        <h3>Import</h3>
        <label class="stack">
          Import data
          <input
            type="file"
            accept="application/json,.json"
            disabled={running !== null}
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              setImportStatus('');
              setCheck(null);
              if (file) void props.onCheckImport(file).then((result) => setCheck({ file, result }));
            }}
          />
        </label>
        {check && !check.result.ok && (
          <p class="error" role="alert">
            {check.result.message}
          </p>
        )}
        {check?.result.ok && !running && (
          <div class="stack" role="status">
            <p>Importing {check.file.name} would change:</p>
            <SummaryTable summary={check.result.summary} />
            <p class="small muted">
              Nothing is deleted; records you changed since stay as conflicts.
            </p>
            <div>
              <button type="button" class="btn primary" onClick={() => startImport(check.file)}>
                Import
              </button>
            </div>
          </div>
        )}
        {running && (
          <div class="stack">
            <p class="small" role="status">
              {progressText(running.progress)}
            </p>
            <progress
              class="import-progress"
              aria-label="Import progress"
              max={running.progress?.phase === 'writing' ? running.progress.total : undefined}
              value={running.progress?.phase === 'writing' ? running.progress.done : undefined}
            />
            <div>
              <button
                type="button"
                class="btn"
                disabled={running.controller.signal.aborted}
                onClick={() => {
                  running.controller.abort();
                  setRunning({ ...running });
                }}
              >
                Cancel import
              </button>
            </div>
          </div>
        )}
        <p class="small ok-text" role="status">
          {importStatus}
        </p>
      </div>
      <div class="card stack">
        <h3>Erase</h3>
        <p class="small">
          Deletes every person, meeting, note and setting on this computer. Export first if you may
          want them back.
        </p>
        <div class="row">
          <label>
            Type {ERASE_WORD} to confirm{' '}
            <input
              class="field auto"
              value={confirmText}
              onInput={(e) => setConfirmText(e.currentTarget.value)}
            />
          </label>
          <button
            type="button"
            class="btn danger"
            disabled={confirmText !== ERASE_WORD}
            onClick={() =>
              void props.onErase().then(() => {
                setConfirmText('');
                setEraseStatus('All data erased.');
              })
            }
          >
            Erase all data
          </button>
          <span class="small" role="status">
            {eraseStatus}
          </span>
        </div>
      </div>
      <p class="small muted">
        Storage used:{' '}
        {props.usage
          ? `${formatBytes(props.usage.usedBytes)} of ${formatBytes(props.usage.quotaBytes)} available`
          : 'unknown'}
      </p>
    </section>
  );
}

function SummaryTable({ summary }: { summary: ImportSummary }) {
  const stores = Object.keys(STORE_LABELS) as (keyof ImportSummary)[];
  return (
    <table class="summary">
      <caption class="visually-hidden">Import summary</caption>
      <thead>
        <tr>
          <th scope="col">Records</th>
          <th scope="col">New</th>
          <th scope="col">Updated</th>
          <th scope="col">Conflicting</th>
          <th scope="col">Unchanged</th>
        </tr>
      </thead>
      <tbody>
        {stores.map((s) => (
          <tr key={s}>
            <th scope="row">{STORE_LABELS[s]}</th>
            <td>{summary[s].new}</td>
            <td>{summary[s].updated}</td>
            <td>{summary[s].conflicting}</td>
            <td>{summary[s].unchanged}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
