/**
 * The account owner's name and email as a calendar page shows them (Google puts the email in the
 * page; Outlook often only the name) become the user's identities in the settings, so detection
 * on the other site and the popup know who "me" is. Saved only when new.
 */
import type { Repository } from '../db/repository';
import type { PageSettings } from '../settings/page-settings';
import { saveSettings } from '../settings/settings-sync';
import type { CalendarEvent } from '../sites/types';

export async function rememberSelf(
  repo: Repository,
  site: CalendarEvent['site'],
  self: CalendarEvent['self'],
  known: PageSettings,
): Promise<void> {
  const email = self.email?.trim().toLowerCase();
  if (!email || known.selfEmails.includes(email)) return;
  const settings = await repo.getSettings();
  if (settings.selfIdentities.some((i) => i.email?.toLowerCase() === email)) return;
  const identity = { site, email, ...(self.name && { name: self.name }) };
  await saveSettings(repo, { selfIdentities: [...settings.selfIdentities, identity] });
}
