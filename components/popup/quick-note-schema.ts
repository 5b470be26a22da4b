/** What the popup's quick-note form may save, derived from the record schemas. */
import { z } from '@/lib/schema/zod';
import { ActionItem, AgendaItem, IsoDay, Note, Who } from '@/lib/schema/records';

export const QUICK_KINDS = ['note', 'agenda', 'action'] as const;
export type QuickKind = (typeof QUICK_KINDS)[number];

export const QUICK_KIND_LABELS: Record<QuickKind, string> = {
  note: 'Note',
  agenda: 'Agenda item for the next meeting',
  action: 'Action item',
};

const required = 'Write something first.';
const text = (max: z.ZodString) => max.trim().min(1, required);

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
]);
export type QuickNoteValues = z.output<typeof QuickNoteValues>;
export type QuickNoteDraft = z.input<typeof QuickNoteValues>;

/** Field name → first message, for showing beside each field. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? 'form');
    out[key] ??= issue.message;
  }
  return out;
}
