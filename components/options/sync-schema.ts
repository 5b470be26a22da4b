/** The Sync form's rules, in the user's language; the background checks again (lib/sync). */
import { t, type MessageKey } from '@/lib/i18n/catalog';
import { z } from '@/lib/schema/zod';
import { MIN_PASSPHRASE, type SyncFailure } from '@/lib/sync/messages';

const filled = z
  .string()
  .trim()
  .min(1, { error: () => t('syncFieldMissing') });

export const SyncForm = z.object({
  url: filled.refine((u) => /^https?:\/\/[^/\s]+/.test(u) && URL.canParse(u), {
    error: () => t('syncUrlInvalid'),
  }),
  database: filled.regex(/^[a-z][a-z0-9_$()+/-]*$/, { error: () => t('syncDatabaseInvalid') }),
  username: filled,
  password: z.string().min(1, { error: () => t('syncFieldMissing') }),
  passphrase: z.string().min(MIN_PASSPHRASE, { error: () => t('syncPassphraseShort') }),
});

export const SyncUnlockForm = SyncForm.pick({ passphrase: true });

const FAILURE_TEXT: Record<SyncFailure, MessageKey> = {
  unauthorized: 'syncErrorUnauthorized',
  offline: 'syncErrorOffline',
  passphrase: 'syncErrorPassphrase',
  'not-tandem': 'syncErrorNotTandem',
  'not-set-up': 'syncErrorNotSetUp',
  invalid: 'syncErrorInvalid',
  failed: 'syncErrorFailed',
  permission: 'syncErrorPermission',
};

export function failureText(code: SyncFailure): string {
  return t(FAILURE_TEXT[code]);
}
