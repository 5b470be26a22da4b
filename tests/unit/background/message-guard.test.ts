import { describe, expect, it } from 'vitest';
import { isOurContentScript, isOurExtensionPage } from '@/lib/messaging/message-guard';

const ID = 'abcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}`;

describe('message senders', () => {
  it('accepts our content script only in the top frame of a calendar tab', () => {
    const base = {
      id: ID,
      tab: { id: 3 } as never,
      frameId: 0,
      url: 'https://calendar.google.com/calendar/u/0/r/week',
    };
    expect(isOurContentScript(base, ID)).toBe(true);
    expect(
      isOurContentScript({ ...base, url: 'https://outlook.cloud.microsoft/calendar/' }, ID),
    ).toBe(true);
    expect(isOurContentScript({ ...base, id: 'other-extension' }, ID)).toBe(false);
    expect(isOurContentScript({ ...base, frameId: 2 }, ID)).toBe(false);
    expect(
      isOurContentScript({ ...base, url: 'https://evil.example/calendar.google.com' }, ID),
    ).toBe(false);
    expect(
      isOurContentScript({ ...base, url: 'https://calendar.google.com.evil.example/' }, ID),
    ).toBe(false);
    expect(isOurContentScript({ ...base, tab: undefined }, ID)).toBe(false);
    expect(isOurContentScript({ ...base, url: 'not a url' }, ID)).toBe(false);
  });

  it('accepts extension pages only from our own origin', () => {
    expect(isOurExtensionPage({ id: ID, url: `${ORIGIN}/sidebar.html#x` }, ID, ORIGIN)).toBe(true);
    expect(isOurExtensionPage({ id: ID, url: 'https://calendar.google.com/' }, ID, ORIGIN)).toBe(
      false,
    );
    expect(
      isOurExtensionPage({ id: 'other', url: `chrome-extension://other/popup.html` }, ID, ORIGIN),
    ).toBe(false);
    expect(isOurExtensionPage({ id: ID }, ID, ORIGIN)).toBe(false);
  });
});
