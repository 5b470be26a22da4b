import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';

export interface AddItemRowProps {
  /** The text field's accessible name. */
  label: string;
  placeholder: string;
  /** Called with the trimmed text when Enter is pressed on a non-empty draft. */
  onAdd: (text: string) => void;
  /** Controls beside the text field (whose item it is, a due date). */
  children?: ComponentChildren;
}

/** The "add an item" row of a list: type, press Enter, the field empties for the next one. */
export function AddItemRow({ label, placeholder, onAdd, children }: AddItemRowProps) {
  const [draft, setDraft] = useState('');
  const submit = () => {
    const text = draft.trim();
    if (!text) return;
    onAdd(text);
    setDraft('');
  };
  return (
    <div class="row add-row">
      <input
        class="field grow"
        type="text"
        aria-label={label}
        placeholder={placeholder}
        maxLength={5000}
        value={draft}
        onInput={(e) => setDraft(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && !e.isComposing) {
            e.preventDefault();
            submit();
          }
        }}
      />
      {children}
    </div>
  );
}
