/** The one settings record. Saving merges by field, so two pages changing different settings both win. */
import {
  DEFAULT_SETTINGS,
  SETTINGS_ID,
  type Settings,
  type SettingsValues,
} from '../schema/records';
import { queue, write, type Ctx } from './context';
import { bump, firstRevision } from './rows';

function defaults(now: string): Settings {
  return {
    id: SETTINGS_ID,
    ...firstRevision(now),
    ...structuredClone(DEFAULT_SETTINGS),
  };
}

/** The stored settings, or the defaults (not written until the first save). */
export async function getSettings(ctx: Ctx): Promise<Settings> {
  const stored = await ctx.db.get('settings', SETTINGS_ID);
  // Fields added after the record was written read as their defaults (see migrations v6).
  return stored ? { ...structuredClone(DEFAULT_SETTINGS), ...stored } : defaults(ctx.now());
}

export async function saveSettings(ctx: Ctx, patch: Partial<SettingsValues>): Promise<Settings> {
  return write(ctx, ['settings'], async (tx, touched) => {
    const store = tx.objectStore('settings');
    const current = await store.get(SETTINGS_ID);
    const base = current
      ? { ...structuredClone(DEFAULT_SETTINGS), ...current }
      : defaults(ctx.now());
    const next: Settings = { ...base, ...patch, id: SETTINGS_ID };
    if (current && JSON.stringify(next) === JSON.stringify(current)) return current;
    const saved = current ? bump(next, ctx.now()) : next;
    queue(store.put(saved));
    touched.add('settings', SETTINGS_ID);
    return saved;
  });
}
