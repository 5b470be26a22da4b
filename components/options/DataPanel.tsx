import { useState } from 'preact/hooks';
import type {
  ImportOptions,
  ImportProgress,
  ImportResult,
  ImportSummary,
} from '@/lib/db/repository';
import { formatDecimal, formatNumber, t, translated } from '@/lib/i18n/catalog';

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
export const eraseWord = () => t('dataEraseWord');

const STORE_LABELS = translated<keyof ImportSummary>({
  people: 'peopleHeading',
  meetings: 'dataStoreMeetings',
  agenda: 'dataStoreAgenda',
  actions: 'actionsHeading',
  notes: 'notesHeading',
  questions: 'dataStoreQuestions',
  askedLog: 'dataStoreAsked',
  settings: 'settingsHeading',
  goals: 'growthGoalsHeading',
  feedback: 'growthFeedbackHeading',
});

const oneDecimal = (n: number) => formatDecimal(n, 1);

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return t('bytesB', { n: bytes });
  if (bytes < 1024 * 1024) return t('bytesKB', { n: oneDecimal(bytes / 1024) });
  return t('bytesMB', { n: oneDecimal(bytes / 1024 / 1024) });
}

type Check = { file: File; result: ImportResult } | null;
type Running = { controller: AbortController; progress: ImportProgress | null } | null;

function progressText(progress: ImportProgress | null): string {
  if (progress?.phase !== 'writing') return t('dataImportChecking');
  return t('dataImportWriting', {
    done: formatNumber(progress.done),
    total: formatNumber(progress.total),
  });
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
        (result) =>
          setImportStatus(
            result.ok
              ? t('dataImported')
              : result.cancelled
                ? t('dataImportCancelled')
                : result.message,
          ),
        (error: unknown) => setImportStatus(t('dataImportFailed', { error: String(error) })),
      )
      .finally(() => {
        setRunning(null);
        setCheck(null);
      });
  };
  const [confirmText, setConfirmText] = useState('');
  const [eraseStatus, setEraseStatus] = useState('');

  return (
    <section aria-label={t('dataHeading')} class="stack" id="data">
      <h2>{t('dataHeading')}</h2>
      <div class="card stack">
        <h3>{t('dataExport')}</h3>
        <p class="small muted">{t('dataExportHint')}</p>
        <div class="row">
          <button type="button" class="btn primary" onClick={props.onExport}>
            {t('dataExportButton')}
          </button>
          <select
            class="field auto"
            aria-label={t('dataMarkdownPerson')}
            value={markdownFor}
            onChange={(e) => setMarkdownFor(e.currentTarget.value)}
          >
            <option value="">{t('dataChoosePerson')}</option>
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
            {t('dataExportMarkdown')}
          </button>
        </div>
      </div>
      <div class="card stack">
        <h3>{t('dataImport')}</h3>
        <label class="stack">
          {t('dataImportFile')}
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
            <p>{t('dataImportWouldChange', { file: check.file.name })}</p>
            <SummaryTable summary={check.result.summary} />
            <p class="small muted">{t('dataImportSafe')}</p>
            <div>
              <button type="button" class="btn primary" onClick={() => startImport(check.file)}>
                {t('dataImport')}
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
              aria-label={t('dataImportProgress')}
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
                {t('dataImportCancel')}
              </button>
            </div>
          </div>
        )}
        <p class="small ok-text" role="status">
          {importStatus}
        </p>
      </div>
      <div class="card stack">
        <h3>{t('dataErase')}</h3>
        <p class="small">{t('dataEraseHint')}</p>
        <div class="row">
          <label>
            {t('dataEraseConfirm', { word: eraseWord() })}{' '}
            <input
              class="field auto"
              value={confirmText}
              onInput={(e) => setConfirmText(e.currentTarget.value)}
            />
          </label>
          <button
            type="button"
            class="btn danger"
            disabled={confirmText !== eraseWord()}
            onClick={() =>
              void props.onErase().then(() => {
                setConfirmText('');
                setEraseStatus(t('dataErased'));
              })
            }
          >
            {t('dataEraseButton')}
          </button>
          <span class="small" role="status">
            {eraseStatus}
          </span>
        </div>
      </div>
      <p class="small muted">
        {props.usage
          ? t('dataStorageUsed', {
              used: formatBytes(props.usage.usedBytes),
              quota: formatBytes(props.usage.quotaBytes),
            })
          : t('dataStorageUnknown')}
      </p>
    </section>
  );
}

function SummaryTable({ summary }: { summary: ImportSummary }) {
  const stores = Object.keys(STORE_LABELS) as (keyof ImportSummary)[];
  return (
    <table class="summary">
      <caption class="visually-hidden">{t('dataSummary')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('dataSummaryRecords')}</th>
          <th scope="col">{t('dataSummaryNew')}</th>
          <th scope="col">{t('dataSummaryUpdated')}</th>
          <th scope="col">{t('dataSummaryConflicting')}</th>
          <th scope="col">{t('dataSummaryUnchanged')}</th>
        </tr>
      </thead>
      <tbody>
        {stores.map((s) => (
          <tr key={s}>
            <th scope="row">{STORE_LABELS[s]}</th>
            <td>{formatNumber(summary[s].new)}</td>
            <td>{formatNumber(summary[s].updated)}</td>
            <td>{formatNumber(summary[s].conflicting)}</td>
            <td>{formatNumber(summary[s].unchanged)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
