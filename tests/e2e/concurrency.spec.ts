/**
 * Two tabs on the same 1:1 edit the same agenda and the same note at the same time: no edit is
 * lost, list edits merge, and a real conflict keeps both versions and says so in both tabs.
 */
import { test, expect } from './harness';
import { openGoogleEvent, prepFor, URLS } from './helpers';

test('two tabs, same agenda and same note at the same time: nothing lost, the conflict is shown', async ({
  harness,
}) => {
  const tabs = await Promise.all([harness.context.newPage(), harness.context.newPage()]);
  const frames = await Promise.all(
    tabs.map(async (page) => {
      await page.goto(URLS.google);
      await openGoogleEvent(page, 'Raj <> Tom');
      return prepFor(page, 'Raj Patel');
    }),
  );
  // Both add agenda items at once.
  await Promise.all(
    frames.map(async (frame, i) => {
      for (let n = 0; n < 3; n++) {
        const box = frame.getByRole('textbox', { name: 'Add agenda item' });
        await box.fill(`Tab ${i} topic ${n}`);
        await box.press('Enter');
      }
    }),
  );
  for (const frame of frames)
    for (let i = 0; i < 2; i++)
      for (let n = 0; n < 3; n++)
        await expect(frame.getByRole('region', { name: 'Agenda' })).toContainText(
          `Tab ${i} topic ${n}`,
        );

  // Both type into the same note at once, from the same (empty) starting point.
  await Promise.all(
    frames.map((frame, i) =>
      frame
        .getByRole('textbox', { name: 'Meeting notes' })
        .pressSequentially(`Written in tab ${i}`, { delay: 2 }),
    ),
  );
  // Whichever saved second was told, and both versions are kept.
  const said = 'This note was also edited elsewhere. Both versions are kept';
  await expect
    .poll(async () => {
      const shown = await Promise.all(
        frames.map((f) =>
          f
            .getByText(said)
            .isVisible()
            .catch(() => false),
        ),
      );
      return shown.some(Boolean);
    })
    .toBe(true);
  const reader = await harness.context.newPage();
  await reader.goto(URLS.google);
  await openGoogleEvent(reader, 'Raj <> Tom');
  const fresh = await prepFor(reader, 'Raj Patel');
  const note = await fresh.getByRole('textbox', { name: 'Meeting notes' }).inputValue();
  const kept = [note, ...(await fresh.locator('.conflict-text').allInnerTexts())].map((t) =>
    t.trim(),
  );
  expect(kept.sort()).toEqual(['Written in tab 0', 'Written in tab 1']);
  await expect(fresh.getByText(said)).toBeVisible();
  expect(harness.outbound).toEqual([]);
});
