export interface FilterSelectProps<V extends string> {
  /** The select's accessible name. */
  label: string;
  value: V | '';
  /** The first option, which filters nothing ("All categories"). */
  anyLabel: string;
  options: readonly { value: V; label: string }[];
  onChange: (value: V | '') => void;
}

/** One filter of a list: a compact select whose first option lets everything through. */
export function FilterSelect<V extends string>(props: FilterSelectProps<V>) {
  return (
    <select
      class="field auto"
      aria-label={props.label}
      value={props.value}
      onChange={(e) => props.onChange(e.currentTarget.value as V | '')}
    >
      <option value="">{props.anyLabel}</option>
      {props.options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </select>
  );
}
