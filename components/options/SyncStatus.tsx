import { t } from '@/lib/i18n/catalog';
import type { MessageKey } from '@/lib/i18n/catalog';
import type { SyncView } from '@/lib/sync/messages';

type Phase = SyncView['status']['phase'];

const PHASE_TEXT: Record<Phase, MessageKey> = {
  off: 'syncPhaseOff',
  locked: 'syncPhaseLocked',
  connecting: 'syncPhaseConnecting',
  'first-sync': 'syncPhaseFirstSync',
  syncing: 'syncPhaseSyncing',
  'up-to-date': 'syncPhaseUpToDate',
  offline: 'syncPhaseOffline',
  stopped: 'syncPhaseStopped',
};

/** Phases in which sync runs (or tries to): the form hides, Stop sync is offered. */
export function isActive(phase: Phase): boolean {
  return phase !== 'off' && phase !== 'stopped' && phase !== 'locked';
}

/** What sync is doing, in one live line, and the first sync's progress bar. */
export function SyncStatus({ status }: { status: SyncView['status'] }) {
  const { phase, sent, received, expected, denied } = status;
  return (
    <>
      <p role="status" data-phase={phase}>
        {t(PHASE_TEXT[phase])}
        {isActive(phase) && (sent > 0 || received > 0)
          ? ` ${t('syncCounts', { sent, received })}`
          : ''}
        {denied ? ` ${t('syncDenied', { count: denied })}` : ''}
      </p>
      {phase === 'first-sync' && expected ? (
        <progress
          max={expected}
          value={Math.min(received, expected)}
          aria-label={t('syncProgress')}
        />
      ) : null}
    </>
  );
}
