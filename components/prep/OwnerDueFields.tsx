import { t } from '@/lib/i18n/catalog';

export interface OwnerDueFieldsProps {
  /** What the fields belong to, for their accessible names ("Owner of …"); none for a new item. */
  of?: string;
  owner: 'me' | 'them';
  /** YYYY-MM-DD, or '' for no due date. */
  due: string;
  personName: string;
  onOwner: (owner: 'me' | 'them') => void;
  /** The new due day, '' when cleared. */
  onDue: (due: string) => void;
}

/** Who does an action item and by when: the pair of fields the action list and the recap share. */
export function OwnerDueFields({
  of,
  owner,
  due,
  personName,
  onOwner,
  onDue,
}: OwnerDueFieldsProps) {
  return (
    <>
      <select
        class="field owner"
        aria-label={of === undefined ? t('actionsOwner') : t('actionsOwnerOf', { text: of })}
        value={owner}
        onChange={(e) => onOwner(e.currentTarget.value as 'me' | 'them')}
      >
        <option value="me">{t('actionsOwnerMe')}</option>
        <option value="them">{personName}</option>
      </select>
      <input
        class="field due"
        type="date"
        aria-label={of === undefined ? t('actionsDueDate') : t('actionsDueDateOf', { text: of })}
        value={due}
        onInput={(e) => onDue(e.currentTarget.value)}
      />
    </>
  );
}
