/** The options page on the built extension: the question library feeds the sidebar; forms validate. */
import type { Page } from '@playwright/test';
import { expect, test, type Harness } from './harness';
import { openGoogleEvent, prepFor, URLS } from './helpers';
import { screenshotsAndAxe } from './axe';

async function openOptions(harness: Harness): Promise<Page> {
  const page = await harness.context.newPage();
  await page.goto(`chrome-extension://${harness.extensionId}/options.html`);
  await expect(page.getByRole('region', { name: 'Question library' })).toBeVisible();
  return page;
}

test('a question edited in options is the text the sidebar suggests', async ({ harness }) => {
  const calendar = await harness.context.newPage();
  await calendar.goto(URLS.google);
  await openGoogleEvent(calendar, '1:1 Maria / Tom');
  let frame = await prepFor(calendar, 'Maria Lopez');
  const suggestion = frame
    .getByRole('region', { name: 'Suggested questions' })
    .locator('.suggestion-text')
    .first();
  await expect(suggestion).not.toBeEmpty();
  const original = (await suggestion.textContent())!.trim();
  const edited = `${original.replace(/\?$/, '')}, in your own words?`;

  const options = await openOptions(harness);
  const library = options.getByRole('region', { name: 'Question library' });
  await library.getByRole('searchbox', { name: 'Search questions' }).fill(original);
  await library.getByRole('button', { name: `Edit: ${original}` }).click();
  const editor = library.getByRole('form', { name: 'Edit question' });
  await editor.getByRole('textbox', { name: 'Question' }).fill('');
  await editor.getByRole('button', { name: 'Save question' }).click();
  // Nothing is saved half-way: the message sits beside the field.
  await expect(editor.getByRole('textbox', { name: 'Question' })).toHaveAttribute(
    'aria-invalid',
    'true',
  );
  await expect(editor.getByText('Write at least 3 characters.')).toBeVisible();
  // The tone lint speaks while typing.
  await editor.getByRole('textbox', { name: 'Question' }).fill('Why didn’t you finish it?');
  await expect(editor.getByRole('list', { name: 'Tone hints' })).toBeVisible();
  await editor.getByRole('textbox', { name: 'Question' }).fill(edited);
  await editor.getByRole('button', { name: 'Save question' }).click();
  await library.getByRole('searchbox', { name: 'Search questions' }).fill('in your own words');
  await expect(library.getByText(edited)).toBeVisible();
  await expect(library.getByText('edited', { exact: true })).toBeVisible();

  await calendar.bringToFront();
  await calendar.reload();
  await openGoogleEvent(calendar, '1:1 Maria / Tom');
  frame = await prepFor(calendar, 'Maria Lopez');
  await expect(frame.getByRole('region', { name: 'Suggested questions' })).toContainText(edited);
  await expect(frame.getByRole('region', { name: 'Suggested questions' })).not.toContainText(
    original,
  );

  // Built-ins are never lost: reset brings the shipped text back.
  await options.bringToFront();
  await library.getByRole('button', { name: `Reset: ${edited}` }).click();
  await library.getByRole('searchbox', { name: 'Search questions' }).fill(original);
  await expect(library.getByText(original, { exact: true })).toBeVisible();
  expect(harness.outbound).toEqual([]);
  expect(harness.consoleErrors).toEqual([]);
});

test('questions: add, filter, disable, delete; screenshots of every section', async ({
  harness,
}) => {
  const options = await openOptions(harness);
  const library = options.getByRole('region', { name: 'Question library' });
  await library.getByRole('button', { name: 'Add question' }).click();
  const form = library.getByRole('form', { name: 'New question' });
  await expect(form.getByRole('textbox', { name: 'Question' })).toBeFocused();
  await options.keyboard.type('What would make next week feel lighter?');
  await form.getByRole('checkbox', { name: 'report' }).uncheck();
  await form.getByRole('button', { name: 'Save question' }).click();
  await expect(form.getByText('Pick at least one relationship.')).toBeVisible();
  await form.getByRole('checkbox', { name: 'peer' }).check();
  await form.getByRole('combobox', { name: 'Category' }).selectOption('wellbeing');
  await form.getByRole('button', { name: 'Save question' }).click();
  await expect(form).toHaveCount(0);

  await library.getByRole('combobox', { name: 'Relationship' }).selectOption('peer');
  await library.getByRole('combobox', { name: 'Category' }).selectOption('wellbeing');
  await library.getByRole('combobox', { name: 'Depth' }).selectOption('1');
  const mine = library.getByRole('listitem').filter({ hasText: 'next week feel lighter' });
  await expect(mine).toBeVisible();
  await mine.getByRole('button', { name: /^Disable:/ }).click();
  await expect(mine.getByText('disabled')).toBeVisible();
  await mine.getByRole('button', { name: /^Delete:/ }).click();
  await expect(mine).toHaveCount(0);
  await library.getByRole('combobox', { name: 'Category' }).selectOption('');
  await library.getByRole('combobox', { name: 'Relationship' }).selectOption('');
  await library.getByRole('combobox', { name: 'Depth' }).selectOption('');

  await options.setViewportSize({ width: 1000, height: 900 });
  await screenshotsAndAxe(options, 'options');
  for (const section of ['People', 'Settings', 'Data'] as const) {
    await options.getByRole('region', { name: section }).scrollIntoViewIfNeeded();
    await options.getByRole('region', { name: section }).screenshot({
      path: `test-results/screenshots/options-${section.toLowerCase()}-light.png`,
    });
  }
  expect(harness.consoleErrors).toEqual([]);
});

