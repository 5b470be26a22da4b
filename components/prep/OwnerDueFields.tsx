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
  const name = (field: string) => (of === undefined ? field : `${field} of "${of}"`);
  return (
    <>
      <select
        class="field owner"
        aria-label={name('Owner')}
        value={owner}
        onChange={(e) => onOwner(e.currentTarget.value as 'me' | 'them')}
      >
        <option value="me">me</option>
        <option value="them">{personName}</option>
      </select>
      <input
        class="field due"
        type="date"
        aria-label={name('Due date')}
        value={due}
        onInput={(e) => onDue(e.currentTarget.value)}
      />
    </>
  );
}
