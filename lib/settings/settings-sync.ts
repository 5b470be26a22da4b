/**
 * Saving settings also refreshes the copy the content scripts read from `storage.local`
 * (they cannot open the database). Every settings write goes through here.
 */
import { browser } from 'wxt/browser';
import type { Repository } from '../db/repository';
import { PAGE_SETTINGS_KEY, pageSettingsFrom } from './page-settings';
import type { Settings, SettingsValues } from '../schema/records';

export async function mirrorPageSettings(settings: Settings): Promise<void> {
  await browser.storage.local.set({ [PAGE_SETTINGS_KEY]: pageSettingsFrom(settings) });
}

export async function saveSettings(
  repo: Repository,
  patch: Partial<SettingsValues>,
): Promise<Settings> {
  const settings = await repo.saveSettings(patch);
  await mirrorPageSettings(settings);
  return settings;
}
