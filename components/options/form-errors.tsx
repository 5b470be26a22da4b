/** Shared bits for forms that validate with zod and show each message beside its field. */
import type { ComponentChildren } from 'preact';
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

/**
 * Validates a draft and saves it: every field's message on a validation failure, the form's
 * message when the save throws. Resolves true once saved.
 */
export async function submitForm<T>(
  parsed: { success: true; data: T } | { success: false; error: z.ZodError },
  setErrors: (errors: FieldErrors) => void,
  save: (values: T) => Promise<unknown>,
): Promise<boolean> {
  if (!parsed.success) {
    setErrors(fieldErrors(parsed.error));
    return false;
  }
  setErrors({});
  try {
    await save(parsed.data);
    return true;
  } catch (error) {
    setErrors({ form: error instanceof Error ? error.message : String(error) });
    return false;
  }
}

/** A form's last rows: its own message, the submit button, other actions, then the status. */
export function FormActions({
  errors,
  idPrefix,
  submitLabel,
  status,
  children,
}: {
  errors: FieldErrors;
  idPrefix: string;
  submitLabel: string;
  /** Announced politely ("Saved."); omitted when the form says nothing after saving. */
  status?: string;
  children?: ComponentChildren;
}) {
  return (
    <>
      <FieldError errors={errors} field="form" idPrefix={idPrefix} />
      <div class="row">
        <button type="submit" class="btn primary">
          {submitLabel}
        </button>
        {children}
        {status !== undefined && (
          <span class="small ok-text" role="status">
            {status}
          </span>
        )}
      </div>
    </>
  );
}
