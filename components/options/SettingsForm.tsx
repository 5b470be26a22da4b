import { useEffect, useId, useState } from 'preact/hooks';
import { t } from '@/lib/i18n/catalog';
import type { SettingsValues } from '@/lib/schema/records';
import { FieldError, FormActions, invalidProps, submitForm, type FieldErrors } from './form-errors';
import { LanguageOptions } from './LanguageOptions';
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

// Product names: the same in every language (Microsoft calls it "Outlook im Web" in German).
const SITE_LABELS = {
  google: () => 'Google Calendar', // i18n-ignore
  outlook: () => t('siteOutlook'),
} as const;
type SiteKey = keyof typeof SITE_LABELS;

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
  const [denied, setDenied] = useState(false);
  const id = useId();
  const set = (patch: Partial<SettingsDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const setIdentity = (i: number, patch: Partial<SettingsDraft['identities'][number]>) =>
    set({ identities: draft.identities.map((x, j) => (j === i ? { ...x, ...patch } : x)) });

  const save = async () => {
    setStatus('');
    const saved = await submitForm(Schema.safeParse(draft), setErrors, (values) =>
      onSave(settingsPatch(values)),
    );
    if (saved) setStatus(t('settingsSaved'));
  };

  const sites = Object.keys(SITE_LABELS) as SiteKey[];
  const overrides = Object.entries(draft.seriesOverrides);
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
        <fieldset class="card stack">
          <legend>{t('settingsIdentities')}</legend>
          <p class="small muted">{t('settingsIdentitiesHint')}</p>
          {draft.identities.map((identity, i) => (
            <div key={i} class="row identity-row">
              <select
                class="field auto"
                aria-label={t('settingsIdentitySite', { n: i + 1 })}
                value={identity.site}
                onChange={(e) => setIdentity(i, { site: e.currentTarget.value as SiteKey })}
              >
                {sites.map((s) => (
                  <option key={s} value={s}>
                    {SITE_LABELS[s]()}
                  </option>
                ))}
              </select>
              <div class="grow">
                <input
                  class="field"
                  aria-label={t('settingsIdentityName', { n: i + 1 })}
                  value={identity.name}
                  onInput={(e) => setIdentity(i, { name: e.currentTarget.value })}
                  {...invalidProps(errors, `identities.${i}.name`, id)}
                />
                <FieldError errors={errors} field={`identities.${i}.name`} idPrefix={id} />
              </div>
              <div class="grow">
                <input
                  class="field"
                  type="email"
                  aria-label={t('settingsIdentityEmail', { n: i + 1 })}
                  value={identity.email}
                  onInput={(e) => setIdentity(i, { email: e.currentTarget.value })}
                  {...invalidProps(errors, `identities.${i}.email`, id)}
                />
                <FieldError errors={errors} field={`identities.${i}.email`} idPrefix={id} />
              </div>
              <button
                type="button"
                class="btn icon"
                aria-label={t('settingsIdentityRemove', { n: i + 1 })}
                onClick={() => set({ identities: draft.identities.filter((_, j) => j !== i) })}
              >
                ✕
              </button>
            </div>
          ))}
          <div>
            <button
              type="button"
              class="btn"
              onClick={() =>
                set({ identities: [...draft.identities, { site: 'google', name: '', email: '' }] })
              }
            >
              {t('settingsIdentityAdd')}
            </button>
          </div>
        </fieldset>
        <fieldset class="card stack">
          <legend>{t('settingsCalendars')}</legend>
          {sites.map((s) => (
            <div key={s} class="row">
              <label class="grow">
                <input
                  type="checkbox"
                  checked={draft.sites[s]}
                  onChange={(e) => set({ sites: { ...draft.sites, [s]: e.currentTarget.checked } })}
                />{' '}
                {t('settingsRunOn', { site: SITE_LABELS[s]() })}
              </label>
              <label>
                <input
                  type="checkbox"
                  checked={draft.autoOpen[s]}
                  onChange={(e) =>
                    set({ autoOpen: { ...draft.autoOpen, [s]: e.currentTarget.checked } })
                  }
                />{' '}
                {t('settingsAutoOpen', { site: SITE_LABELS[s]() })}
              </label>
            </div>
          ))}
        </fieldset>
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
        <fieldset class="card stack">
          <legend>{t('settingsLook')}</legend>
          <label class="row">
            {t('settingsTheme')}
            <select
              class="field auto"
              value={draft.theme}
              onChange={(e) => set({ theme: e.currentTarget.value as SettingsDraft['theme'] })}
            >
              <option value="system">{t('settingsThemeSystem')}</option>
              <option value="light">{t('settingsThemeLight')}</option>
              <option value="dark">{t('settingsThemeDark')}</option>
            </select>
          </label>
          <label class="row">
            {t('settingsLanguage')}
            <select
              class="field auto"
              value={draft.language}
              onChange={(e) =>
                set({ language: e.currentTarget.value as SettingsDraft['language'] })
              }
            >
              <option value="auto">{t('settingsLanguageAuto')}</option>
              <LanguageOptions />
            </select>
          </label>
          <label class="row">
            {t('settingsAddress')}
            <select
              class="field auto"
              value={draft.address}
              onChange={(e) => set({ address: e.currentTarget.value as SettingsDraft['address'] })}
            >
              <option value="du">{t('settingsAddressDu')}</option>
              <option value="sie">{t('settingsAddressSie')}</option>
            </select>
          </label>
          <label class="stack">
            {t('settingsKeywords')}
            <textarea
              class="field"
              rows={3}
              value={draft.keywords}
              onInput={(e) => set({ keywords: e.currentTarget.value })}
              {...invalidProps(errors, 'keywords', id)}
            />
          </label>
          <FieldError errors={errors} field="keywords" idPrefix={id} />
          <div class="stack">
            <span>{t('settingsOverrides')}</span>
            {overrides.length === 0 && <p class="small muted">{t('settingsOverridesEmpty')}</p>}
            {overrides.map(([series, rule]) => (
              <div key={series} class="row">
                <code class="grow small">{series}</code>
                <select
                  class="field auto"
                  aria-label={t('settingsOverrideFor', { series })}
                  value={rule}
                  onChange={(e) =>
                    set({
                      seriesOverrides: {
                        ...draft.seriesOverrides,
                        [series]: e.currentTarget.value as 'always' | 'never',
                      },
                    })
                  }
                >
                  <option value="always">{t('headerAlways')}</option>
                  <option value="never">{t('settingsNever')}</option>
                </select>
                <button
                  type="button"
                  class="btn icon"
                  aria-label={t('settingsOverrideRemove', { series })}
                  onClick={() => {
                    const { [series]: _gone, ...rest } = draft.seriesOverrides;
                    set({ seriesOverrides: rest });
                  }}
                >
                  ✕
                </button>
              </div>
            ))}
          </div>
        </fieldset>
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
