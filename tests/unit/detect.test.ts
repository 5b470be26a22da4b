import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectOneOnOne, type Person } from '../../lib/detect';
import { guestCases, type LabelledCase } from './detect-extra-cases';
import { ruleCases } from './detect-extra-rule-cases';
import { titleCases } from './detect-extra-title-cases';

/** The shared labels: `expect` is the verdict, `counterpart` the other person's lower-cased email. */
interface SharedCase {
  title: string;
  self: Person;
  attendees: Person[];
  organizer?: Person;
  expect: boolean;
  counterpart?: string;
}

function label(title: string, attendees: unknown[]): string {
  return `${JSON.stringify(title)} with ${attendees.length ? `${attendees.length} listed` : 'guests unknown'}`;
}

const shared = JSON.parse(
  readFileSync(new URL('../fixtures/detection-cases.json', import.meta.url), 'utf8'),
) as { cases: SharedCase[] };

describe('detectOneOnOne: shared labelled cases', () => {
  const cases = (shared.cases as SharedCase[]).map(
    (c) => [label(c.title, c.attendees), c] as const,
  );
  it.each(cases)('%s', (_name, c) => {
    const result = detectOneOnOne(
      { title: c.title, attendees: c.attendees, organizer: c.organizer },
      c.self,
    );
    expect(result.isOneOnOne, result.reason).toBe(c.expect);
    expect(result.reason.length).toBeGreaterThan(0);
    if (c.counterpart) expect(result.counterpart?.email).toBe(c.counterpart);
  });
});

describe('detectOneOnOne: extra labelled cases', () => {
  it.each([...guestCases, ...ruleCases, ...titleCases].map((c) => [c.why, c] as const))(
    '%s',
    (_why, c: LabelledCase) => {
      const result = detectOneOnOne(c.event, c.self, c.options);
      expect(result.isOneOnOne, result.reason).toBe(c.expect);
      if (c.counterpart) expect(result.counterpart).toEqual(c.counterpart);
      if (c.counterpart === null) expect(result.counterpart).toBeUndefined();
      if (c.reason) expect(result.reason).toMatch(c.reason);
    },
  );
});
