// @vitest-environment happy-dom
/**
 * The contract every site adapter keeps, run against every fixture page (the pages' own scripts drive the states,
 * so this reads exactly the markup a browser gets). Site scenarios below check the values, not just the shape.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { adapterFor } from '../../../lib/sites';
import { googleCalendarAdapter } from '../../../lib/sites/google-calendar/adapter';
import { outlookAdapter } from '../../../lib/sites/outlook/adapter';
import type { SiteAdapter, SiteId } from '../../../lib/sites/types';
// @ts-expect-error plain ESM module without types
import { START_URLS } from '../../fixtures/routes.mjs';
import { loadFixture, type FixturePage } from './fixture-page';

const URLS = START_URLS as Record<'google' | 'googleDe' | 'googleRedesign' | 'outlook', string>;
const PAGES: { name: keyof typeof URLS; site: SiteId | null }[] = [
  { name: 'google', site: 'google' },
  { name: 'googleDe', site: 'google' },
  { name: 'googleRedesign', site: null },
  { name: 'outlook', site: 'outlook' },
];
const ADAPTERS: SiteAdapter[] = [googleCalendarAdapter, outlookAdapter];

let page: FixturePage | undefined;
afterEach(async () => {
  await page?.close();
  page = undefined;
});
function open(name: keyof typeof URLS): FixturePage {
  page = loadFixture(URLS[name]);
  return page;
}

describe.each(ADAPTERS)('contract: $site adapter', (adapter) => {
  describe.each(PAGES)('on the $name fixture page', ({ name, site }) => {
    const own = site === adapter.site;

    it(`is ${own ? '' : 'not '}recognised`, () => {
      const p = open(name);
      expect(adapter.layoutStatus(p.document)).toBe(own ? 'recognised' : 'not-recognised');
    });

    it('reads no open event while nothing is open', () => {
      const p = open(name);
      const pressed = p.document.querySelector(adapter.eventTargetSelector);
      expect(adapter.readOpenEvent(p.document, p.url(), null)).toBeNull();
      expect(adapter.readOpenEvent(p.document, p.url(), pressed)).toBeNull();
    });

    it('lists well-formed visible events (only on its own pages)', () => {
      const p = open(name);
      const visible = adapter.listVisibleEvents(p.document, p.url());
      if (!own) expect(visible).toEqual([]);
      else expect(visible.length).toBeGreaterThan(0);
      for (const event of visible) {
        expect(event.site).toBe(adapter.site);
        expect(event.eventKey).not.toBe('');
        expect(event.title).not.toBe('');
        expect(Date.parse(event.end!)).toBeGreaterThan(Date.parse(event.start!));
      }
      expect(new Set(visible.map((e) => e.eventKey)).size).toBe(visible.length);
    });
  });

  it('never throws on a document that throws on every access', () => {
    const hostile = new Proxy({} as Document, {
      get() {
        throw new Error('hostile page');
      },
    });
    const url = new URL('https://example.com/');
    expect(adapter.layoutStatus(hostile)).toBe('not-recognised');
    expect(adapter.readOpenEvent(hostile, url, null)).toBeNull();
    expect(adapter.listVisibleEvents(hostile, url)).toEqual([]);
  });

  it('never modifies the page it reads', async () => {
    const p = open(adapter.site === 'google' ? 'google' : 'outlook');
    p.click(p.document.querySelector(adapter.eventTargetSelector));
    await p.settle();
    const before = p.document.documentElement.outerHTML;
    const observer = new p.window.MutationObserver(() => undefined);
    observer.observe(p.document.documentElement as never, {
      subtree: true,
      childList: true,
      attributes: true,
    });
    adapter.layoutStatus(p.document);
    adapter.readOpenEvent(
      p.document,
      p.url(),
      p.document.querySelector(adapter.eventTargetSelector),
    );
    adapter.listVisibleEvents(p.document, p.url());
    expect(observer.takeRecords()).toHaveLength(0);
    expect(p.document.documentElement.outerHTML).toBe(before);
  });
});

describe('registry: adapterFor', () => {
  it.each([
    ['https://calendar.google.com/calendar/u/0/r/week', 'google'],
    ['https://outlook.office.com/calendar/view/workweek', 'outlook'],
    ['https://outlook.office365.com/calendar/view/day', 'outlook'],
    ['https://outlook.live.com/calendar/0/view/week', 'outlook'],
    ['https://outlook.cloud.microsoft/calendar/view/month', 'outlook'],
  ])('%s → %s', (url, site) => {
    expect(adapterFor(new URL(url))?.site).toBe(site);
  });
  it('has no adapter for other hosts', () => {
    expect(adapterFor(new URL('https://mail.google.com/mail/u/0/'))).toBeUndefined();
    expect(adapterFor(new URL('https://evil.example/calendar.google.com'))).toBeUndefined();
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Values, per site. Google fixture times are Europe/Berlin (UTC+1 in November): 10:00 → 09:00Z.

const TOM = { name: 'Tom Becker', email: 'tom.becker@northwind.example' };
const MARIA = { name: 'Maria Lopez', email: 'maria.lopez@northwind.example' };
const chipNamed = (p: FixturePage, title: string, nth = 0) =>
  Array.from(p.document.querySelectorAll('[data-eventchip][data-eventid]')).filter((c) =>
    (c.textContent ?? '').includes(title),
  )[nth] ?? null;

describe('Google Calendar: the week page', () => {
  const g = googleCalendarAdapter;

  it('lists the timed events of the work week (not all-day chips, not tasks)', () => {
    const p = open('google');
    const chips = p.document.querySelectorAll('[data-eventchip][data-eventid]');
    expect(chips).toHaveLength(34); // 29 timed events, 1 timed task, 3 all-day events, 1 all-day task
    const visible = g.listVisibleEvents(p.document, p.url());
    expect(visible).toHaveLength(29);
    const titles = visible.map((v) => v.title);
    expect(titles).not.toContain('Thanksgiving Day');
    expect(titles).not.toContain('Send Q4 numbers to finance');
    const standups = visible.filter((v) => v.title === 'Daily standup');
    expect(standups).toHaveLength(5);
    expect(new Set(standups.map((s) => s.seriesKey)).size).toBe(1);
    const jonas = visible.filter((v) => v.title === '1:1 Tom / Jonas');
    expect(jonas.map((j) => j.start)).toEqual([
      '2026-11-23T14:00:00.000Z',
      '2026-11-26T14:00:00.000Z',
    ]);
    expect(jonas[0]!.seriesKey).toBe(jonas[1]!.seriesKey);
    expect(visible.find((v) => v.title === 'Coffee with Lena')).toMatchObject({
      start: '2026-11-24T15:00:00.000Z',
      end: '2026-11-24T15:30:00.000Z',
    });
    expect(visible.find((v) => v.title === 'Coffee with Lena')!.seriesKey).toBeUndefined();
  });

  it('reads the details dialog in two phases: guests [] first, then the guest list', async () => {
    const p = open('google');
    const chip = chipNamed(p, '1:1 Maria / Tom');
    p.click(chip);
    const first = g.readOpenEvent(p.document, p.url(), chip);
    expect(first).toEqual({
      site: 'google',
      eventKey: '3u8nd2kq61hv0pl7rj9c4s5bmt_20261123T090000Z maria.lopez@northwind.example',
      seriesKey: '3u8nd2kq61hv0pl7rj9c4s5bmt maria.lopez@northwind.example',
      title: '1:1 Maria / Tom',
      start: '2026-11-23T09:00:00.000Z',
      end: '2026-11-23T09:30:00.000Z',
      attendees: [],
      organizer: MARIA,
      self: TOM,
      // The zone the page states (#xTimezone): the sidebar shows the meeting time in it.
      timeZone: 'Europe/Berlin',
    });
    await p.settle();
    const second = g.readOpenEvent(p.document, p.url(), chip);
    // The description row arrives with the guests (phase 2).
    expect(second).toEqual({
      ...first,
      attendees: [MARIA, TOM],
      description:
        'Running agenda in the shared doc. Career growth check-in first Monday of the month.',
    });
  });

  it("reads a rich description as plain lines: <br>, bold heading, a list, a link's text", async () => {
    const p = open('google');
    p.click(chipNamed(p, 'Coffee with Lena'));
    await p.settle();
    expect(g.readOpenEvent(p.document, p.url(), null)?.description).toBe(
      'Catch-up over coffee, my treat.\n\nAgenda\n- Team offsite in March\n- Feedback on my promotion doc\nSee you there!',
    );
    // The editor's description field holds the same text.
    p.click(p.document.querySelector('[aria-label="Edit event"]'));
    expect(g.readOpenEvent(p.document, p.url(), null)?.description).toBe(
      'Catch-up over coffee, my treat.\n\nAgenda\n- Team offsite in March\n- Feedback on my promotion doc\nSee you there!',
    );
  });

  it('follows the REUSED dialog to the next event, and reads nothing once it is closed', async () => {
    const p = open('google');
    p.click(chipNamed(p, '1:1 Maria / Tom'));
    await p.settle();
    const dialog = p.document.querySelector('[data-chips-dialog]');
    p.click(chipNamed(p, 'Raj <> Tom'));
    expect(p.document.querySelector('[data-chips-dialog]')).toBe(dialog);
    expect(g.readOpenEvent(p.document, p.url(), null)).toMatchObject({
      title: 'Raj <> Tom',
      start: '2026-11-24T13:00:00.000Z',
      attendees: [],
      organizer: TOM, // my own event: the id carries my calendar
    });
    await p.settle();
    expect(g.readOpenEvent(p.document, p.url(), null)).toMatchObject({
      title: 'Raj <> Tom',
      attendees: [TOM, { name: 'Raj Patel', email: 'raj.patel@northwind.example' }],
      organizer: TOM,
    });
    // A dialog hidden instead of removed (as Google may do) is closed too.
    (p.document.querySelector('.I2Yrs') as HTMLElement).style.display = 'none';
    expect(g.readOpenEvent(p.document, p.url(), null)).toBeNull();
    p.key('Escape');
    expect(g.readOpenEvent(p.document, p.url(), null)).toBeNull();
  });

  it('reads a 1:1 by guest list, an interview, an external call and an all-day event', async () => {
    const p = open('google');
    p.click(chipNamed(p, 'Weekly sync'));
    await p.settle();
    expect(g.readOpenEvent(p.document, p.url(), null)?.attendees.map((a) => a.email)).toEqual([
      TOM.email,
      'sofia.nguyen@northwind.example',
    ]);
    p.click(chipNamed(p, 'Interview: Backend candidate'));
    await p.settle();
    expect(g.readOpenEvent(p.document, p.url(), null)?.attendees).toHaveLength(2);
    p.click(chipNamed(p, 'Contoso <> Northwind'));
    expect(g.readOpenEvent(p.document, p.url(), null)?.organizer).toEqual({
      name: 'Jamie Rivera',
      email: 'jamie.rivera@contoso.example',
    });
    p.click(chipNamed(p, 'Thanksgiving Day'));
    const holiday = g.readOpenEvent(p.document, p.url(), null);
    expect(holiday).toMatchObject({ title: 'Thanksgiving Day', attendees: [] });
    expect(holiday?.start).toBeUndefined();
  });

  it('reads nothing for a Google Tasks chip', () => {
    const p = open('google');
    p.click(chipNamed(p, 'Send Q4 numbers to finance'));
    expect(p.document.querySelector('#xDetDlg')?.getAttribute('data-eventid')).toMatch(/^ttb_/);
    expect(g.readOpenEvent(p.document, p.url(), null)).toBeNull();
  });

  it('reads the full-page editor after "Edit event"', async () => {
    const p = open('google');
    p.click(chipNamed(p, '1:1 Maria / Tom'));
    await p.settle();
    p.click(p.document.querySelector('[aria-label="Edit event"]'));
    expect(p.url().pathname).toMatch(/^\/calendar\/u\/0\/r\/eventedit\/[A-Za-z0-9]+$/);
    expect(p.document.body.getAttribute('data-viewfamily')).toBe('EVENT_EDIT');
    expect(g.layoutStatus(p.document)).toBe('recognised');
    expect(g.readOpenEvent(p.document, p.url(), null)).toMatchObject({
      eventKey: '3u8nd2kq61hv0pl7rj9c4s5bmt_20261123T090000Z maria.lopez@northwind.example',
      title: '1:1 Maria / Tom',
      start: '2026-11-23T09:00:00.000Z',
      end: '2026-11-23T09:30:00.000Z',
      attendees: [MARIA, TOM],
      organizer: MARIA,
    });
    expect(g.listVisibleEvents(p.document, p.url())).toEqual([]);
  });

  it('re-renders the grid on Day/Week and next week; a weekly series keeps its seriesKey', () => {
    const p = open('google');
    const monday = g
      .listVisibleEvents(p.document, p.url())
      .find((v) => v.title === '1:1 Maria / Tom')!;
    p.click(p.document.querySelector('[data-scheduler-view-mode][aria-label="Day"]'));
    expect(p.url().pathname).toBe('/calendar/u/0/r/day/2026/11/23');
    expect(p.document.body.getAttribute('data-viewkey')).toBe('DAY');
    const day = g.listVisibleEvents(p.document, p.url());
    expect(day.every((v) => v.start!.startsWith('2026-11-23'))).toBe(true);
    expect(day.length).toBeGreaterThan(4);
    p.click(p.document.querySelector('[data-scheduler-view-mode][aria-label="Week"]'));
    p.click(p.document.querySelector('[aria-label="Next week"]'));
    expect(p.url().pathname).toBe('/calendar/u/0/r/week/2026/11/30');
    const next = g
      .listVisibleEvents(p.document, p.url())
      .find((v) => v.title === '1:1 Maria / Tom')!;
    expect(next.start).toBe('2026-11-30T09:00:00.000Z');
    expect(next.seriesKey).toBe(monday.seriesKey);
    expect(next.eventKey).not.toBe(monday.eventKey);
  });

  it('reads the German page (hl=de)', async () => {
    const p = open('googleDe');
    const visible = g.listVisibleEvents(p.document, p.url());
    expect(visible).toHaveLength(11);
    const chip = chipNamed(p, 'Einzelgespräch Anna / Tom');
    p.click(chip);
    const anna = { name: 'Anna Schmidt', email: 'anna.schmidt@northwind.example' };
    expect(g.readOpenEvent(p.document, p.url(), chip)).toMatchObject({
      title: 'Einzelgespräch Anna / Tom',
      start: '2026-11-23T09:00:00.000Z',
      end: '2026-11-23T09:30:00.000Z',
      attendees: [],
      organizer: anna,
      seriesKey: '8sd2kl5qv0nm7rh1tc4ju9be3o anna.schmidt@northwind.example',
    });
    await p.settle();
    expect(g.readOpenEvent(p.document, p.url(), chip)).toMatchObject({
      attendees: [anna, TOM],
      organizer: anna,
    });
    p.click(chipNamed(p, 'Vorstellungsgespräch'));
    await p.settle();
    expect(g.readOpenEvent(p.document, p.url(), null)?.attendees).toHaveLength(2);
  });

  it('says an event is shown when its bubble is open, even once its title cannot be read', async () => {
    const p = open('google');
    expect(g.eventShown(p.document, p.url())).toBe(false);
    p.click(chipNamed(p, '1:1 Maria / Tom'));
    await p.settle();
    expect(g.readOpenEvent(p.document, p.url(), null)?.title).toBe('1:1 Maria / Tom');
    expect(g.eventShown(p.document, p.url())).toBe(true);
    // A partial redesign: the title is no longer a heading (nor #rAECCd).
    const heading = p.document.querySelector('#xDetDlg #rAECCd')!;
    const plain = p.document.createElement('span');
    plain.textContent = heading.textContent;
    heading.replaceWith(plain);
    expect(g.readOpenEvent(p.document, p.url(), null)).toBeNull();
    expect(g.eventShown(p.document, p.url())).toBe(true);
    p.click(p.document.querySelector('#xDetDlgCloseBu'));
    expect(g.eventShown(p.document, p.url())).toBe(false);
  });

  it('does not count a task bubble as an event shown', () => {
    const p = open('google');
    p.click(chipNamed(p, 'Send Q4 numbers to finance'));
    expect(p.document.querySelector('#xDetDlg')).not.toBeNull();
    expect(g.eventShown(p.document, p.url())).toBe(false);
  });

  it('reads nothing on the redesigned page, even with a dialog and guest rows on it', () => {
    const p = open('googleRedesign');
    expect(p.document.querySelector('[role="dialog"] [data-email]')).not.toBeNull();
    expect(g.layoutStatus(p.document)).toBe('not-recognised');
    expect(
      g.readOpenEvent(p.document, p.url(), p.document.querySelector('[role="button"]')),
    ).toBeNull();
  });
});

describe('Outlook on the web: the work-week page', () => {
  const o = outlookAdapter;
  const local = (day: number, h: number, m: number) => new Date(2026, 10, day, h, m).toISOString();
  const tileNamed = (p: FixturePage, subject: string, nth = 0) =>
    Array.from(p.document.querySelectorAll('[data-calitemid]')).filter((t) =>
      (t.querySelector('[aria-label]')?.getAttribute('aria-label') ?? '').startsWith(
        `${subject}, `,
      ),
    )[nth] ?? null;

  it('lists the timed tiles', () => {
    const p = open('outlook');
    expect(p.document.querySelectorAll('[data-calitemid]')).toHaveLength(23);
    const visible = o.listVisibleEvents(p.document, p.url());
    expect(visible).toHaveLength(21);
    expect(visible.find((v) => v.title === 'Budget, Q1 planning')).toMatchObject({
      start: local(27, 14, 0),
      end: local(27, 15, 0),
    });
  });

  it('pairs the peek card with the pressed tile (no attendees in a peek)', () => {
    const p = open('outlook');
    const tile = tileNamed(p, '1:1 Maria / Tom');
    p.click(tile?.querySelector('[role="button"]') ?? null);
    expect(p.document.querySelector('[data-app-section="CalendarItemPeek"]')).not.toBeNull();
    expect(o.readOpenEvent(p.document, p.url(), tile)).toEqual({
      site: 'outlook',
      eventKey: tile!.getAttribute('data-calitemid'),
      seriesKey: 'outlook-series:1:1 maria / tom|lopez, maria',
      title: '1:1 Maria / Tom',
      start: local(23, 10, 0),
      end: local(23, 10, 30),
      attendees: [],
      organizer: { name: 'Lopez, Maria' },
      self: { name: 'Tom Becker' },
    });
  });

  it('says an event is shown while the peek card is open', () => {
    const p = open('outlook');
    expect(o.eventShown(p.document, p.url())).toBe(false);
    p.click(tileNamed(p, '1:1 Maria / Tom')?.querySelector('[role="button"]') ?? null);
    expect(o.eventShown(p.document, p.url())).toBe(true);
  });

  it('keeps commas in subject and organizer, and falls back to a unique subject when the press is unknown', () => {
    const p = open('outlook');
    const budget = tileNamed(p, 'Budget, Q1 planning');
    p.click(budget);
    const fromSubject = o.readOpenEvent(p.document, p.url(), tileNamed(p, 'Raj <> Tom'));
    expect(fromSubject).toMatchObject({
      eventKey: budget!.getAttribute('data-calitemid'),
      title: 'Budget, Q1 planning',
      organizer: { name: 'Lopez, Maria' },
    });
    expect(o.readOpenEvent(p.document, p.url(), null)?.eventKey).toBe(
      budget!.getAttribute('data-calitemid'),
    );
    // Five "Daily standup" tiles: without the pressed one there is no telling which — fail closed.
    const standup = tileNamed(p, 'Daily standup', 2);
    p.click(standup);
    expect(o.readOpenEvent(p.document, p.url(), null)).toBeNull();
    expect(o.readOpenEvent(p.document, p.url(), standup)?.start).toBe(local(25, 9, 30));
  });

  it('reads attendees from the reading pane ("View event"), and Escape closes it', () => {
    const p = open('outlook');
    const tile = tileNamed(p, 'Weekly sync');
    p.click(tile);
    p.click(
      p.document.querySelector(
        '[data-app-section="CalendarItemPeek"] button[data-fixture="view-event"]',
      ),
    );
    expect(p.document.querySelector('[data-app-section="CalendarItemPeek"]')).toBeNull();
    const event = o.readOpenEvent(p.document, p.url(), tile);
    expect(event).toMatchObject({
      title: 'Weekly sync',
      attendees: [TOM, { name: 'Nguyen, Sofia', email: 'sofia.nguyen@northwind.example' }],
      organizer: TOM,
      self: TOM, // the attendee with my display name
      description: 'Talking points\n· Roadmap for 2027\n· On-call rota\nRoom Elbe is booked.',
    });
    p.key('Escape');
    expect(o.readOpenEvent(p.document, p.url(), tile)).toBeNull();
  });

  it('reads my address from the account flyout once it has been opened', () => {
    const p = open('outlook');
    p.click(p.document.querySelector('#O365_MainLink_Me'));
    p.click(p.document.querySelector('#O365_MainLink_Me')); // closed again: hidden, still in the DOM
    const tile = tileNamed(p, 'Interview: Backend candidate');
    p.click(tile);
    expect(o.readOpenEvent(p.document, p.url(), tile)).toMatchObject({
      title: 'Interview: Backend candidate',
      self: TOM,
      organizer: { name: 'Priya Shah' },
    });
  });
});
