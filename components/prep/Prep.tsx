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
import { SuggestedQuestions, type SuggestedQuestionsProps } from './SuggestedQuestions';
import './prep.css';

export interface PrepProps {
  header: PrepHeaderProps;
  isFirstMeeting: boolean;
  agenda: AgendaListProps;
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
    <main class="prep" aria-label={`1:1 prep with ${props.header.name}`}>
      <h1 class="visually-hidden">1:1 prep with {props.header.name}</h1>
      {hidden && <PrivateHiddenBanner {...hidden} />}
      <PrepHeader {...props.header} />
      {props.isFirstMeeting && <FirstMeeting name={props.header.name} />}
      <AgendaList {...props.agenda} />
      <SuggestedQuestions {...props.suggestions} />
      {hidden ? <HiddenSection label="Notes" /> : <NoteEditor {...props.note} />}
      <ActionItemsList {...props.actions} />
      {hidden ? <HiddenSection label="Past notes" /> : <PastNotes {...props.past} />}
    </main>
  );
}
