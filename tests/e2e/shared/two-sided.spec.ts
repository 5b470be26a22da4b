/**
 * On both browsers and both calendars (issue 15, a 1:1 has two people): topics written in the
 * event's description join the agenda as theirs, "from the event"; "Copy agenda for the invite"
 * hands over the shared topics in a block that, pasted into another invite, reads back as that
 * meeting's agenda; the recap holds the covered shared topics, the decisions and the action items,
 * and never a note or a private item. What is copied is read where the sidebar hands it to the
 * clipboard, and the calendar page never sees any of it.
 */
import { test, expect } from '../driver/fixture';
import type { Surface, Tab } from '../driver/types';
import {
  addAgendaItem,
  openGoogleEvent,
  openOutlookPane,
  pageVisibleText,
  prepFor,
  region,
  URLS,
} from './steps';

const AGENDA = region('Agenda');
const RECAP = region('Recap');
const agendaRow = (text: string) => ({ selector: `${AGENDA} li`, hasText: text });
const makePrivate = (text: string) => `[aria-label='shared: "${text}", make it private']`;

/**
 * Replaces the frame's clipboard writer with a recorder: the test reads exactly what the sidebar
 * hands to the clipboard. (Not passed on: the calendar page's permissions policy may refuse its
 * frames the Clipboard API, and Chromium logs that; the sidebar then uses the copy command.)
 */
async function recordClipboard(frame: Surface): Promise<() => Promise<string[]>> {
  await frame.evaluate(() => {
    const copies: string[] = [];
    (window as unknown as { __copies: string[] }).__copies = copies;
    navigator.clipboard.writeText = async (text: string) => {
      copies.push(text);
    };
  });
  return () => frame.evaluate(() => (window as unknown as { __copies: string[] }).__copies);
}

/** Sets a <select> the way a user's choice does (the driver has no select step). */
function choose(frame: Surface, selector: string, value: string): Promise<void> {
  return frame.evaluate(
    ({ selector, value }) => {
      const select = document.querySelector<HTMLSelectElement>(selector)!;
      select.value = value;
      select.dispatchEvent(new Event('change', { bubbles: true }));
    },
    { selector, value },
  );
}

interface Site {
  name: 'Google' | 'Outlook';
  url: string;
  /** Opens an event and whatever view of it shows its description. */
  open(tab: Tab, title: string): Promise<void>;
  /** The 1:1 whose description already holds an agenda block, its person and topics. */
  withTopics: { title: string; person: string; topics: string[]; notTopics: string[] };
  /** Puts `text` into the description of the event `title`, as a user pasting it would. */
  paste(tab: Tab, title: string, text: string): Promise<void>;
}

const SITES: Site[] = [
  {
    name: 'Google',
    url: URLS.google,
    open: (tab, title) => openGoogleEvent(tab, title),
    withTopics: {
      title: 'Coffee with Lena',
      person: 'Lena Fischer',
      topics: ['Team offsite in March', 'Feedback on my promotion doc'],
      notTopics: ['See you there'],
    },
    async paste(tab, title, text) {
      await tab.keyboard('Escape');
      await tab.evaluate(
        ({ title, text }) => {
          type Fixture = Record<'series' | 'events', { title: string; description?: unknown }[]>;
          const fx = (window as unknown as { __CALENDAR_FIXTURE__: Fixture }).__CALENDAR_FIXTURE__;
          const event = [...fx.series, ...fx.events].find((e) => e.title === title)!;
          event.description = text.split('\n').flatMap((line) => [line, ['br']]);
        },
        { title, text },
      );
      // The fixture draws the grid from its data: switching views redraws the chips.
      await tab.click('[data-scheduler-view-mode][aria-label="Day"]');
      await tab.click('[data-scheduler-view-mode][aria-label="Week"]');
    },
  },
  {
    name: 'Outlook',
    url: URLS.outlook,
    open: (tab, title) => openOutlookPane(tab, title),
    withTopics: {
      title: 'Weekly sync',
      person: 'Sofia Nguyen',
      topics: ['Roadmap for 2027', 'On-call rota'],
      notTopics: ['Room Elbe is booked'],
    },
    async paste(tab, title, text) {
      await tab.evaluate(
        ({ title, text }) => {
          type Fixture = {
            EVENTS: { subject: string; body?: unknown }[];
            render(): void;
            closePeek(): void;
            closeModal(): void;
          };
          const fx = (window as unknown as { __outlookFixture: Fixture }).__outlookFixture;
          fx.closeModal();
          fx.closePeek();
          const event = fx.EVENTS.find((e) => e.subject === title)!;
          // One paragraph per pasted line, as Outlook's editor stores a paste.
          event.body = [
            'div',
            ...text.split('\n').map((line) => ['p', { class: 'MsoNormal' }, line]),
          ];
          fx.render();
        },
        { title, text },
      );
    },
  },
];

