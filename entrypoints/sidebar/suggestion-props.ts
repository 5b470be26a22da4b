// The suggested questions' props (rows, mode, asked / skipped logging), built here so PrepContainer stays the wiring.
import type { SuggestedQuestionsProps } from '@/components/prep/SuggestedQuestions';
import { t } from '@/lib/i18n/catalog';
import { GROW_STEP_LABELS } from '@/lib/i18n/labels';
import { shownReason } from '@/lib/questions/suggest-reasons';
import { rpc } from '@/lib/rpc/client';
import type { PrepData } from '@/lib/rpc/methods';
import type { StoredQuestion } from '@/lib/schema/records';
import type { useOwnQuestionHints } from './use-own-question-hints';
import type { useMeetingNote } from './use-meeting-note';
import type { useSuggestions } from './use-suggestions';

/**
 * The suggestions as rows (reasons masked while private text is hidden) and what they do. Plain
 * parameters, as in headerProps: the sidebar's size is measured.
 */
export function suggestionsProps(
  data: PrepData,
  suggestions: ReturnType<typeof useSuggestions>,
  questions: StoredQuestion[],
  ownHints: ReturnType<typeof useOwnQuestionHints>,
  showPrivate: boolean,
  note: Pick<ReturnType<typeof useMeetingNote>, 'appendLine'>,
  act: (promise: Promise<unknown>) => Promise<unknown>,
): SuggestedQuestionsProps {
  const { person, meeting } = data.bundle;
  const byId = new Map(questions.map((q) => [q.id, q]));
  return {
    suggestions: suggestions.suggestions.map((s) => ({
      id: s.question.id,
      text: s.question.text,
      reason: shownReason(s, !showPrivate),
      ...(s.kind === 'from-last-time' && { fromLastTime: true }),
      ...(ownHints.get(s.question.id) && { hints: ownHints.get(s.question.id)! }),
      ...(s.question.growStep && { step: GROW_STEP_LABELS[s.question.growStep] }),
    })),
    mode: suggestions.mode,
    onModeChange: suggestions.setMode,
    threads: suggestions.threads,
    onCloseThread: suggestions.closeThread,
    onFollowUpAsked: (text, addToNotes) => {
      if (addToNotes) note.appendLine(t('notesAskedLine', { text }));
    },
    onAsked: (id, addToNotes) => {
      const shown = suggestions.suggestions.find((s) => s.question.id === id);
      if (shown) suggestions.asked(shown);
      else suggestions.hide(id);
      const text = shown?.question.text ?? byId.get(id)?.text;
      if (addToNotes && text) note.appendLine(t('notesAskedLine', { text }));
      void act(
        rpc('logAsked', {
          questionId: id,
          personId: person.id,
          meetingId: meeting.id,
          outcome: 'asked',
        }),
      );
    },
    onSkip: (id) => {
      suggestions.hide(id);
      void act(
        rpc('logAsked', {
          questionId: id,
          personId: person.id,
          meetingId: meeting.id,
          outcome: 'skipped',
        }),
      );
    },
    onMoreLikeThis: suggestions.moreLikeThis,
  };
}
