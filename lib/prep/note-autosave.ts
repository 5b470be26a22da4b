/**
 * Autosave for the meeting note: at most DEBOUNCE_MS after the last keystroke the text is on its
 * way to the database, one save in flight at a time, and `flush()` sends whatever is pending at
 * once (the frame hides, the user switches events, the page unloads). A failed save keeps the
 * text dirty and is retried; nothing typed is dropped. The save function is injected, so this
 * runs (and is tested) without a browser.
 */
export const DEBOUNCE_MS = 400;
const RETRY_MS = 1500;

export interface SavedNote {
  text: string;
  rev: number;
  conflicts?: { text: string; at: string }[];
}

export interface SaveOutcome {
  status: 'saved' | 'unchanged' | 'merged' | 'conflict';
  record: SavedNote;
  message?: string;
}

export type SaveNote = (edit: {
  text: string;
  baseRev: number;
  baseText: string;
}) => Promise<SaveOutcome>;

export interface AutosaveState {
  status: 'idle' | 'saving' | 'saved' | 'error';
  error?: string;
  conflicts: { text: string; at: string }[];
}

export class NoteAutosave {
  private text: string;
  private baseRev: number;
  private baseText: string;
  private dirty = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private inFlight: Promise<void> | undefined;

  constructor(
    initial: SavedNote | null,
    private readonly save: SaveNote,
    private readonly onState: (state: AutosaveState) => void,
  ) {
    this.text = initial?.text ?? '';
    this.baseRev = initial?.rev ?? 0;
    this.baseText = this.text;
  }

  get current(): string {
    return this.text;
  }

  get hasUnsavedChanges(): boolean {
    return this.dirty;
  }

  input(text: string): void {
    this.text = text;
    this.dirty = true;
    this.schedule(DEBOUNCE_MS);
  }

  /** A newer version arrived from elsewhere; taken only when nothing typed here is pending. */
  external(note: SavedNote | null): boolean {
    if (this.dirty || this.inFlight || !note || note.rev <= this.baseRev) return false;
    this.text = note.text;
    this.baseText = note.text;
    this.baseRev = note.rev;
    return true;
  }

  /** Sends anything pending now and resolves when it is stored (or has failed). */
  async flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.inFlight) await this.inFlight;
    if (this.dirty) await this.run();
  }

  dispose(): void {
    clearTimeout(this.timer);
  }

  private schedule(ms: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.run();
    }, ms);
  }

  private run(): Promise<void> {
    if (this.inFlight) return this.inFlight.then(() => (this.dirty ? this.run() : undefined));
    const text = this.text;
    this.dirty = false;
    this.onState({ status: 'saving', conflicts: [] });
    this.inFlight = this.save({ text, baseRev: this.baseRev, baseText: this.baseText })
      .then((outcome) => {
        this.baseRev = outcome.record.rev;
        this.baseText = outcome.record.text;
        // A conflict keeps the other version in record.conflicts; our text is the one stored.
        this.onState({ status: 'saved', conflicts: outcome.record.conflicts ?? [] });
      })
      .catch((error: unknown) => {
        if (this.text === text) this.dirty = true;
        this.onState({
          status: 'error',
          error: error instanceof Error ? error.message : 'Not saved yet; retrying.',
          conflicts: [],
        });
        this.schedule(RETRY_MS);
      })
      .finally(() => {
        this.inFlight = undefined;
        if (this.dirty && !this.timer) this.schedule(DEBOUNCE_MS);
      });
    return this.inFlight;
  }
}
