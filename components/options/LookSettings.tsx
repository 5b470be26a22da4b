// The settings form's look section: theme, language, form of address, 1:1 detection tweaks.
import { t } from '@/lib/i18n/catalog';
import { FieldError, invalidProps } from './form-errors';
import { LanguageOptions } from './LanguageOptions';
import type { SettingsDraft } from './settings-schema';
import type { SettingsSectionProps } from './settings-section';

/** How Tandem looks and speaks, and how it tells a 1:1 (keywords, per-series overrides). */
export function LookSettings({ draft, set, errors, id }: SettingsSectionProps) {
  const overrides = Object.entries(draft.seriesOverrides);
  return (
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
          onChange={(e) => set({ language: e.currentTarget.value as SettingsDraft['language'] })}
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
  );
}
