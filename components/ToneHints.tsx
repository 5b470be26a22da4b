import { t } from '@/lib/i18n/catalog';
import { TONE_KIND_LABELS } from '@/lib/i18n/labels';
import type { ToneHint } from '@/lib/questions/tone';

export interface ToneHintsProps {
  hints: ToneHint[];
  /** Offered when a hint carries a rewrite: take that wording into the field. */
  onUseRewrite?: (text: string) => void;
  /** Kind, words and rewrite only: for the narrow sidebar, where the hint must stay quiet. */
  compact?: boolean;
}

/**
 * The tone lint's quiet hints: what kind of problem, the words, what to do instead, and a
 * rewrite where one could be made. Never blocks anything; renders nothing when all is well.
 */
export function ToneHints({ hints, onUseRewrite, compact = false }: ToneHintsProps) {
  if (hints.length === 0) return null;
  return (
    <ul class="list tone-hints" aria-label={t('editorToneHints')} aria-live="polite">
      {hints.map((h) => (
        <li key={`${h.index}-${h.kind}`} class="small tone-hint">
          <span class="badge warn">{TONE_KIND_LABELS[h.kind]}</span> <q>{h.phrase}</q>:{' '}
          {compact ? h.message : `${h.message} ${h.suggestion}`}
          {h.rewrite && (
            <span class="tone-rewrite">
              {' '}
              {t('toneRewritePerhaps')} <q>{h.rewrite}</q>
              {onUseRewrite && (
                <>
                  {' '}
                  <button type="button" class="btn small" onClick={() => onUseRewrite(h.rewrite!)}>
                    {t('toneUseRewrite')}
                  </button>
                </>
              )}
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
