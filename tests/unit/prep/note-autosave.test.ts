import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  DEBOUNCE_MS,
  NoteAutosave,
  type AutosaveState,
  type SaveNote,
} from '@/lib/prep/note-autosave';

describe('NoteAutosave', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  const store = () => {
    const saved: { text: string; baseRev: number }[] = [];
    let rev = 0;
    const save: SaveNote = async (edit) => {
      saved.push(edit);
      rev += 1;
      return { status: 'saved', record: { text: edit.text, rev } };
    };
    return { saved, save };
  };

  it('saves once, DEBOUNCE_MS after the last keystroke, with the rev it started from', async () => {
    const { saved, save } = store();
    const states: AutosaveState[] = [];
    const autosave = new NoteAutosave(null, save, (s) => states.push(s));
    autosave.input('H');
    autosave.input('He');
    autosave.input('Hello');
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS - 1);
    expect(saved).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(saved).toEqual([{ text: 'Hello', baseRev: 0, baseText: '' }]);
    expect(states.at(-1)?.status).toBe('saved');
    autosave.input('Hello again');
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    expect(saved[1]).toEqual({ text: 'Hello again', baseRev: 1, baseText: 'Hello' });
  });

  it('flush sends pending text at once', async () => {
    const { saved, save } = store();
    const autosave = new NoteAutosave({ text: 'a', rev: 3 }, save, () => undefined);
    autosave.input('ab');
    await autosave.flush();
    expect(saved).toEqual([{ text: 'ab', baseRev: 3, baseText: 'a' }]);
    expect(autosave.hasUnsavedChanges).toBe(false);
  });

  it('keeps the text and retries when a save fails (the background was stopped)', async () => {
    let fail = true;
    const saved: string[] = [];
    const save: SaveNote = async (edit) => {
      if (fail) throw new Error('background gone');
      saved.push(edit.text);
      return { status: 'saved', record: { text: edit.text, rev: 1 } };
    };
    const states: AutosaveState[] = [];
    const autosave = new NoteAutosave(null, save, (s) => states.push(s));
    autosave.input('do not lose me');
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    expect(states.at(-1)).toMatchObject({ status: 'error', error: 'background gone' });
    expect(autosave.hasUnsavedChanges).toBe(true);
    fail = false;
    await vi.advanceTimersByTimeAsync(2000);
    expect(saved).toEqual(['do not lose me']);
    expect(autosave.hasUnsavedChanges).toBe(false);
  });

  it('text typed while a save is in flight is saved next, never dropped', async () => {
    const saved: string[] = [];
    let release: () => void = () => undefined;
    let rev = 0;
    const save: SaveNote = (edit) =>
      new Promise((resolve) => {
        release = () => {
          saved.push(edit.text);
          resolve({ status: 'saved', record: { text: edit.text, rev: ++rev } });
        };
      });
    const autosave = new NoteAutosave(null, save, () => undefined);
    autosave.input('one');
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    autosave.input('one two');
    release();
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    release();
    await autosave.flush();
    expect(saved).toEqual(['one', 'one two']);
  });

  it('takes a newer version from elsewhere only when nothing here is pending', () => {
    const autosave = new NoteAutosave({ text: 'mine', rev: 2 }, store().save, () => undefined);
    expect(autosave.external({ text: 'theirs', rev: 3 })).toBe(true);
    expect(autosave.current).toBe('theirs');
    autosave.input('typing');
    expect(autosave.external({ text: 'newer', rev: 4 })).toBe(false);
    expect(autosave.current).toBe('typing');
  });

  it('surfaces the other version of a conflict', async () => {
    const save: SaveNote = async (edit) => ({
      status: 'conflict',
      record: {
        text: edit.text,
        rev: 5,
        conflicts: [{ text: 'other tab', at: '2026-11-26T10:00:00.000Z' }],
      },
    });
    const states: AutosaveState[] = [];
    const autosave = new NoteAutosave({ text: '', rev: 1 }, save, (s) => states.push(s));
    autosave.input('this tab');
    await autosave.flush();
    expect(states.at(-1)?.conflicts).toEqual([
      { text: 'other tab', at: '2026-11-26T10:00:00.000Z' },
    ]);
  });
});
