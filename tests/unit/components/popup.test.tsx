// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { choicesFor, PersonCombobox } from '../../../components/popup/PersonCombobox';
import { QuickNoteForm } from '../../../components/popup/QuickNoteForm';

afterEach(cleanup);

const people = [
  { id: 'p1', name: 'Maria Lopez' },
  { id: 'p2', name: 'José Ruiz' },
];

describe('PersonCombobox', () => {
  it('finds people accent- and case-insensitively and offers to create a new name', () => {
    expect(choicesFor(people, 'jose').map((c) => c.kind)).toEqual(['person', 'create']);
    expect(choicesFor(people, 'maria lopez').map((c) => c.kind)).toEqual(['person']);
  });

  it('type-ahead: arrow keys move, Enter picks', () => {
    const onSelect = vi.fn();
    render(
      <PersonCombobox people={people} selectedId="p1" onSelect={onSelect} onCreate={vi.fn()} />,
    );
    const box = screen.getByRole('combobox', { name: 'Person' });
    expect((box as HTMLInputElement).value).toBe('Maria Lopez');
    fireEvent.input(box, { target: { value: 'o' } });
    expect(screen.getAllByRole('option')).toHaveLength(3);
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    expect(box.getAttribute('aria-activedescendant')).toBe(screen.getAllByRole('option')[1]!.id);
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(onSelect).toHaveBeenCalledWith('p2');
  });

  it('a name that matches nobody creates a person', () => {
    const onCreate = vi.fn();
    render(
      <PersonCombobox people={people} selectedId={null} onSelect={vi.fn()} onCreate={onCreate} />,
    );
    const box = screen.getByRole('combobox', { name: 'Person' });
    fireEvent.input(box, { target: { value: ' Ada Quinn ' } });
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(onCreate).toHaveBeenCalledWith('Ada Quinn');
  });
});

describe('QuickNoteForm', () => {
  it('is focused on open and saves with Ctrl+Enter', async () => {
    const onSave = vi.fn(async () => undefined);
    render(<QuickNoteForm personName="Maria Lopez" onSave={onSave} />);
    const text = screen.getByRole('textbox', { name: 'Quick note' });
    expect(document.activeElement).toBe(text);
    fireEvent.input(text, { target: { value: '  Ask about the trip  ' } });
    fireEvent.keyDown(text, { key: 'Enter', ctrlKey: true });
    await waitFor(() =>
      expect(onSave).toHaveBeenCalledWith({ kind: 'note', text: 'Ask about the trip' }),
    );
    await screen.findByText(/Saved as note for Maria Lopez/);
  });

  it('an action item carries owner and due date; an empty due date means none', async () => {
    const onSave = vi.fn(async () => undefined);
    render(<QuickNoteForm personName="Maria Lopez" onSave={onSave} />);
    fireEvent.click(screen.getByRole('radio', { name: 'Action item' }));
    fireEvent.input(screen.getByRole('textbox', { name: 'Quick note' }), {
      target: { value: 'Send slides' },
    });
    fireEvent.change(screen.getByRole('combobox', { name: 'Owner' }), {
      target: { value: 'them' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save note' }));
    await waitFor(() =>
      expect(onSave).toHaveBeenCalledWith({
        kind: 'action',
        text: 'Send slides',
        owner: 'them',
        due: undefined,
      }),
    );
  });

  it('refuses empty text beside the field and without a person, saving nothing', async () => {
    const onSave = vi.fn(async () => undefined);
    const { rerender } = render(<QuickNoteForm personName="Maria Lopez" onSave={onSave} />);
    fireEvent.click(screen.getByRole('button', { name: 'Save note' }));
    const text = screen.getByRole('textbox', { name: 'Quick note' });
    expect(text.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(text.getAttribute('aria-describedby')!)?.textContent).toBe(
      'Write something first.',
    );
    rerender(<QuickNoteForm personName={null} onSave={onSave} />);
    fireEvent.input(text, { target: { value: 'Something' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save note' }));
    await screen.findByText('Choose a person first.');
    expect(onSave).not.toHaveBeenCalled();
  });
});
