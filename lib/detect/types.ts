// The public shapes of the 1:1 rule. `lib/detect/index.ts` re-exports them; the contract is fixed by issue 3.

export interface Person {
  name?: string;
  email?: string;
}

export interface CalendarEventInput {
  title: string;
  /** The guest list as the page shows it; [] means not known (grid chips, Outlook's peek card). */
  attendees: Person[];
  organizer?: Person;
}

export interface Detection {
  isOneOnOne: boolean;
  /** The other person, email lower-cased, name when known. */
  counterpart?: Person;
  /** A short human sentence, shown to the user. */
  reason: string;
}

export interface DetectOptions {
  /** The user's own extra title keywords that mark a 1:1 (case-insensitive, whole word). */
  extraKeywords?: string[];
  /** A per-series override; it wins over everything else. */
  override?: 'always' | 'never';
}
