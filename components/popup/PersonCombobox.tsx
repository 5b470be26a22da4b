import { useId, useRef, useState } from 'preact/hooks';
import { t } from '@/lib/i18n/catalog';

export interface PersonOption {
  id: string;
  name: string;
}

export interface PersonComboboxProps {
  people: PersonOption[];
  selectedId: string | null;
  onSelect: (id: string) => void;
  /** A name that matches nobody: the container creates the person and selects them. */
  onCreate: (name: string) => void;
}

type Choice = { kind: 'person'; person: PersonOption } | { kind: 'create'; name: string };

/** Case- and accent-insensitive, so "jose" finds "José". */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();
}

export function choicesFor(people: PersonOption[], query: string): Choice[] {
  const q = fold(query);
  const matches = people.filter((p) => fold(p.name).includes(q)).slice(0, 8);
  const exact = people.some((p) => fold(p.name) === q);
  const choices: Choice[] = matches.map((person) => ({ kind: 'person', person }));
  if (q && !exact) choices.push({ kind: 'create', name: query.trim() });
  return choices;
}

/**
 * "Person": an editable combobox (ARIA 1.2 pattern) with type-ahead over people. The list opens
 * as the user types or presses ↓; Enter picks the highlighted option; Escape restores the name.
 */
export function PersonCombobox({ people, selectedId, onSelect, onCreate }: PersonComboboxProps) {
  const selected = people.find((p) => p.id === selectedId);
  const [query, setQuery] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const blurTimer = useRef<ReturnType<typeof setTimeout>>();
  const listId = useId();
  const text = query ?? selected?.name ?? '';
  const choices = open ? choicesFor(people, query ?? '') : [];
  const optionId = (i: number) => `${listId}-opt-${i}`;

  const close = () => {
    setOpen(false);
    setQuery(null);
    setActive(0);
  };
  const pick = (choice: Choice | undefined) => {
    if (!choice) return;
    if (choice.kind === 'person') onSelect(choice.person.id);
    else onCreate(choice.name);
    close();
  };

  return (
    <div class="combobox">
      <input
        class="field"
        type="text"
        role="combobox"
        aria-label={t('comboPerson')}
        aria-autocomplete="list"
        aria-expanded={open && choices.length > 0}
        aria-controls={listId}
        aria-activedescendant={open && choices[active] ? optionId(active) : undefined}
        autocomplete="off"
        placeholder={t('comboPlaceholder')}
        value={text}
        onInput={(e) => {
          setQuery(e.currentTarget.value);
          setOpen(true);
          setActive(0);
        }}
        onFocus={(e) => {
          // A close scheduled by an earlier blur must not undo what is typed now.
          clearTimeout(blurTimer.current);
          e.currentTarget.select();
        }}
        // Late enough for a click on an option to land first.
        onBlur={() => (blurTimer.current = setTimeout(close, 150))}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
            e.preventDefault();
            if (!open) return setOpen(true);
            const step = e.key === 'ArrowDown' ? 1 : -1;
            setActive((i) => (choices.length ? (i + step + choices.length) % choices.length : 0));
          } else if (e.key === 'Enter' && open && !e.isComposing) {
            e.preventDefault();
            pick(choices[active]);
          } else if (e.key === 'Escape' && open) {
            // Only swallow Escape when there is a list to close; otherwise it closes the popup.
            e.preventDefault();
            e.stopPropagation();
            close();
          }
        }}
      />
      <ul
        id={listId}
        role="listbox"
        aria-label={t('comboPeople')}
        class="combobox-list"
        hidden={!choices.length}
      >
        {choices.map((choice, i) => (
          <li
            key={choice.kind === 'person' ? choice.person.id : 'create'}
            id={optionId(i)}
            role="option"
            aria-selected={i === active}
            class={i === active ? 'active' : undefined}
            // mousedown, not click: it runs before the input's blur closes the list.
            onMouseDown={(e) => {
              e.preventDefault();
              pick(choice);
            }}
          >
            {choice.kind === 'person'
              ? choice.person.name
              : t('comboCreate', { name: choice.name })}
          </li>
        ))}
      </ul>
    </div>
  );
}
