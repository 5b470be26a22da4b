import { t } from '@/lib/i18n/catalog';
import { LayoutReport, type LayoutReportProps } from './LayoutReport';
import { PrivateHiddenBanner } from '../PrivateHiddenBanner';
import { MyCommitments, type MyCommitmentsProps } from './MyCommitments';
import { PeopleLinks, type PersonLink } from './PeopleLinks';
import { PersonCombobox, type PersonComboboxProps } from './PersonCombobox';
import { QuickNoteForm, type QuickNoteFormProps } from './QuickNoteForm';
import { SyncUnlock, type SyncUnlockProps } from './SyncUnlock';
import './popup.css';

export interface PopupProps {
  person: PersonComboboxProps;
  note: QuickNoteFormProps;
  commitments: Omit<MyCommitmentsProps, 'prepHref' | 'onOpenPrep'>;
  upcoming: PersonLink[];
  slipped: PersonLink[];
  /**
   * The active tab is a calendar Tandem cannot read: its whole layout, or the event open in it
   * (a partial redesign); null when all is well.
   */
  unreadable: 'layout' | 'event' | null;
  /** The layout report of that tab, offered with the warning. */
  layoutReport: LayoutReportProps;
  prepHref: (personId: string) => string;
  onOpenPrep: (personId: string) => void;
  onOpenOptions: () => void;
  /** Screen-share safe mode: while on, the quick note (typed private text) is not shown. */
  privacy: { hidden: boolean; shortcut: string; onChange: (hidden: boolean) => void };
  /** Sync waits for the passphrase (after a browser restart); null when it does not. */
  syncUnlock?: SyncUnlockProps | null;
}

/** The toolbar popup: a quick note for the person of the current 1:1, and who is next. */
export function Popup(props: PopupProps) {
  const selectedId = props.person.selectedId;
  /** Where a person's link leads: the same for both lists. */
  const linkTo = { prepHref: props.prepHref, onOpenPrep: props.onOpenPrep };
  return (
    <main class="popup stack" aria-label="Tandem">
      <header class="row">
        <h1 class="grow">Tandem</h1>
        <button
          type="button"
          class="btn icon small"
          aria-pressed={props.privacy.hidden}
          title={
            props.privacy.shortcut
              ? t('popupHidePrivateHintKey', { shortcut: props.privacy.shortcut })
              : t('popupHidePrivateHint')
          }
          onClick={() => props.privacy.onChange(!props.privacy.hidden)}
        >
          {t('popupHidePrivate')}
        </button>
        <button type="button" class="btn icon small" onClick={props.onOpenOptions}>
          {t('popupSettings')}
        </button>
      </header>
      {props.unreadable && (
        <div class="banner stack" role="status">
          {props.unreadable === 'layout' ? (
            <p>
              <strong>{t('popupNotRecognised')}</strong> {t('popupNotRecognisedDetail')}
            </p>
          ) : (
            <p>
              <strong>{t('popupUnreadableEvent')}</strong> {t('popupUnreadableEventDetail')}
            </p>
          )}
          <div class="row">
            <button
              type="button"
              class="btn"
              disabled={!selectedId}
              onClick={() => selectedId && props.onOpenPrep(selectedId)}
            >
              {t('popupPrepForPerson')}
            </button>
          </div>
          <LayoutReport {...props.layoutReport} />
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
      {props.syncUnlock && <SyncUnlock {...props.syncUnlock} />}
      <PeopleLinks
        title={t('popupNext')}
        empty={t('popupNextEmpty')}
        links={props.upcoming}
        {...linkTo}
      />
      <PeopleLinks
        title={t('popupSlipped')}
        empty={t('popupSlippedEmpty')}
        links={props.slipped}
        {...linkTo}
      />
    </main>
  );
}
