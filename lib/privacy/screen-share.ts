/**
 * Screen-share safe mode: one switch, kept in `storage.session` (memory only, for this browser
 * session), that every extension view follows at once. While it is on, the sidebar, the prep page
 * and the popup render no note, past note, private item or mood (not hidden by CSS: absent from
 * the DOM), so sharing the screen cannot show them. The keyboard command, the popup toggle, the
 * banner's "Show" and the "on whenever a calendar page is opened" option all go through here.
 * Extension pages (the sidebar frame included) may read `storage.session`; content scripts may not.
 */
import { browser } from 'wxt/browser';

export const PRIVATE_HIDDEN_KEY = 'tandem:privateHidden';
/** The `commands` entry in the manifest (its key is rebindable in the browser's shortcut page). */
export const TOGGLE_COMMAND = 'toggle-private-text';

export async function readPrivateHidden(): Promise<boolean> {
  try {
    const stored = await browser.storage.session.get(PRIVATE_HIDDEN_KEY);
    return stored[PRIVATE_HIDDEN_KEY] === true;
  } catch {
    return false;
  }
}

export async function setPrivateHidden(hidden: boolean): Promise<void> {
  await browser.storage.session.set({ [PRIVATE_HIDDEN_KEY]: hidden });
}

/** What the keyboard command does. Returns the new state. */
export async function togglePrivateHidden(): Promise<boolean> {
  const next = !(await readPrivateHidden());
  await setPrivateHidden(next);
  return next;
}

/** Calls `listener` with the new state whenever any context changes it; returns the unsubscribe. */
export function onPrivateHiddenChange(listener: (hidden: boolean) => void): () => void {
  const handle = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'session' && PRIVATE_HIDDEN_KEY in changes)
      listener(changes[PRIVATE_HIDDEN_KEY]!.newValue === true);
  };
  browser.storage.onChanged.addListener(handle);
  return () => browser.storage.onChanged.removeListener(handle);
}

/** The key the user bound to the command (may be empty when unbound), for the banner's hint. */
export async function toggleShortcut(): Promise<string> {
  try {
    const commands = await browser.commands.getAll();
    return commands.find((c) => c.name === TOGGLE_COMMAND)?.shortcut ?? '';
  } catch {
    return '';
  }
}
