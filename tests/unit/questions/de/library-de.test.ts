import { describe, expect, it } from 'vitest';
import { defaultQuestions } from '../../../../lib/questions/library';
import { addressForms } from '../../../../lib/questions/de/define';
import { germanQuestions } from '../../../../lib/questions/de/library';
import { toneHintsDe } from '../../../../lib/questions/de/tone';
import { QuestionContent } from '../../../../lib/schema/question';
import { CATEGORIES, GROW_STEPS, RELATIONSHIPS } from '../../../../lib/schema/vocabulary';

/** Words that address the other person informally, or formally (capitalised mid-sentence). */
const DU = /(?<![\p{L}])(?:du|dich|dir|dein|deine|deinen|deinem|deiner|deines)(?![\p{L}])/iu;
const SIE = /(?<=\S\s+)(?:Sie|Ihnen|Ihr|Ihre|Ihren|Ihrem|Ihrer|Ihres)(?![\p{L}])/u;

describe('the German library', () => {
  it('has at least 200 valid German questions with unique "de-" ids', () => {
    expect(germanQuestions.length).toBeGreaterThanOrEqual(200);
    const ids = new Set([...defaultQuestions, ...germanQuestions].map((q) => q.id));
    expect(ids.size).toBe(defaultQuestions.length + germanQuestions.length);
    for (const q of germanQuestions) {
      expect(() => QuestionContent.parse(q), q.id).not.toThrow();
      expect(q.id, q.id).toMatch(/^de-[a-z0-9-]+$/);
      expect(q.lang, q.id).toBe('de');
      expect(q.text, q.id).not.toMatch(/[{}|]/);
      expect(q.textFormal ?? '', q.id).not.toMatch(/[{}|]/);
    }
  });

  it('covers the same categories, GROW steps and relationships as the English library', () => {
    for (const category of CATEGORIES) {
      const english = defaultQuestions.filter((q) => q.category === category).length;
      const german = germanQuestions.filter((q) => q.category === category).length;
      expect(german, category).toBeGreaterThanOrEqual(Math.min(12, english));
    }
    for (const step of GROW_STEPS) {
      expect(
        germanQuestions.filter((q) => q.growStep === step).length,
        step,
      ).toBeGreaterThanOrEqual(6);
    }
    for (const relationship of RELATIONSHIPS.filter((r) => r !== 'other')) {
      const fitting = germanQuestions.filter((q) => q.relationships.includes(relationship));
      expect(fitting.length, relationship).toBeGreaterThanOrEqual(30);
      expect(new Set(fitting.map((q) => q.depth)).size, relationship).toBe(3);
    }
  });

  it('gives every question that says du a Sie form without du, and no Sie in the du form', () => {
    let addressed = 0;
    for (const q of germanQuestions) {
      expect(q.text, q.id).not.toMatch(SIE);
      if (!DU.test(q.text)) {
        expect(q.textFormal, q.id).toBeUndefined();
        continue;
      }
      addressed++;
      expect(q.textFormal, q.id).toBeDefined();
      expect(q.textFormal, q.id).not.toMatch(DU);
      expect(q.textFormal, q.id).toMatch(SIE);
    }
    expect(addressed).toBeGreaterThan(150);
  });

  it('passes the German tone lint in both forms', () => {
    const flagged = germanQuestions.flatMap((q) =>
      [q.text, q.textFormal ?? '']
        .filter((text) => toneHintsDe(text).length > 0)
        .map((text) => `${q.id}: ${text} → ${toneHintsDe(text).map((h) => h.phrase)}`),
    );
    expect(flagged).toEqual([]);
  });

  it('reads both forms from one line', () => {
    expect(addressForms('Wie {geht es dir|geht es Ihnen} gerade?')).toEqual({
      text: 'Wie geht es dir gerade?',
      textFormal: 'Wie geht es Ihnen gerade?',
    });
    expect(addressForms('Was läuft im Team gut?')).toEqual({ text: 'Was läuft im Team gut?' });
  });
});
