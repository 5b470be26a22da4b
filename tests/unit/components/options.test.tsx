// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DataPanel, type DataPanelProps } from '../../../components/options/DataPanel';
import type { ImportResult } from '../../../lib/db/repository';
import { PersonEditor } from '../../../components/options/PersonEditor';
import { QuestionEditor } from '../../../components/options/QuestionEditor';
import { parseQuestionsFile, questionsFileOf } from '../../../components/options/question-file';
import { SettingsForm } from '../../../components/options/SettingsForm';
import { toneHints } from '../../../lib/questions/tone';
import { DEFAULT_SETTINGS, type Person, type StoredQuestion } from '../../../lib/schema/records';

afterEach(cleanup);

const person: Person = {
  id: 'p1',
  createdAt: '2026-11-01T00:00:00.000Z',
  updatedAt: '2026-11-01T00:00:00.000Z',
  rev: 1,
  displayName: 'Maria Lopez',
  emails: ['maria.lopez@northwind.example'],
  relationship: 'report',
  archived: false,
  standingNotes: '',
  standingTopics: [],
};

describe('QuestionEditor', () => {
  it('shows tone hints while typing and validates beside the field', async () => {
    const onSave = vi.fn(async () => undefined);
    render(
      <QuestionEditor
        heading="New question"
        initial={{ text: '', category: 'operative', depth: 1, relationships: ['report'] }}
        lint={toneHints}
        onSave={onSave}
        onCancel={vi.fn()}
      />,
    );
    const text = screen.getByRole('textbox', { name: 'Question' });
    fireEvent.input(text, { target: { value: 'Why didn’t you finish the report?' } });
    expect(screen.getByRole('list', { name: 'Tone hints' }).textContent).not.toBe('');
    fireEvent.input(text, { target: { value: 'ok' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save question' }));
    await screen.findByText('Write at least 3 characters.');
    expect(text.getAttribute('aria-invalid')).toBe('true');
    fireEvent.input(text, { target: { value: 'What would help this week?' } });
    fireEvent.click(screen.getByRole('checkbox', { name: 'report' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save question' }));
    await screen.findByText('Pick at least one relationship.');
    expect(onSave).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('checkbox', { name: 'peer' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save question' }));
    await waitFor(() =>
      expect(onSave).toHaveBeenCalledWith({
        text: 'What would help this week?',
        category: 'operative',
        depth: 1,
        relationships: ['peer'],
      }),
    );
  });
});

describe('PersonEditor', () => {
  it('checks every email and saves the whole form only when valid', async () => {
    const onSave = vi.fn(async () => undefined);
    render(
      <PersonEditor
        person={person}
        others={[]}
        onSave={onSave}
        onArchive={vi.fn()}
        onMergeInto={vi.fn()}
        onMarkdown={vi.fn()}
        onHandover={vi.fn()}
      />,
    );
    const emails = screen.getByRole('textbox', { name: 'Emails' });
    fireEvent.input(emails, { target: { value: 'maria.lopez@northwind.example, nope' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save person' }));
    await screen.findByText(/Not an email address/);
    expect(emails.getAttribute('aria-invalid')).toBe('true');
    expect(onSave).not.toHaveBeenCalled();
    fireEvent.input(emails, {
      target: { value: 'maria.lopez@northwind.example; ml@northwind.example' },
    });
    fireEvent.change(screen.getByRole('combobox', { name: 'Cadence' }), {
      target: { value: 'monthly' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save person' }));
    await waitFor(() =>
      expect(onSave).toHaveBeenCalledWith({
        displayName: 'Maria Lopez',
        emails: ['maria.lopez@northwind.example', 'ml@northwind.example'],
        relationship: 'report',
        cadence: 'monthly',
      }),
    );
  });
});

describe('SettingsForm', () => {
  it('refuses a bad email beside the field and saves nothing', async () => {
    const onSave = vi.fn(async () => undefined);
    render(
      <SettingsForm
        settings={DEFAULT_SETTINGS}
        onSave={onSave}
        onRequestReminderPermissions={async () => true}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Add name or email' }));
    fireEvent.input(screen.getByRole('textbox', { name: 'My email 1' }), {
      target: { value: 'tom@' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    await screen.findByText(/Not an email address/);
    expect(onSave).not.toHaveBeenCalled();
    fireEvent.input(screen.getByRole('textbox', { name: 'My email 1' }), {
      target: { value: 'Tom.Becker@northwind.example' },
    });
    fireEvent.input(screen.getByRole('textbox', { name: /Extra 1:1 keywords/ }), {
      target: { value: 'check-in\n\n  sync  ' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    await waitFor(() =>
      expect(onSave).toHaveBeenCalledWith(
        expect.objectContaining({
          selfIdentities: [{ site: 'google', email: 'tom.becker@northwind.example' }],
          extraKeywords: ['check-in', 'sync'],
        }),
      ),
    );
  });
});

describe('SettingsForm saved', () => {
  it('says saved when the saved record arrived before the save returned', () => {
    // The page reloads settings on their change notification. When that lands first, the form
    // is already remounted for the new revision (key) when the parent learns the save is done.
    const saved = { ...DEFAULT_SETTINGS, rev: 2 };
    const form = (justSaved: boolean) => (
      <SettingsForm
        key={saved.rev}
        settings={saved}
        justSaved={justSaved}
        onSave={async () => undefined}
        onRequestReminderPermissions={async () => true}
      />
    );
    const { rerender } = render(form(false));
    expect(screen.queryByText('Settings saved.')).toBeNull();
    rerender(form(true));
    expect(screen.getByText('Settings saved.')).toBeTruthy();
  });
});

describe('SettingsForm reminders', () => {
  it('are off by default; turning them on asks for the permissions, and a refusal keeps them off', async () => {
    const onSave = vi.fn(async () => undefined);
    let grant = false;
    const ask = vi.fn(async () => grant);
    render(
      <SettingsForm
        settings={DEFAULT_SETTINGS}
        onSave={onSave}
        onRequestReminderPermissions={ask}
      />,
    );
    const box = screen.getByRole('checkbox', {
      name: /Remind me before each 1:1/,
    }) as HTMLInputElement;
    expect(box.checked).toBe(false);
    fireEvent.click(box);
    expect(ask).toHaveBeenCalledTimes(1);
    await screen.findByRole('alert');
    expect(box.checked).toBe(false);
    grant = true;
    fireEvent.click(box);
    await waitFor(() => expect(box.checked).toBe(true));
    fireEvent.input(screen.getByRole('spinbutton', { name: 'Minutes before' }), {
      target: { value: '5' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    await waitFor(() =>
      expect(onSave).toHaveBeenCalledWith(
        expect.objectContaining({ reminders: { enabled: true, minutesBefore: 5 } }),
      ),
    );
  });
});

describe('DataPanel', () => {
  it('shows the dry-run summary and imports only after "Import"; erase needs the typed word', async () => {
    const summary = { new: 0, updated: 0, conflicting: 0, unchanged: 0 };
    const result = {
      ok: true as const,
      summary: {
        people: { ...summary, new: 2 },
        meetings: summary,
        agenda: summary,
        actions: summary,
        notes: summary,
        questions: summary,
        askedLog: summary,
        settings: summary,
        goals: summary,
        feedback: summary,
      },
    };
    const onImport = vi.fn(async () => result);
    const onErase = vi.fn(async () => undefined);
    render(
      <DataPanel
        people={[]}
        usage={{ usedBytes: 2048, quotaBytes: 1024 * 1024 * 1024 }}
        onExport={vi.fn()}
        onMarkdown={vi.fn()}
        onCheckImport={async () => result}
        onImport={onImport}
        onErase={onErase}
      />,
    );
    const file = new File(['{}'], 'backup.json', { type: 'application/json' });
    fireEvent.change(screen.getByLabelText('Import data'), { target: { files: [file] } });
    await screen.findByRole('table', { name: 'Import summary' });
    expect(onImport).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    await screen.findByText('Imported.');
    expect(onImport).toHaveBeenCalledWith(
      file,
      expect.objectContaining({ signal: expect.anything() }),
    );

    const erase = screen.getByRole('button', { name: 'Erase all data' }) as HTMLButtonElement;
    expect(erase.disabled).toBe(true);
    fireEvent.input(screen.getByRole('textbox', { name: /Type ERASE/ }), {
      target: { value: 'ERASE' },
    });
    fireEvent.click(erase);
    await screen.findByText('All data erased.');
    expect(screen.getByText(/Storage used: 2.0 KB/)).toBeTruthy();
  });

  it('shows the progress of a running import and cancels it through its signal', async () => {
    const summary = { new: 1, updated: 0, conflicting: 0, unchanged: 0 };
    const dryRun = {
      ok: true as const,
      summary: {
        people: summary,
        meetings: summary,
        agenda: summary,
        actions: summary,
        notes: summary,
        questions: summary,
        askedLog: summary,
        settings: summary,
        goals: summary,
        feedback: summary,
      },
    };
    let cancelled = false;
    const onImport = vi.fn(
      (_file: File, { signal, onProgress }: Parameters<DataPanelProps['onImport']>[1]) =>
        new Promise<ImportResult>((resolve) => {
          onProgress({ phase: 'writing', done: 2000, total: 107000 });
          signal.addEventListener('abort', () => {
            cancelled = true;
            resolve({ ok: false, problems: [], message: 'Import cancelled; nothing was changed.' });
          });
        }),
    );
    render(
      <DataPanel
        people={[]}
        usage={null}
        onExport={vi.fn()}
        onMarkdown={vi.fn()}
        onCheckImport={async () => dryRun}
        onImport={onImport}
        onErase={vi.fn()}
      />,
    );
    const file = new File(['{}'], 'big.json', { type: 'application/json' });
    fireEvent.change(screen.getByLabelText('Import data'), { target: { files: [file] } });
    fireEvent.click(await screen.findByRole('button', { name: 'Import' }));
    await screen.findByText('Writing 2,000 of 107,000 records…');
    const bar = screen.getByRole('progressbar', { name: 'Import progress' }) as HTMLProgressElement;
    expect([bar.value, bar.max]).toEqual([2000, 107000]);
    expect(screen.queryByRole('button', { name: 'Import' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Cancel import' }));
    await screen.findByText('Import cancelled; nothing was changed.');
    expect(cancelled).toBe(true);
    expect(screen.queryByRole('progressbar')).toBeNull();
  });

  it('a refused file shows why and offers no Import', async () => {
    render(
      <DataPanel
        people={[]}
        usage={null}
        onExport={vi.fn()}
        onMarkdown={vi.fn()}
        onCheckImport={async () => ({ ok: false, problems: [], message: 'Not a JSON file.' })}
        onImport={vi.fn()}
        onErase={vi.fn()}
      />,
    );
    const file = new File(['{'], 'bad.json');
    fireEvent.change(screen.getByLabelText('Import data'), { target: { files: [file] } });
    expect((await screen.findByRole('alert')).textContent).toBe('Not a JSON file.');
    expect(screen.queryByRole('button', { name: 'Import' })).toBeNull();
  });
});

describe('questions file', () => {
  it('exports own and changed questions and reads them back; refuses anything else', () => {
    const base = {
      category: 'operative' as const,
      depth: 1 as const,
      relationships: ['report' as const],
      createdAt: person.createdAt,
      updatedAt: person.updatedAt,
      rev: 1,
    };
    const questions: StoredQuestion[] = [
      {
        ...base,
        id: 'b1',
        text: 'Shipped, untouched?',
        builtIn: true,
        enabled: true,
        edited: false,
      },
      { ...base, id: 'b2', text: 'Shipped, edited?', builtIn: true, enabled: true, edited: true },
      { ...base, id: 'own:1', text: 'Mine?', builtIn: false, enabled: false, edited: false },
    ];
    const file = questionsFileOf(questions);
    expect(file.questions.map((q) => q.id)).toEqual(['b2', 'own:1']);
    const back = parseQuestionsFile(JSON.stringify(file));
    expect(back.ok && back.file.questions[1]?.enabled).toBe(false);
    expect(parseQuestionsFile('{').ok).toBe(false);
    const wrong = parseQuestionsFile(
      JSON.stringify({ ...file, questions: [{ id: 'x', text: 'a' }] }),
    );
    expect(!wrong.ok && wrong.message).toMatch(/nothing was imported/);
  });
});
