/** The settings form's rules, from the Settings record schema. */
import { t } from '@/lib/i18n/catalog';
import { z } from '@/lib/schema/zod';
import { Settings, type SettingsValues } from '@/lib/schema/records';
import { SITE_IDS } from '@/lib/sites/hosts';

const Identity = z
  .object({
    site: z.enum(SITE_IDS),
    name: z
      .string()
      .trim()
      .max(300, { error: () => t('formNameTooLong') }),
    email: z.union([z.literal(''), z.email({ error: () => t('formNotAnEmail') })]),
  })
  .refine((i) => i.name || i.email, { error: () => t('settingsIdentityEmpty'), path: ['name'] });

export const SettingsForm = z.object({
  identities: z.array(Identity).max(20),
  sites: Settings.shape.sites,
  autoOpen: Settings.shape.autoOpen,
  theme: Settings.shape.theme,
  language: z.enum(['auto', 'en', 'de']),
  address: z.enum(['du', 'sie']),
  // One keyword per line.
  keywords: z
    .string()
    .transform((t) =>
      t
        .split('\n')
        .map((k) => k.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.string().max(200, { error: () => t('settingsKeywordTooLong') })).max(100)),
  seriesOverrides: Settings.shape.seriesOverrides,
  hidePrivateOnCalendarOpen: z.boolean(),
  reminders: Settings.shape.reminders.unwrap(),
});
export type SettingsDraft = z.input<typeof SettingsForm>;

export function draftOfSettings(s: SettingsValues): SettingsDraft {
  return {
    identities: s.selfIdentities.map((i) => ({
      site: i.site,
      name: i.name ?? '',
      email: i.email ?? '',
    })),
    sites: { ...s.sites },
    autoOpen: { ...s.autoOpen },
    theme: s.theme,
    language: s.language,
    address: s.address,
    keywords: s.extraKeywords.join('\n'),
    seriesOverrides: { ...s.seriesOverrides },
    hidePrivateOnCalendarOpen: s.hidePrivateOnCalendarOpen === true,
    reminders: { ...s.reminders },
  };
}

/** The patch for saveSettings: the whole form at once, so nothing is saved half-way. */
export function settingsPatch(values: z.output<typeof SettingsForm>): Partial<SettingsValues> {
  return {
    selfIdentities: values.identities.map((i) => ({
      site: i.site,
      ...(i.name && { name: i.name }),
      ...(i.email && { email: i.email.toLowerCase() }),
    })),
    sites: values.sites,
    autoOpen: values.autoOpen,
    theme: values.theme,
    language: values.language,
    address: values.address,
    extraKeywords: values.keywords,
    seriesOverrides: values.seriesOverrides,
    hidePrivateOnCalendarOpen: values.hidePrivateOnCalendarOpen,
    reminders: values.reminders,
  };
}
