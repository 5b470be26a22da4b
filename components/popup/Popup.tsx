import { PrivateHiddenBanner } from '../PrivateHiddenBanner';
import { MyCommitments, type MyCommitmentsProps } from './MyCommitments';
import { PeopleLinks, type PersonLink } from './PeopleLinks';
import { PersonCombobox, type PersonComboboxProps } from './PersonCombobox';
import { QuickNoteForm, type QuickNoteFormProps } from './QuickNoteForm';
import './popup.css';

export interface PopupProps {
  person: PersonComboboxProps;
  note: QuickNoteFormProps;
  commitments: Omit<MyCommitmentsProps, 'prepHref' | 'onOpenPrep'>;
  upcoming: PersonLink[];
  slipped: PersonLink[];
  /** The active tab is a calendar whose layout Tandem could not read. */
  layoutNotRecognised: boolean;
  prepHref: (personId: string) => string;
  onOpenPrep: (personId: string) => void;
  onOpenOptions: () => void;
  /** Screen-share safe mode: while on, the quick note (typed private text) is not shown. */
  privacy: { hidden: boolean; shortcut: string; onChange: (hidden: boolean) => void };
}

/** The toolbar popup: a quick note for the person of the current 1:1, and who is next. */
export function Popup(props: PopupProps) {
  const selectedId = props.person.selectedId;
  return (
    <main class="popup stack" aria-label="Tandem">
      <header class="row">
        <h1 class="grow">Tandem</h1>
        <button
          type="button"
          class="btn icon small"
          aria-pressed={props.privacy.hidden}
          title={`Screen-share safe: hide notes and private items everywhere${props.privacy.shortcut ? ` (${props.privacy.shortcut})` : ''}`}
          onClick={() => props.privacy.onChange(!props.privacy.hidden)}
        >
          Hide private text
        </button>
        <button type="button" class="btn icon small" onClick={props.onOpenOptions}>
          Settings
        </button>
      </header>
      {props.layoutNotRecognised && (
        <div class="banner stack" role="status">
          <p>
            <strong>Calendar layout not recognised.</strong> Tandem cannot follow your meetings on
            this page; you can still prepare for a person.
          </p>
          <div class="row">
            <button
              type="button"
              class="btn"
              disabled={!selectedId}
              onClick={() => selectedId && props.onOpenPrep(selectedId)}
            >
              Prep for a person
            </button>
          </div>
        </div>
      )}
      {props.privacy.hidden && (
        <PrivateHiddenBanner
          shortcut={props.privacy.shortcut}
          onReveal={() => props.privacy.onChange(false)}
        />
      )}
      {!props.privacy.hidden && (
        <>
          <PersonCombobox {...props.person} />
          <QuickNoteForm {...props.note} />
        </>
      )}
      <MyCommitments
        {...props.commitments}
        prepHref={props.prepHref}
        onOpenPrep={props.onOpenPrep}
      />
      <PeopleLinks
        title="Next 1:1s"
        empty="No upcoming 1:1s seen yet. Open your calendar and Tandem will notice them."
        links={props.upcoming}
        prepHref={props.prepHref}
        onOpenPrep={props.onOpenPrep}
      />
      <PeopleLinks
        title="Cadence slipped"
        empty="Everyone is on schedule."
        links={props.slipped}
        prepHref={props.prepHref}
        onOpenPrep={props.onOpenPrep}
      />
    </main>
  );
}
