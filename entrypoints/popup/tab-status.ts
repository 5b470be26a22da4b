/** Whether the active tab is a calendar page whose layout the content script could not read. */
import { browser } from 'wxt/browser';

export async function activeTabNotRecognised(): Promise<boolean> {
  try {
    // Without the `tabs` permission `url` is only set on our calendar hosts; that is enough:
    // the background knows nothing about other tabs anyway.
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined || !tab.url) return false;
    const reply = (await browser.runtime.sendMessage({ type: 'tab:status', tabId: tab.id })) as
      { ok: boolean; status?: { status?: string } | null } | undefined;
    return reply?.ok === true && reply.status?.status === 'not-recognised';
  } catch {
    // No background yet (just installed) or no active tab: nothing to warn about.
    return false;
  }
}

export function prepHref(personId: string): string {
  return browser.runtime.getURL('/prep.html') + '?person=' + encodeURIComponent(personId);
}

export function openPrep(personId: string): void {
  void browser.tabs.create({ url: prepHref(personId) });
}
