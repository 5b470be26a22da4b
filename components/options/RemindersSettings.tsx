// The settings form's privacy and reminder sections: screen-share safety and 1:1 reminders.
import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n/catalog';
import type { SettingsDraft } from './settings-schema';
import type { SettingsSectionProps } from './settings-section';

/** Whether private text starts hidden whenever a calendar page opens the sidebar. */
export function ScreenShareSettings({ draft, set }: Pick<SettingsSectionProps, 'draft' | 'set'>) {
  return (
    <fieldset class="card stack">
      <legend>{t('settingsScreenShare')}</legend>
      <label>
        <input
          type="checkbox"
          checked={draft.hidePrivateOnCalendarOpen}
          onChange={(e) => set({ hidePrivateOnCalendarOpen: e.currentTarget.checked })}
        />{' '}
        {t('settingsHidePrivateOnOpen')}
      </label>
      <p class="small muted">{t('settingsHidePrivateOnOpenHint')}</p>
    </fieldset>
  );
}

export interface RemindersSettingsProps extends Pick<SettingsSectionProps, 'draft' | 'set'> {
  setDraft: (update: (d: SettingsDraft) => SettingsDraft) => void;
  onRequestReminderPermissions: () => Promise<boolean>;
}

/** Reminders before each known 1:1; switching them on asks for their optional permissions. */
export function RemindersSettings({
  draft,
  set,
  setDraft,
  onRequestReminderPermissions,
}: RemindersSettingsProps) {
  const [denied, setDenied] = useState(false);
  return (
    <fieldset class="card stack">
      <legend>{t('settingsReminders')}</legend>
      <label>
        <input
          type="checkbox"
          checked={draft.reminders.enabled}
          onChange={(e) => {
            const on = e.currentTarget.checked;
            setDenied(false);
            if (!on) return set({ reminders: { ...draft.reminders, enabled: false } });
            void onRequestReminderPermissions().then((granted) => {
              setDenied(!granted);
              setDraft((d) => ({ ...d, reminders: { ...d.reminders, enabled: granted } }));
            });
          }}
        />{' '}
        {t('settingsRemindersOn')}
      </label>
      <label class="row">
        {t('settingsRemindersMinutes')}
        <input
          class="field auto"
          type="number"
          min={1}
          max={120}
          value={draft.reminders.minutesBefore}
          disabled={!draft.reminders.enabled}
          onInput={(e) =>
            set({
              reminders: { ...draft.reminders, minutesBefore: e.currentTarget.valueAsNumber },
            })
          }
        />
      </label>
      <p class="small muted">{t('settingsRemindersHint')}</p>
      {denied && (
        <p class="error" role="alert">
          {t('settingsRemindersDenied')}
        </p>
      )}
    </fieldset>
  );
}
