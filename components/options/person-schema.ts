/** The person form's rules, from the Person record schema. */
import { t } from '@/lib/i18n/catalog';
import { z } from '@/lib/schema/zod';
import { Cadence, Relationship } from '@/lib/schema/common';
import type { Person } from '@/lib/schema/records';

export const PersonForm = z.object({
  displayName: z
    .string()
    .trim()
    .min(1, { error: () => t('personNameMissing') })
    .max(300, { error: () => t('formNameTooLong') }),
  // Typed as one text (comma or line separated); each address is checked.
  emails: z
    .string()
    .transform((text) => text.split(/[\s,;]+/).filter(Boolean))
    .pipe(z.array(z.email({ error: () => t('formNotAnEmail') })).max(50)),
  relationship: Relationship,
  cadence: z.union([z.literal(''), Cadence]).transform((c) => (c === '' ? undefined : c)),
});
export type PersonFormDraft = z.input<typeof PersonForm>;
export type PersonFormValues = z.output<typeof PersonForm>;

export function draftOf(p: Person): PersonFormDraft {
  return {
    displayName: p.displayName,
    emails: p.emails.join(', '),
    relationship: p.relationship,
    cadence: p.cadence ?? '',
  };
}
