// Placeholder until the detection rule lands (issue 3). Exports are fixed by the issue.
export interface Person {
  name?: string;
  email?: string;
}
export interface CalendarEventInput {
  title: string;
  attendees: Person[];
  organizer?: Person;
}
export interface Detection {
  isOneOnOne: boolean;
  counterpart?: Person;
  reason: string;
}
export interface DetectOptions {
  /** The user's own extra title keywords that mark a 1:1. */
  extraKeywords?: string[];
  /** A per-series override; it wins over everything else. */
  override?: 'always' | 'never';
}
export function detectOneOnOne(
  _event: CalendarEventInput,
  _self: Person,
  _options: DetectOptions = {},
): Detection {
  return { isOneOnOne: false, reason: 'not implemented' };
}
