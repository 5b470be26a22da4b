/** Who may talk to whom. Every privileged receiver checks the sender before parsing. */
import type { Runtime } from 'webextension-polyfill';
import { CALENDAR_ORIGINS } from '../sites/hosts';

function originOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    // protocol + host rather than URL#origin: for chrome-extension:// and moz-extension:// some
    // engines (Node's URL among them) report the opaque origin "null".
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}`;
  } catch {
    return undefined;
  }
}

/** Our own content script, in the top frame of a calendar tab. */
export function isOurContentScript(sender: Runtime.MessageSender, extensionId: string): boolean {
  return (
    sender.id === extensionId &&
    sender.tab?.id !== undefined &&
    sender.frameId === 0 &&
    CALENDAR_ORIGINS.includes(originOf(sender.url) ?? '')
  );
}

/** One of our extension pages (popup, options, sidebar frame). */
export function isOurExtensionPage(
  sender: Runtime.MessageSender,
  extensionId: string,
  extensionOrigin: string,
): boolean {
  return sender.id === extensionId && originOf(sender.url) === extensionOrigin;
}