test('people and settings validate beside the field and save whole', async ({ harness }) => {
  const popup = await harness.context.newPage();
  await popup.goto(`chrome-extension://${harness.extensionId}/popup.html`);
  for (const name of ['Jonas Weber', 'J. Weber']) {
    await popup.getByRole('combobox', { name: 'Person' }).fill(name);
    await popup.getByRole('combobox', { name: 'Person' }).press('Enter');
    await popup.getByRole('textbox', { name: 'Quick note' }).fill(`Note from ${name}`);
    await popup.getByRole('textbox', { name: 'Quick note' }).press('Control+Enter');
    // This save's own message (the previous one may still be on screen).
    await expect(popup.getByRole('status')).toHaveText(`Saved as note for ${name}.`);
  }

  const options = await openOptions(harness);
  const people = options.getByRole('region', { name: 'People' });
  await people.getByRole('button', { name: 'J. Weber' }).click();
  const form = people.getByRole('form', { name: 'Edit J. Weber' });
  await form.getByRole('textbox', { name: 'Emails' }).fill('jonas.weber@northwind, x');
  await form.getByRole('button', { name: 'Save person' }).click();
  await expect(form.getByRole('textbox', { name: 'Emails' })).toHaveAttribute(
    'aria-invalid',
    'true',
  );
  await expect(form.getByText(/Not an email address/)).toBeVisible();
  await form.getByRole('textbox', { name: 'Emails' }).fill('jweber@northwind.example');
  await form.getByRole('combobox', { name: 'Cadence' }).selectOption('biweekly');
  await form.getByRole('button', { name: 'Save person' }).click();
  await expect(people.getByText('jweber@northwind.example')).toBeVisible();
  // Merge the duplicate away: its notes move to Jonas.
  await form.getByRole('combobox', { name: 'Merge into' }).selectOption({ label: 'Jonas Weber' });
  await form.getByRole('button', { name: 'Merge' }).click();
  await expect(people.getByRole('button', { name: 'J. Weber' })).toHaveCount(0);
  await expect(people.getByText('jweber@northwind.example')).toBeVisible();

  const settings = options.getByRole('region', { name: 'Settings' });
  await settings.getByRole('button', { name: 'Add name or email' }).click();
  await settings.getByRole('textbox', { name: 'My email 1' }).fill('tom.becker@');
  await settings.getByRole('combobox', { name: 'Theme' }).selectOption('dark');
  await settings.getByRole('button', { name: 'Save settings' }).click();
  await expect(settings.getByText(/Not an email address/)).toBeVisible();
  // Nothing saved half-way: the theme did not change either.
  await expect(options.locator('html')).not.toHaveAttribute('data-theme', 'dark');
  await settings.getByRole('textbox', { name: 'My email 1' }).fill('tom.becker@northwind.example');
  await settings.getByRole('textbox', { name: 'My name 1' }).fill('Tom Becker');
  await settings.getByRole('button', { name: 'Save settings' }).click();
  await expect(settings.getByText('Settings saved.')).toBeVisible();
  await expect(options.locator('html')).toHaveAttribute('data-theme', 'dark');
  await options.reload();
  await expect(options.getByRole('textbox', { name: 'My email 1' })).toHaveValue(
    'tom.becker@northwind.example',
  );
  await screenshotsAndAxe(options, 'options-theme-dark-setting');
  expect(harness.consoleErrors).toEqual([]);
});
