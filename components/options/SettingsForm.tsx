import { useEffect, useId, useState } from 'preact/hooks';
import { t } from '@/lib/i18n/catalog';
import type { SettingsValues } from '@/lib/schema/records';
import { FormActions, submitForm, type FieldErrors } from './form-errors';
import { CalendarsSettings, IdentitiesSettings } from './IdentitiesSettings';
import { LookSettings } from './LookSettings';
import { RemindersSettings, ScreenShareSettings } from './RemindersSettings';
import {
  draftOfSettings,
  SettingsForm as Schema,
  settingsPatch,
  type SettingsDraft,
} from './settings-schema';

export interface SettingsFormProps {
  settings: SettingsValues;
  onSave: (patch: Partial<SettingsValues>) => Promise<void>;
  /**
   * Asks the browser for the reminders' optional permissions. Called straight from the click
   * (browsers grant only during a user gesture); resolves false when refused.
   */
  onRequestReminderPermissions: () => Promise<boolean>;
  /**
   * Saved settings come back with a new revision, which gives the form a fresh draft (it is
   * keyed by revision): the parent says "saved" so the message outlives that remount, whether
   * the remount comes before the parent knows (the change notification won) or with it.
   */
  justSaved?: boolean;
}

/** Who I am on each calendar, where Tandem runs, how it looks, and 1:1 detection tweaks. */
export function SettingsForm({
  settings,
  onSave,
  onRequestReminderPermissions,
  justSaved = false,
}: SettingsFormProps) {
  const [draft, setDraft] = useState<SettingsDraft>(() => draftOfSettings(settings));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [status, setStatus] = useState(() => (justSaved ? t('settingsSaved') : ''));
  // The saved record can reach the page by its change notification before the save call
  // returns: the form is then remounted for the new revision first and told "saved" after.
  useEffect(() => {
    if (justSaved) setStatus(t('settingsSaved'));
  }, [justSaved]);
  const id = useId();
  const set = (patch: Partial<SettingsDraft>) => setDraft((d) => ({ ...d, ...patch }));

  const save = async () => {
    setStatus('');
    const saved = await submitForm(Schema.safeParse(draft), setErrors, (values) =>
      onSave(settingsPatch(values)),
    );
    if (saved) setStatus(t('settingsSaved'));
  };

  const section = { draft, set, errors, id };
  return (
    <section aria-label={t('settingsHeading')} class="stack" id="settings">
      <h2>{t('settingsHeading')}</h2>
      <form
        noValidate
        class="stack"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <IdentitiesSettings {...section} />
        <CalendarsSettings draft={draft} set={set} />
        <ScreenShareSettings draft={draft} set={set} />
        <RemindersSettings
          draft={draft}
          set={set}
          setDraft={setDraft}
          onRequestReminderPermissions={onRequestReminderPermissions}
        />
        <LookSettings {...section} />
        <FormActions
          errors={errors}
          idPrefix={id}
          submitLabel={t('settingsSave')}
          status={status}
        />
      </form>
    </section>
  );
}
