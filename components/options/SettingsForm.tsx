import { useId, useState } from 'preact/hooks';
import type { SettingsValues } from '@/lib/schema/records';
import { FieldError, fieldErrors, invalidProps, type FieldErrors } from './form-errors';
import {
  draftOfSettings,
  SettingsForm as Schema,
  settingsPatch,
  type SettingsDraft,
} from './settings-schema';

export interface SettingsFormProps {
  settings: SettingsValues;
  onSave: (patch: Partial<SettingsValues>) => Promise<void>;
}

const SITE_LABELS = { google: 'Google Calendar', outlook: 'Outlook on the web' } as const;
type SiteKey = keyof typeof SITE_LABELS;

/** Who I am on each calendar, where Tandem runs, how it looks, and 1:1 detection tweaks. */
export function SettingsForm({ settings, onSave }: SettingsFormProps) {
  const [draft, setDraft] = useState<SettingsDraft>(() => draftOfSettings(settings));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [status, setStatus] = useState('');
  const id = useId();
  const set = (patch: Partial<SettingsDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const setIdentity = (i: number, patch: Partial<SettingsDraft['identities'][number]>) =>
    set({ identities: draft.identities.map((x, j) => (j === i ? { ...x, ...patch } : x)) });

  const save = async () => {
    setStatus('');
    const parsed = Schema.safeParse(draft);
    if (!parsed.success) return setErrors(fieldErrors(parsed.error));
    setErrors({});
    try {
      await onSave(settingsPatch(parsed.data));
      setStatus('Settings saved.');
    } catch (error) {
      setErrors({ form: error instanceof Error ? error.message : String(error) });
    }
  };

  const sites = Object.keys(SITE_LABELS) as SiteKey[];
  const overrides = Object.entries(draft.seriesOverrides);
  return (
    <section aria-label="Settings" class="stack" id="settings">
      <h2>Settings</h2>
      <form
        noValidate
        class="stack"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <fieldset class="card stack">
          <legend>My names and emails</legend>
          <p class="small muted">So Tandem knows which guest of a 1:1 is you.</p>
          {draft.identities.map((identity, i) => (
            <div key={i} class="row identity-row">
              <select
                class="field auto"
                aria-label={`Calendar of identity ${i + 1}`}
                value={identity.site}
                onChange={(e) => setIdentity(i, { site: e.currentTarget.value as SiteKey })}
              >
                {sites.map((s) => (
                  <option key={s} value={s}>
                    {SITE_LABELS[s]}
                  </option>
                ))}
              </select>
              <div class="grow">
                <input
                  class="field"
                  aria-label={`My name ${i + 1}`}
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
                  aria-label={`My email ${i + 1}`}
                  value={identity.email}
                  onInput={(e) => setIdentity(i, { email: e.currentTarget.value })}
                  {...invalidProps(errors, `identities.${i}.email`, id)}
                />
                <FieldError errors={errors} field={`identities.${i}.email`} idPrefix={id} />
              </div>
              <button
                type="button"
                class="btn icon"
                aria-label={`Remove identity ${i + 1}`}
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
              Add name or email
            </button>
          </div>
        </fieldset>
        <fieldset class="card stack">
          <legend>Calendars</legend>
          {sites.map((s) => (
            <div key={s} class="row">
              <label class="grow">
                <input
                  type="checkbox"
                  checked={draft.sites[s]}
                  onChange={(e) => set({ sites: { ...draft.sites, [s]: e.currentTarget.checked } })}
                />{' '}
                Run on {SITE_LABELS[s]}
              </label>
              <label>
                <input
                  type="checkbox"
                  checked={draft.autoOpen[s]}
                  onChange={(e) =>
                    set({ autoOpen: { ...draft.autoOpen, [s]: e.currentTarget.checked } })
                  }
                />{' '}
                Open the sidebar by itself on {SITE_LABELS[s]}
              </label>
            </div>
          ))}
        </fieldset>
        <fieldset class="card stack">
          <legend>Screen sharing</legend>
          <label>
            <input
              type="checkbox"
              checked={draft.hidePrivateOnCalendarOpen}
              onChange={(e) => set({ hidePrivateOnCalendarOpen: e.currentTarget.checked })}
            />{' '}
            Hide private text whenever a calendar page opens the sidebar
          </label>
          <p class="small muted">
            Notes, past notes, private items and mood stay hidden until you choose Show (or press
            the shortcut set in the browser's extension shortcuts, Alt+Shift+H unless you changed
            it). The popup has the same switch.
          </p>
        </fieldset>
        <fieldset class="card stack">
          <legend>Look and 1:1 detection</legend>
          <label class="row">
            Theme
            <select
              class="field auto"
              value={draft.theme}
              onChange={(e) => set({ theme: e.currentTarget.value as SettingsDraft['theme'] })}
            >
              <option value="system">Like the system</option>
              <option value="light">Light</option>
              <option value="dark">Dark</option>
            </select>
          </label>
          <label class="stack">
            Extra 1:1 keywords (one per line)
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
            <span>Per-series overrides</span>
            {overrides.length === 0 && (
              <p class="small muted">
                None. Mark a recurring meeting as a 1:1 (or not) from the sidebar.
              </p>
            )}
            {overrides.map(([series, rule]) => (
              <div key={series} class="row">
                <code class="grow small">{series}</code>
                <select
                  class="field auto"
                  aria-label={`Override for ${series}`}
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
                  <option value="always">Always a 1:1</option>
                  <option value="never">Never a 1:1</option>
                </select>
                <button
                  type="button"
                  class="btn icon"
                  aria-label={`Remove override for ${series}`}
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
        <FieldError errors={errors} field="form" idPrefix={id} />
        <div class="row">
          <button type="submit" class="btn primary">
            Save settings
          </button>
          <span class="small ok-text" role="status">
            {status}
          </span>
        </div>
      </form>
    </section>
  );
}
