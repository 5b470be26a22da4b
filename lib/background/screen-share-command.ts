/** The keyboard command (manifest `commands`) that hides or shows private text everywhere. */
import { browser } from 'wxt/browser';
import { TOGGLE_COMMAND, togglePrivateHidden } from '../privacy/screen-share';

export function startScreenShareCommand(): void {
  browser.commands.onCommand.addListener((command: string) => {
    if (command === TOGGLE_COMMAND) void togglePrivateHidden().catch(() => undefined);
  });
}
