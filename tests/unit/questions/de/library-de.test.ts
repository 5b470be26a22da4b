import { describe, expect, it } from 'vitest';
import { addressForms } from '../../../../lib/i18n/address';
import { defaultQuestions } from '../../../../lib/questions/library';
import { germanQuestions } from '../../../../lib/questions/de/library';
import { toneHintsDe } from '../../../../lib/questions/de/tone';
import { directionsOfRelationships } from '../../../../lib/questions/tags';
import { QuestionContent } from '../../../../lib/schema/question';
import {
  CATEGORIES,
  GROW_STEPS,
  IDEAS,
  QUESTION_MODES,
  RELATIONSHIPS,
} from '../../../../lib/schema/vocabulary';

/** Words that address the other person informally, or formally (capitalised mid-sentence). */
const DU =
  /(?<![\p{L}])(?:du|dich|dir|dein|deine|deinen|deinem|deiner|deines|euch|euer|eure|ihr seid|seid ihr)(?![\p{L}])/iu;
const SIE = /(?<=\S\s+)(?:Sie|Ihnen|Ihr|Ihre|Ihren|Ihrem|Ihrer|Ihres)(?![\p{L}])/u;

/** Every text of a question in one form of address: the question and its follow-ups. */
const informalTexts = (q: QuestionContent) => [q.text, ...(q.followUps ?? [])];
const formalTexts = (q: QuestionContent) => [
  q.textFormal ?? q.text,
  ...(q.followUpsFormal ?? q.followUps ?? []),
];

describe('the German library', () => {
  it('has at least 200 valid German questions with unique "de-" ids', () => {
    const addressed = germanQuestions.filter((q) => q.textFormal !== undefined).length;
    console.log(
      `German questions: ${germanQuestions.length} (${addressed} with distinct du and Sie forms)`,
    );
    expect(germanQuestions.length).toBeGreaterThanOrEqual(200);
    const ids = new Set([...defaultQuestions, ...germanQuestions].map((q) => q.id));
    expect(ids.size).toBe(defaultQuestions.length + germanQuestions.length);
    for (const q of germanQuestions) {
      expect(() => QuestionContent.parse(q), q.id).not.toThrow();
      expect(q.id, q.id).toMatch(/^de-[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(q.lang, q.id).toBe('de');
      for (const text of [...informalTexts(q), ...formalTexts(q)])
        expect(text, q.id).not.toMatch(/[{}|]/);
    }
  });

  it('covers every category of the English library, every GROW step and every relationship', () => {
    for (const category of CATEGORIES) {
      const english = defaultQuestions.filter((q) => q.category === category).length;
      const german = germanQuestions.filter((q) => q.category === category).length;
      expect(german, category).toBeGreaterThanOrEqual(Math.min(11, english));
    }
    for (const step of GROW_STEPS)
      expect(germanQuestions.filter((q) => q.growStep === step).length, step).toBeGreaterThan(6);
    for (const relationship of RELATIONSHIPS.filter((r) => r !== 'other')) {
      const fitting = germanQuestions.filter((q) => q.relationships.includes(relationship));
      const regular = fitting.filter(
        (q) => q.category !== 'grow' && q.category !== 'first-meeting',
      );
      expect(regular.length, relationship).toBeGreaterThanOrEqual(30);
      expect(fitting.filter((q) => q.category === 'first-meeting').length).toBeGreaterThanOrEqual(
        5,
      );
      expect(new Set(fitting.map((q) => q.depth)).size, relationship).toBe(3);
    }
  });

  it('keeps asking up and asking down apart, as the English library does', () => {
    for (const q of germanQuestions.filter((q) => q.category === 'ask-manager')) {
      expect(q.relationships, q.id).not.toContain('report');
      expect(q.relationships, q.id).not.toContain('skip-level');
    }
    for (const q of germanQuestions.filter((q) => q.category === 'skip-level-down'))
      expect(q.relationships, q.id).toEqual(['skip-level']);
    for (const q of germanQuestions.filter((q) => q.category === 'ask-skip-level'))
      expect(q.relationships, q.id).toEqual(['skip-level-up']);
  });

  it('tags every question with direction, mode, idea and a probe and a close', () => {
    for (const q of germanQuestions) {
      expect(q.directions, q.id).toEqual(directionsOfRelationships(q.relationships));
      expect(QUESTION_MODES, q.id).toContain(q.mode);
      expect(IDEAS, q.id).toContain(q.idea);
      expect(q.followUps, q.id).toHaveLength(2);
      if (q.followUpsFormal) expect(q.followUpsFormal, q.id).toHaveLength(2);
    }
    for (const q of germanQuestions.filter((q) => q.category === 'mentoring'))
      expect(q.mode).toBe('mentor');
    for (const q of germanQuestions.filter((q) => q.category === 'teaching'))
      expect(q.mode).toBe('teacher');
    for (const q of germanQuestions.filter((q) => q.category === 'grow'))
      expect(q.mode).toBe('coach');
  });

  it('words each question and follow-up as exactly one question', () => {
    for (const q of germanQuestions)
      for (const text of [...informalTexts(q), ...formalTexts(q)]) {
        expect(text.split('?').length - 1, `${q.id}: ${text}`).toBe(1);
        expect(text.endsWith('?'), `${q.id}: ${text}`).toBe(true);
      }
  });

  it('says du in the du form and Sie in the Sie form, never the other', () => {
    let addressed = 0;
    for (const q of germanQuestions) {
      for (const text of informalTexts(q)) expect(text, q.id).not.toMatch(SIE);
      for (const text of formalTexts(q)) expect(text, q.id).not.toMatch(DU);
      if (!DU.test(q.text)) {
        expect(q.textFormal, q.id).toBeUndefined();
        continue;
      }
      addressed++;
      expect(q.textFormal, q.id).toMatch(SIE);
    }
    expect(addressed).toBeGreaterThan(180);
  });

  it('has no duplicate texts', () => {
    const texts = germanQuestions.map((q) => q.text.toLowerCase());
    expect(new Set(texts).size).toBe(texts.length);
  });

  it('passes the German tone lint in both forms, follow-ups included', () => {
    const flagged = germanQuestions.flatMap((q) =>
      [...new Set([...informalTexts(q), ...formalTexts(q)])]
        .filter((text) => toneHintsDe(text).length > 0)
        .map((text) => `${q.id}: ${text} → ${toneHintsDe(text).map((h) => h.phrase)}`),
    );
    expect(flagged).toEqual([]);
  });

  it('reads both forms from one line', () => {
    expect(addressForms('Wie {geht es dir|geht es Ihnen} gerade?')).toEqual({
      informal: 'Wie geht es dir gerade?',
      formal: 'Wie geht es Ihnen gerade?',
    });
    expect(addressForms('Was läuft im Team gut?')).toEqual({ informal: 'Was läuft im Team gut?' });
  });
});
