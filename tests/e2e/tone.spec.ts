/** The tone lint on the built extension: live in the options' editor, quiet in the sidebar. */
import { expect, test } from './harness';
import { openGoogleEvent, prepFor, URLS } from './helpers';
import { screenshotsAndAxe } from './axe';

test('the editor names the tone problem and offers a rewrite; saving is never blocked', async ({
  harness,
}) => {
  const options = await harness.context.newPage();
  await options.goto(`chrome-extension://${harness.extensionId}/options.html`);
  const library = options.getByRole('region', { name: 'Question library' });
  await library.getByRole('button', { name: 'Add question' }).click();
  const form = library.getByRole('form', { name: 'New question' });
  const field = form.getByRole('textbox', { name: 'Question' });

  await field.fill('Did the demo go well?');
  const hints = form.getByRole('list', { name: 'Tone hints' });
  await expect(hints).toContainText('Closed');
  await expect(hints).toContainText('How did the demo go?');
  await options.setViewportSize({ width: 1000, height: 900 });
  await form.scrollIntoViewIfNeeded();
  await screenshotsAndAxe(options, 'options-tone-hint');
  for (const scheme of ['light', 'dark'] as const) {
    await options.emulateMedia({ colorScheme: scheme });
    await form.screenshot({ path: `test-results/screenshots/options-tone-editor-${scheme}.png` });
  }
  await options.emulateMedia({ colorScheme: 'light' });
  await hints.getByRole('button', { name: 'Use this wording' }).click();
  await expect(field).toHaveValue('How did the demo go?');
  await expect(hints).toHaveCount(0);

  // A hint, not a block: a question with an edge still saves.
  await field.fill('As I said before, what is the plan for the tests?');
  await expect(hints).toContainText('Passive-aggressive');
  await form.getByRole('button', { name: 'Save question' }).click();
  await expect(form).toHaveCount(0);
  await library.getByRole('searchbox', { name: 'Search questions' }).fill('As I said before');
  await expect(
    library.getByText('As I said before, what is the plan for the tests?'),
  ).toBeVisible();
});

test('an own wording with an edge carries a quiet hint in the sidebar', async ({ harness }) => {
  const calendar = await harness.context.newPage();
  await calendar.goto(URLS.google);
  await openGoogleEvent(calendar, '1:1 Maria / Tom');
  let frame = await prepFor(calendar, 'Maria Lopez');
  const first = frame
    .getByRole('region', { name: 'Suggested questions' })
    .locator('.suggestion')
    .first();
  // The shipped library passes the lint: its rows carry no hints.
  await expect(frame.getByRole('list', { name: 'Tone hints' })).toHaveCount(0);
  const original = (await first.locator('.suggestion-text').textContent())!.trim();
  const edited = `Just to be clear, again: ${original}`;

  const options = await harness.context.newPage();
  await options.goto(`chrome-extension://${harness.extensionId}/options.html`);
  const library = options.getByRole('region', { name: 'Question library' });
  await library.getByRole('searchbox', { name: 'Search questions' }).fill(original);
  await library.getByRole('button', { name: `Edit: ${original}` }).click();
  const editor = library.getByRole('form', { name: 'Edit question' });
  await editor.getByRole('textbox', { name: 'Question' }).fill(edited);
  await expect(editor.getByRole('list', { name: 'Tone hints' })).toContainText(
    'Passive-aggressive',
  );
  await editor.getByRole('button', { name: 'Save question' }).click();
  await expect(editor).toHaveCount(0);

  await calendar.bringToFront();
  await calendar.reload();
  await openGoogleEvent(calendar, '1:1 Maria / Tom');
  frame = await prepFor(calendar, 'Maria Lopez');
  const row = frame.locator('.suggestion').filter({ hasText: edited });
  await expect(row.getByRole('list', { name: 'Tone hints' })).toContainText('Passive-aggressive');
  await expect(row.getByRole('list', { name: 'Tone hints' })).toContainText(`Perhaps: ${original}`);
  for (const scheme of ['light', 'dark'] as const) {
    await calendar.emulateMedia({ colorScheme: scheme });
    await row.screenshot({ path: `test-results/screenshots/sidebar-tone-hint-${scheme}.png` });
  }
});
