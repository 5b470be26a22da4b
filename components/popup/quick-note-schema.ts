/** What the popup's quick-note form may save, derived from the record schemas. */
import { t, type MessageKey } from '@/lib/i18n/catalog';
import { z } from '@/lib/schema/zod';
import { ActionItem, AgendaItem, IsoDay, Note, Who } from '@/lib/schema/records';
import { FeedbackEntry, FeedbackKind } from '@/lib/schema/growth';

export const QUICK_KINDS = ['note', 'agenda', 'action', 'feedback'] as const;
export type QuickKind = (typeof QUICK_KINDS)[number];

export const QUICK_KIND_LABELS: Record<QuickKind, MessageKey> = {
  note: 'quickKindNote',
  agenda: 'quickKindAgenda',
  action: 'quickKindAction',
  feedback: 'quickKindFeedback',
};

/** What the status line says after saving, per kind. */
export const QUICK_SAVED: Record<QuickKind, MessageKey> = {
  note: 'quickSavedNote',
  agenda: 'quickSavedAgenda',
  action: 'quickSavedAction',
  feedback: 'quickSavedFeedback',
};

// Messages are looked up when a value fails (not at import), in the language then active.
const text = (max: z.ZodString) => max.trim().min(1, { error: () => t('quickRequired') });

export const QuickNoteValues = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('note'), text: text(Note.shape.text) }),
  z.object({ kind: z.literal('agenda'), text: text(AgendaItem.shape.text) }),
  z.object({
    kind: z.literal('action'),
    text: text(ActionItem.shape.text),
    owner: Who,
    // An empty date field means "no due date".
    due: z.union([z.literal(''), IsoDay]).transform((d) => (d === '' ? undefined : d)),
  }),
  // A dated entry in the person's feedback log (praise or a concern), dated today.
  z.object({
    kind: z.literal('feedback'),
    text: text(FeedbackEntry.shape.text),
    feedbackKind: FeedbackKind,
  }),
]);
export type QuickNoteValues = z.output<typeof QuickNoteValues>;

/** Field name → first message, for showing beside each field. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? 'form');
    out[key] ??= issue.message;
  }
  return out;
}
