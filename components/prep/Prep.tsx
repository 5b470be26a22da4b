import { t } from '@/lib/i18n/catalog';
import { ActionItemsList, type ActionItemsListProps } from './ActionItemsList';
import { AgendaList, type AgendaListProps } from './AgendaList';
import { FirstMeeting } from './FirstMeeting';
import { NoteEditor, type NoteEditorProps } from './NoteEditor';
import { PastNotes, type PastNotesProps } from './PastNotes';
import { PrepHeader, type PrepHeaderProps } from './PrepHeader';
import {
  HiddenSection,
  PrivateHiddenBanner,
  type PrivateHiddenBannerProps,
} from '../PrivateHiddenBanner';
import { RelationshipQuestion, type RelationshipQuestionProps } from './RelationshipQuestion';
import { RecapPanel, type RecapPanelProps } from './RecapPanel';
import { SuggestedQuestions, type SuggestedQuestionsProps } from './SuggestedQuestions';
import './prep.css';

export interface PrepProps {
  header: PrepHeaderProps;
  isFirstMeeting: boolean;
  /** Who they are to the user, asked once for a person Tandem has not placed yet. */
  askRelationship?: RelationshipQuestionProps | null;
  agenda: AgendaListProps;
  /** The wrap-up after the meeting, while it is open. */
  recap?: RecapPanelProps | null;
  actions: ActionItemsListProps;
  suggestions: SuggestedQuestionsProps;
  note: NoteEditorProps;
  past: PastNotesProps;
  /** Screen-share safe mode is on: notes, past notes and mood are left out of the page. */
  privateHidden?: PrivateHiddenBannerProps;
}

/** Everything for one 1:1, in the order it is used: what to talk about, what to ask, what was said. */
export function Prep(props: PrepProps) {
  const hidden = props.privateHidden;
  return (
    <main class="prep" aria-label={t('prepTitle', { name: props.header.name })}>
      <h1 class="visually-hidden">{t('prepTitle', { name: props.header.name })}</h1>
      {hidden && <PrivateHiddenBanner {...hidden} />}
      <PrepHeader {...props.header} />
      {props.askRelationship && <RelationshipQuestion {...props.askRelationship} />}
      {props.isFirstMeeting && <FirstMeeting name={props.header.name} />}
      <AgendaList {...props.agenda} />
      {props.recap && <RecapPanel {...props.recap} />}
      <SuggestedQuestions {...props.suggestions} />
      {hidden ? <HiddenSection label={t('notesHeading')} /> : <NoteEditor {...props.note} />}
      <ActionItemsList {...props.actions} />
      {hidden ? <HiddenSection label={t('pastHeading')} /> : <PastNotes {...props.past} />}
    </main>
  );
}
