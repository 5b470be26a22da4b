// @vitest-environment happy-dom
import { cleanup, renderHook, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { useOwnQuestionHints } from '../../../entrypoints/sidebar/use-own-question-hints';
import type { StoredQuestion } from '../../../lib/schema/records';

afterEach(cleanup);

const AT = '2026-12-01T09:00:00.000Z';
const question = (id: string, text: string, over: Partial<StoredQuestion>): StoredQuestion => ({
  id,
  text,
  category: 'wellbeing',
  depth: 1,
  relationships: ['report'],
  createdAt: AT,
  updatedAt: AT,
  rev: 1,
  builtIn: false,
  enabled: true,
  edited: false,
  ...over,
});

// The sidebar loads the tone lint after its first paint (a dynamic import): these hints must
// still arrive, in each question's own language, once the chunk has loaded.
describe('useOwnQuestionHints', () => {
  it('lints the user’s own and edited questions, English and German, once the lint has loaded', async () => {
    const questions = [
      question('own-en', 'You must change this.', {}),
      question('own-de', 'Du musst das ändern.', { lang: 'de' }),
      question('edited', 'You must change this.', { builtIn: true, edited: true }),
      question('shipped', 'You must change this.', { builtIn: true }),
      question('clean', 'What would help you most this week?', {}),
    ];
    const { result } = renderHook(() => useOwnQuestionHints(questions));
    expect(result.current.size).toBe(0); // first paint: nothing waits for the lint
    await waitFor(() => expect(result.current.size).toBeGreaterThan(0));
    const kinds = (id: string) => result.current.get(id)?.map((h) => h.kind);
    expect(kinds('own-en')).toEqual(['pressuring']);
    expect(kinds('own-de')).toEqual(['pressuring']);
    expect(kinds('edited')).toEqual(['pressuring']);
    expect(kinds('shipped')).toBeUndefined(); // the shipped library is never linted in the sidebar
    expect(kinds('clean')).toBeUndefined();
  });
});
