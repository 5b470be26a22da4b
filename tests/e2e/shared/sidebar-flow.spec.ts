/**
 * On both browsers: the sidebar flow a user relies on, and the privacy promises around it.
 * Agenda and note are saved, survive a reload, the next occurrence carries the item over and shows
 * the note; nothing typed is reachable from the page; no request leaves the routed pages.
 */
import { test, expect } from '../driver/fixture';
import { addAgendaItem, openGoogleEvent, pageVisibleText, prepFor, region, URLS } from './steps';

const NOTES = '[aria-label="Meeting notes"]';

test('agenda and note survive a reload; the next occurrence carries the item over and shows the note', async ({
  driver,
}) => {
  const tab = await driver.newTab();
  const pageKeys = await tab.recordPageKeys();
  await tab.goto(URLS.google);
  await openGoogleEvent(tab, '1:1 Tom / Jonas', 0);
  let frame = await prepFor(tab, 'Jonas Weber');
  const agendaText = 'Discuss the on-call rotation zebra';
  const noteText = 'Jonas wants to mentor the new hire quokka';
  await addAgendaItem(frame, agendaText);
  await frame.type(NOTES, noteText);
  await expect.poll(() => frame.text(`${region('Notes')} [role=status]`)).toMatch(/Saved/);

  // Nothing typed reached the page: not its DOM, attributes, shadow roots, title or storage,
  // not its key listeners (a key with no text, e.g. a focus change, is all it may see).
  const visible = await pageVisibleText(tab);
  expect(visible).not.toContain('zebra');
  expect(visible).not.toContain('quokka');
  expect((await pageKeys()).filter((k) => !k.endsWith(':'))).toEqual([]);
  // …nor can the page's scripts reach into the frame: it is cross-origin to them.
  expect(
    await tab.evaluate(() => {
      const readable: string[] = [];
      for (let i = 0; i < window.frames.length; i++) {
        try {
          readable.push(window.frames[i]!.document.body.textContent ?? '');
        } catch {
          // a cross-origin frame: what we want
        }
      }
      return readable.join(' ');
    }),
  ).not.toContain('quokka');

  await tab.reload();
  await openGoogleEvent(tab, '1:1 Tom / Jonas', 0);
  frame = await prepFor(tab, 'Jonas Weber');
  await expect.poll(() => frame.text(region('Agenda'))).toContain(agendaText);
  await expect.poll(() => frame.value(NOTES)).toBe(noteText);

  // The Thursday occurrence of the same biweekly series (close the dialog first: it covers the
  // chip, and a click by coordinates would land on it).
  await tab.keyboard('Escape');
  await openGoogleEvent(tab, '1:1 Tom / Jonas', 1);
  await expect.poll(() => frame.text(region('Agenda'))).toContain('carried over');
  expect(await frame.text(region('Agenda'))).toContain(agendaText);
  await expect.poll(() => frame.value(NOTES)).toBe('');
  await expect.poll(() => frame.text(region('Past notes'))).toContain(noteText);
  expect(driver.outbound).toEqual([]);
  expect(driver.consoleErrors).toEqual([]);
});