for (const site of SITES) {
  test(`${site.name}: the description's agenda block shows as theirs, from the event; a removed one stays away`, async ({
    driver,
  }) => {
    const { title, person, topics, notTopics } = site.withTopics;
    const tab = await driver.newTab();
    await tab.goto(site.url);
    await site.open(tab, title);
    let frame = await prepFor(tab, person);
    for (const topic of topics) {
      await expect.poll(() => frame.text(agendaRow(topic))).toContain('from the event');
      const row = await frame.text(agendaRow(topic));
      expect(row).toContain('theirs');
      expect(row).toContain('shared');
    }
    for (const line of notTopics) expect(await frame.text(AGENDA)).not.toContain(line);
    expect(await frame.count(`${AGENDA} li`)).toBe(topics.length);

    await frame.click(`[aria-label='Remove "${topics[0]}"']`);
    await expect.poll(() => frame.count(agendaRow(topics[0]!))).toBe(0);
    await tab.reload();
    await site.open(tab, title);
    frame = await prepFor(tab, person);
    await expect.poll(() => frame.text(agendaRow(topics[1]!))).toContain('from the event');
    expect(await frame.count(agendaRow(topics[0]!))).toBe(0);
    expect(await frame.count(agendaRow(topics[1]!))).toBe(1);
    expect(driver.outbound).toEqual([]);
    expect(driver.consoleErrors).toEqual([]);
  });

  test(`${site.name}: "Copy agenda for the invite" copies the shared topics, and pasted into another invite they read back`, async ({
    driver,
  }) => {
    const tab = await driver.newTab();
    await tab.goto(site.url);
    await site.open(tab, 'Raj <> Tom');
    const frame = await prepFor(tab, 'Raj Patel');
    await addAgendaItem(frame, 'Hiring plan for Q1');
    await addAgendaItem(frame, 'SECRET worry about the reorg');
    await frame.click('[aria-label="mine: new items, switch"]');
    await addAgendaItem(frame, 'Conference budget');
    expect(await frame.text(agendaRow('Conference budget'))).toContain('theirs');
    await frame.click(makePrivate('SECRET worry about the reorg'));
    await expect
      .poll(() => frame.text(agendaRow('SECRET worry about the reorg')))
      .toContain('private');
    await frame.type('[aria-label="Meeting notes"]', 'NOTE-TEXT never leaves');
    await expect.poll(() => frame.text(`${region('Notes')} [role=status]`)).toMatch(/Saved/);

    const copies = await recordClipboard(frame);
    await frame.click({ selector: 'button', hasText: 'Copy agenda for the invite' });
    await expect.poll(() => frame.text(`${AGENDA} .copy-button`)).toContain('Copied');
    const [block] = await copies();
    expect(block).toBe(
      'Agenda (Tandem)\n- Hiring plan for Q1 — Tom Becker\n- Conference budget — Raj Patel\n',
    );
    expect(await pageVisibleText(tab)).not.toContain('Hiring plan');

    // Pasted into the invite of another 1:1 (the other side's, or the next one), the block is
    // that meeting's agenda: each topic with its owner, seen from this user; nothing private.
    await site.paste(tab, 'Weekly sync', block!);
    await site.open(tab, 'Weekly sync');
    const other = await prepFor(tab, 'Sofia Nguyen');
    await expect
      .poll(() => other.text(agendaRow('Hiring plan for Q1')))
      .toContain('from the event');
    expect(await other.text(agendaRow('Hiring plan for Q1'))).toContain('mine');
    expect(await other.text(agendaRow('Conference budget'))).toContain('theirs');
    expect(await other.count(`${AGENDA} li`)).toBe(2);
    expect(await other.text(AGENDA)).not.toContain('SECRET');
    expect(await other.text(AGENDA)).not.toContain('Agenda (Tandem)');
    expect(driver.outbound).toEqual([]);
    expect(driver.consoleErrors).toEqual([]);
  });

  test(`${site.name}: the recap holds the covered shared topics, decisions and action items, and no note or private text`, async ({
    driver,
  }) => {
    const tab = await driver.newTab();
    await tab.goto(site.url);
    await site.open(tab, '1:1 Maria / Tom');
    const frame = await prepFor(tab, 'Maria Lopez');
    for (const text of [
      'Quarterly walrus review',
      'PRIVATE-TOPIC health worry',
      'Open question for later',
    ])
      await addAgendaItem(frame, text);
    await frame.click(makePrivate('PRIVATE-TOPIC health worry'));
    for (const text of ['Send the roadmap draft', 'PRIVATE-ACTION ask HR about leave']) {
      await frame.type('[aria-label="Add action item"]', text);
      await frame.press('[aria-label="Add action item"]', 'Enter');
      await expect.poll(() => frame.text(region('Action items'))).toContain(text);
    }
    await frame.click(makePrivate('PRIVATE-ACTION ask HR about leave'));
    await expect
      .poll(() =>
        frame.text({ selector: `${region('Action items')} li`, hasText: 'PRIVATE-ACTION' }),
      )
      .toContain('private');
    await frame.type('[aria-label="Meeting notes"]', 'NOTE-TEXT stays here');
    await expect.poll(() => frame.text(`${region('Notes')} [role=status]`)).toMatch(/Saved/);

    await frame.click({ selector: 'button', hasText: 'Wrap up' });
    await expect.poll(() => frame.count(RECAP)).toBe(1);
    for (const topic of ['Quarterly walrus review', 'PRIVATE-TOPIC health worry']) {
      await frame.click({ selector: `${RECAP} label`, hasText: topic });
      await expect
        .poll(() =>
          frame.evaluate(
            (topic) =>
              Array.from(document.querySelectorAll('section[aria-label="Recap"] label'))
                .find((l) => l.textContent?.includes(topic))
                ?.querySelector('input')?.checked ?? null,
            topic,
          ),
        )
        .toBe(true);
    }
    expect(await frame.text({ selector: `${RECAP} li`, hasText: 'PRIVATE-TOPIC' })).toContain(
      'private, stays out',
    );
    await choose(frame, `${RECAP} [aria-label='Owner of "Send the roadmap draft"']`, 'them');
    await frame.type('#recap-decisions', 'Ship the beta in January');
    await expect
      .poll(() => frame.text(`${RECAP} [aria-label="Recap preview"]`))
      .toContain('Send the roadmap draft — Maria Lopez');

    const copies = await recordClipboard(frame);
    await frame.click({ selector: `${RECAP} button`, hasText: 'Copy recap' });
    await expect.poll(() => frame.text(`${RECAP} .copy-button`)).toContain('Copied');
    const [text] = await copies();
    expect(text).toContain('- Quarterly walrus review');
    expect(text).toContain('Decisions\n- Ship the beta in January');
    expect(text).toContain('- Send the roadmap draft — Maria Lopez');
    // What was copied is what the preview showed.
    expect(text!.trim()).toBe((await frame.text(`${RECAP} [aria-label="Recap preview"]`)).trim());
    for (const secret of [
      'PRIVATE-TOPIC',
      'PRIVATE-ACTION',
      'NOTE-TEXT',
      'Open question for later',
    ])
      expect(text).not.toContain(secret);
    expect(await pageVisibleText(tab)).not.toContain('Quarterly walrus review');
    expect(driver.outbound).toEqual([]);
    expect(driver.consoleErrors).toEqual([]);
  });
}
