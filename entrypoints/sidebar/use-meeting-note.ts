import { useEffect, useRef, useState } from 'preact/hooks';
import { NoteAutosave, type AutosaveState, type SavedNote } from '@/lib/prep/note-autosave';
import { rpc } from '@/lib/rpc/client';

/**
 * The meeting note's text and save state, autosaved through the background. A new meeting gets
 * a new autosave bound to it; whatever is pending is flushed when the meeting changes, the frame
 * hides (registerFlush) or the page goes away.
 */
export function useMeetingNote(
  meetingId: string | undefined,
  stored: SavedNote | null | undefined,
  registerFlush?: (flush: () => Promise<void>) => void,
) {
  const [text, setText] = useState('');
  const [state, setState] = useState<AutosaveState>({ status: 'idle', conflicts: [] });
  const autosave = useRef<NoteAutosave | null>(null);

  useEffect(() => {
    if (!meetingId) return;
    const saver = new NoteAutosave(
      stored ?? null,
      (edit) => rpc('saveMeetingNote', meetingId, edit),
      setState,
    );
    autosave.current = saver;
    setText(saver.current);
    setState({ status: stored ? 'saved' : 'idle', conflicts: stored?.conflicts ?? [] });
    registerFlush?.(() => saver.flush());
    return () => {
      void saver.flush();
      saver.dispose();
    };
  }, [meetingId]);

  useEffect(() => {
    const flush = () => void autosave.current?.flush();
    addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', flush);
    return () => {
      removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', flush);
    };
  }, []);

  const input = (next: string) => {
    setText(next);
    autosave.current?.input(next);
  };

  return {
    text,
    state,
    input,
    flush: () => autosave.current?.flush() ?? Promise.resolve(),
    /** Adds a line at the end (an asked question), as if typed. */
    appendLine: (line: string) => {
      const current = autosave.current?.current ?? text;
      input(`${current}${current && !current.endsWith('\n') ? '\n' : ''}${line}\n`);
    },
    /** A newer version from elsewhere: taken only when nothing typed here is pending. */
    external: (note: SavedNote | null) => {
      if (autosave.current?.external(note)) setText(autosave.current.current);
    },
    clearConflicts: () => setState((s) => ({ ...s, conflicts: [] })),
  };
}
