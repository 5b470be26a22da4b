// The settings form's calendar sections: who I am on each calendar, and where Tandem runs.
import { t } from '@/lib/i18n/catalog';
import { FieldError, invalidProps } from './form-errors';
import type { SettingsDraft } from './settings-schema';
import type { SettingsSectionProps } from './settings-section';

// Product names: the same in every language (Microsoft calls it "Outlook im Web" in German).
const SITE_LABELS = {
  google: () => 'Google Calendar', // i18n-ignore
  outlook: () => t('siteOutlook'),
} as const;
type SiteKey = keyof typeof SITE_LABELS;

/** Who I am on each calendar, so Tandem knows which guest of a 1:1 is me. */
export function IdentitiesSettings({ draft, set, errors, id }: SettingsSectionProps) {
  const sites = Object.keys(SITE_LABELS) as SiteKey[];
  const setIdentity = (i: number, patch: Partial<SettingsDraft['identities'][number]>) =>
    set({ identities: draft.identities.map((x, j) => (j === i ? { ...x, ...patch } : x)) });
  return (
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
  );
}

/** Where Tandem runs, and where it opens the sidebar by itself. */
export function CalendarsSettings({ draft, set }: Pick<SettingsSectionProps, 'draft' | 'set'>) {
  const sites = Object.keys(SITE_LABELS) as SiteKey[];
  return (
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
  );
}
