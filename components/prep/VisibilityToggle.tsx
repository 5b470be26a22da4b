import { t } from '@/lib/i18n/catalog';
import './handover.css';

export type Visibility = 'shared' | 'private';

export interface VisibilityToggleProps {
  visibility: Visibility;
  /** What the item is, for the button's accessible name. */
  label: string;
  onChange: (visibility: Visibility) => void;
}

/**
 * Shared (may go into the invite and the recap) or private (stays here): one button that says
 * which (private in the warning colour, its row marked at the edge) and switches on press.
 */
export function VisibilityToggle({ visibility, label, onChange }: VisibilityToggleProps) {
  const shared = visibility === 'shared';
  return (
    <button
      type="button"
      class={`btn icon small visibility ${visibility}`}
      aria-label={t('visibilitySwitch', {
        state: shared ? t('visibilityShared') : t('visibilityPrivate'),
        text: label,
        other: shared ? t('visibilityPrivate') : t('visibilityShared'),
      })}
      title={shared ? t('visibilitySharedHint') : t('visibilityPrivateHint')}
      onClick={() => onChange(shared ? 'private' : 'shared')}
    >
      {shared ? t('visibilityShared') : t('visibilityPrivate')}
    </button>
  );
}
