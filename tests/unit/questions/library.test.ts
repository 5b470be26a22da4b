import { describe, expect, it } from 'vitest';
import {
  CATEGORIES,
  GROW_STEPS,
  IDEAS,
  QUESTION_MODES,
  RELATIONSHIPS,
} from '../../../lib/schema/common';
import { QuestionContent } from '../../../lib/schema/question';
import { defaultQuestions, mergedQuestionIds } from '../../../lib/questions/library';
import { DIRECTION_OF, directionsOfRelationships } from '../../../lib/questions/tags';
import { toneHints } from '../../../lib/questions/tone';

/** Case, punctuation and spacing removed: "How's it going?" and "hows it going" are one text. */
const normalise = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[\u2019']/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

const words = (text: string): Set<string> => new Set(normalise(text).split(' '));

describe('default question library', () => {
  it('is large and covers every category with at least 10 questions', () => {
    console.log('questions:', defaultQuestions.length, 'categories:', CATEGORIES.length);
    expect(defaultQuestions.length).toBeGreaterThanOrEqual(400);
    expect(CATEGORIES.length).toBeGreaterThanOrEqual(16);
    const perCategory = new Map<string, number>();
    for (const q of defaultQuestions)
      perCategory.set(q.category, (perCategory.get(q.category) ?? 0) + 1);
    console.log('questions per category:', Object.fromEntries(perCategory));
    for (const category of CATEGORIES)
      expect(perCategory.get(category) ?? 0).toBeGreaterThanOrEqual(10);
  });

  it('has unique kebab-case ids prefixed by their category', () => {
    const ids = defaultQuestions.map((q) => q.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const q of defaultQuestions) {
      expect(q.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(q.id.startsWith(`${q.category}-`)).toBe(true);
    }
  });

  it('has no duplicate or near-duplicate texts', () => {
    const texts = defaultQuestions.map((q) => normalise(q.text));
    expect(new Set(texts).size).toBe(texts.length);
    // Near-duplicates: mostly the same words (Jaccard similarity of word sets).
    const sets = defaultQuestions.map((q) => words(q.text));
    const close: string[] = [];
    for (let i = 0; i < sets.length; i++) {
      for (let j = i + 1; j < sets.length; j++) {
        const a = sets[i]!;
        const b = sets[j]!;
        const shared = [...a].filter((w) => b.has(w)).length;
        if (shared / (a.size + b.size - shared) >= 0.75) {
          close.push(`${defaultQuestions[i]!.id} ~ ${defaultQuestions[j]!.id}`);
        }
      }
    }
    expect(close).toEqual([]);
  });

  it('passes the schema, with depth and relationships on every question', () => {
    for (const q of defaultQuestions) {
      expect(() => QuestionContent.parse(q)).not.toThrow();
      expect([1, 2, 3]).toContain(q.depth);
      expect(q.relationships.length).toBeGreaterThan(0);
      expect(new Set(q.relationships).size).toBe(q.relationships.length);
      expect(q.growStep !== undefined).toBe(q.category === 'grow');
    }
  });

  it('balances depths overall and within each category', () => {
    const depths = [1, 2, 3].map((d) => defaultQuestions.filter((q) => q.depth === d).length);
    console.log('questions per depth 1/2/3:', depths.join('/'));
    for (const count of depths) expect(count).toBeGreaterThanOrEqual(40);
    for (const category of CATEGORIES) {
      const inCategory = defaultQuestions.filter((q) => q.category === category);
      expect(new Set(inCategory.map((q) => q.depth)).size).toBeGreaterThanOrEqual(2);
    }
  });

  it('covers every GROW step with at least four questions', () => {
    for (const step of GROW_STEPS) {
      const count = defaultQuestions.filter((q) => q.growStep === step).length;
      expect(count).toBeGreaterThanOrEqual(4);
    }
  });

  it('gives every relationship enough questions for a normal meeting and a first one', () => {
    for (const relationship of RELATIONSHIPS) {
      const fits = defaultQuestions.filter(
        (q) =>
          q.relationships.includes(relationship) ||
          (relationship === 'other' && q.relationships.includes('peer')),
      );
      const regular = fits.filter((q) => q.category !== 'grow' && q.category !== 'first-meeting');
      expect(regular.length).toBeGreaterThanOrEqual(40);
      expect(fits.filter((q) => q.category === 'first-meeting').length).toBeGreaterThanOrEqual(5);
    }
  });

  it('keeps ask-manager questions for the report-to-manager side', () => {
    for (const q of defaultQuestions.filter((q) => q.category === 'ask-manager')) {
      expect(q.relationships).toContain('manager');
      expect(q.relationships).not.toContain('report');
      expect(q.relationships).not.toContain('skip-level');
    }
  });

  it('splits the skip-level 1:1 by who asks: down two levels, or up two levels', () => {
    for (const q of defaultQuestions.filter((q) => q.category === 'skip-level-down'))
      expect(q.relationships).toEqual(['skip-level']);
    for (const q of defaultQuestions.filter((q) => q.category === 'ask-skip-level'))
      expect(q.relationships).toEqual(['skip-level-up']);
    expect(DIRECTION_OF['skip-level']).toBe('down');
    expect(DIRECTION_OF['skip-level-up']).toBe('up');
  });

  it('tags every question with direction, mode, idea and one or two follow-ups', () => {
    const ideas = new Set<string>();
    const modes = new Map<string, number>();
    for (const q of defaultQuestions) {
      // The direction tag agrees with who the question is for, so no question for someone
      // above me reaches someone I lead (and back).
      expect(q.directions, q.id).toEqual(directionsOfRelationships(q.relationships));
      expect(QUESTION_MODES, q.id).toContain(q.mode);
      expect(IDEAS, q.id).toContain(q.idea);
      ideas.add(q.idea!);
      modes.set(q.mode!, (modes.get(q.mode!) ?? 0) + 1);
      expect(q.followUps?.length ?? 0, q.id).toBeGreaterThanOrEqual(1);
      expect(q.followUps?.length ?? 0, q.id).toBeLessThanOrEqual(2);
    }
    console.log('questions per mode:', Object.fromEntries(modes), 'ideas served:', ideas.size);
    for (const mode of QUESTION_MODES) expect(modes.get(mode) ?? 0).toBeGreaterThanOrEqual(15);
    expect(
      defaultQuestions.filter((q) => q.category === 'mentoring').every((q) => q.mode === 'mentor'),
    ).toBe(true);
    expect(
      defaultQuestions.filter((q) => q.category === 'teaching').every((q) => q.mode === 'teacher'),
    ).toBe(true);
  });

  it('words every follow-up as one open question in a supportive tone', () => {
    const flagged: { id: string; text: string; kinds: string[] }[] = [];
    for (const q of defaultQuestions) {
      for (const text of q.followUps ?? []) {
        expect(text.split('?').length - 1, text).toBe(1);
        expect(text.endsWith('?'), text).toBe(true);
        const hints = toneHints(text);
        if (hints.length > 0) flagged.push({ id: q.id, text, kinds: hints.map((h) => h.kind) });
      }
    }
    expect(flagged).toEqual([]);
  });

  it('merges near-duplicates into a question that is still shipped', () => {
    const ids = new Set(defaultQuestions.map((q) => q.id));
    for (const [from, into] of Object.entries(mergedQuestionIds)) {
      expect(ids.has(from)).toBe(false);
      expect(ids.has(into)).toBe(true);
    }
  });

  it('asks one thing at a time in a supportive tone', () => {
    const flagged = defaultQuestions
      .map((q) => ({ id: q.id, hints: toneHints(q.text).map((h) => h.phrase) }))
      .filter((r) => r.hints.length > 0);
    expect(flagged).toEqual([]);
    for (const q of defaultQuestions) expect(q.text.split('?').length - 1).toBe(1);
  });
});
