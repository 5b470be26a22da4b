/** Shared bits for forms that validate with zod and show each message beside its field. */
import type { z } from '@/lib/schema/zod';

export type FieldErrors = Record<string, string>;

/** Field path ("text", "identities.0.email") → its first message. */
export function fieldErrors(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.map(String).join('.') : 'form';
    out[key] ??= issue.message;
    // A list typed as one field ("emails.1") shows its message at the field too.
    out[String(issue.path[0] ?? 'form')] ??= issue.message;
  }
  return out;
}

function errorId(idPrefix: string, field: string): string {
  return `${idPrefix}-${field.replace(/\W/g, '-')}-error`;
}

/** The aria props that tie a field to its message. */
export function invalidProps(errors: FieldErrors, field: string, idPrefix: string) {
  return errors[field]
    ? { 'aria-invalid': true as const, 'aria-describedby': errorId(idPrefix, field) }
    : {};
}

export function FieldError({
  errors,
  field,
  idPrefix,
}: {
  errors: FieldErrors;
  field: string;
  idPrefix: string;
}) {
  if (!errors[field]) return null;
  return (
    <p id={errorId(idPrefix, field)} class="error">
      {errors[field]}
    </p>
  );
}
