/** Suggestions in German: German questions only, German reasons, both forms of address. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import english from '../../../../public/_locales/en/messages.json';
import german from '../../../../public/_locales/de/messages.json';
import { addressedMessage, inAddress } from '../../../../lib/i18n/address';
import { useCatalog } from '../../../../lib/i18n/catalog';
import { builtInQuestions } from '../../../../lib/questions/built-ins';
import { germanQuestions } from '../../../../lib/questions/de/library';
import { moreLikeThis, suggestQuestions } from '../../../../lib/questions/suggest';
import { followUpsOf, questionText } from '../../../../lib/questions/tags';
import { daysAgo, makeInput, weeklyMeetings } from '../suggest-fixtures';

const germanIds = new Set(germanQuestions.map((q) => q.id));

beforeEach(() => useCatalog('de', german, 'de-DE'));
afterEach(() => useCatalog('en', english, 'en-US'));

describe('suggestions in German', () => {
  it('pick only German questions from the whole shipped library, with German reasons', () => {
    for (const relationship of ['report', 'manager', 'peer', 'skip-level-up', 'mentee'] as const) {
      const picked = suggestQuestions(
        makeInput({
          library: builtInQuestions,
          language: 'de',
          person: { name: 'Jonas', relationship },
        }),
      );
      expect(picked.length, relationship).toBeGreaterThanOrEqual(3);
      for (const s of picked) {
        expect(germanIds.has(s.question.id), `${relationship}: ${s.question.id}`).toBe(true);
        // German reasons: no English reason word survives.
        expect(s.reason, s.reason).not.toMatch(
          /\b(?:question|hasn't|goes deeper|check-in|opens with|their|first 1:1)\b/,
        );
      }
    }
  });

  it('pick only English questions for an English sidebar, as before', () => {
    useCatalog('en', english, 'en-US');
    const picked = suggestQuestions(makeInput({ library: builtInQuestions }));
    expect(picked.some((s) => germanIds.has(s.question.id))).toBe(false);
  });

  it('give the opener, GROW, mentor and teacher sequences German reasons', () => {
    const normal = suggestQuestions(makeInput({ library: builtInQuestions, language: 'de' }));
    expect(normal[0]?.reason).toBe(
      'zum Einstieg die Themen von Sam: die Agenda gehört dem Gegenüber',
    );
    const grow = suggestQuestions(
      makeInput({ library: builtInQuestions, language: 'de', mode: 'grow' }),
    );
    expect(grow.map((s) => s.reason)).toEqual([
      'GROW 1 von 4, Ziel: was die Person erreichen möchte',
      'GROW 2 von 4, Realität: wo es gerade steht',
      'GROW 3 von 4, Optionen: was möglich wäre',
      'GROW 4 von 4, Wille: was die Person tun wird',
    ]);
    const mentor = suggestQuestions(
      makeInput({ library: builtInQuestions, language: 'de', mode: 'mentor' }),
    );
    expect(mentor[0]?.reason).toBe('Mentor 1 von 3: eine eigene Geschichte anbieten');
    expect(
      mentor.every((s) => s.question.category === 'mentoring' && s.question.lang === 'de'),
    ).toBe(true);
    const like = moreLikeThis(
      'de-career-tueren',
      makeInput({ library: builtInQuestions, language: 'de' }),
    );
    expect(like.length).toBeGreaterThan(0);
    expect(
      like.every((s) => s.reason === 'mehr zu: Karriere' && germanIds.has(s.question.id)),
    ).toBe(true);
  });

  it('say when a topic has been quiet, in German plural forms', () => {
    const picked = suggestQuestions(
      makeInput({
        library: builtInQuestions,
        language: 'de',
        pastMeetings: weeklyMeetings(10),
        notes: [{ at: daysAgo(49), topics: ['career'] }],
      }),
    );
    expect(picked.map((s) => s.reason)).toContain('Karriere: seit 7 Wochen kein Thema');
  });

  it('word "from last time" questions in German, in both forms of address', () => {
    const picked = suggestQuestions(
      makeInput({
        library: builtInQuestions,
        language: 'de',
        openActions: [
          { id: 'a1', text: 'Angebot für Müller', owner: 'me', createdAt: daysAgo(10) },
        ],
      }),
    );
    const memory = picked.find((s) => s.kind === 'from-last-time');
    expect(memory?.reason).toMatch(/^vom letzten Mal: deine offene Aufgabe seit 20\. Feb\.?$/);
    expect(memory?.question.lang).toBe('de');
    expect(questionText(memory!.question, 'du')).toBe(
      'Was möchtest du von mir zu „Angebot für Müller“ hören?',
    );
    expect(questionText(memory!.question, 'sie')).toBe(
      'Was möchten Sie von mir zu „Angebot für Müller“ hören?',
    );
    expect(followUpsOf(memory!.question, 'sie')).toEqual([
      'Was hat sich für Sie geändert, seit wir das vereinbart haben?',
      'Wann würde es Ihnen am meisten helfen?',
    ]);
  });

  it('show a shipped German question and its follow-ups in the address Settings chose', () => {
    const q = germanQuestions.find((x) => x.id === 'de-wellbeing-wie-geht-es')!;
    expect(questionText(q, 'du')).toBe('Wie geht es dir gerade?');
    expect(questionText(q, 'sie')).toBe('Wie geht es Ihnen gerade?');
    expect(followUpsOf(q, 'du')).toEqual([
      'Was steckt hinter diesem Gefühl?',
      'Was wäre eine kleine Sache, die bis zu unserem nächsten Gespräch helfen würde?',
    ]);
    const next = germanQuestions.find((x) => x.id === 'de-wellbeing-energie')!;
    expect(followUpsOf(next, 'du')[1]).toMatch(/du mir erzählt hast/);
    expect(followUpsOf(next, 'sie')[1]).toMatch(/Sie mir erzählt haben/);
  });

  it('give a question without follow-ups generic ones in the UI language and address', () => {
    const own = {
      id: 'own:1',
      text: 'Was treibt dich an?',
      category: 'deeper' as const,
      depth: 2 as const,
      relationships: ['report' as const],
      lang: 'de' as const,
    };
    expect(followUpsOf(own, 'du')).toEqual([
      'Was fällt dir dazu noch ein?',
      'Was möchtest du jetzt damit machen?',
    ]);
    expect(followUpsOf(own, 'sie')).toEqual([
      'Was fällt Ihnen dazu noch ein?',
      'Was möchten Sie jetzt damit machen?',
    ]);
  });

  it('fill the user’s words after splitting the forms, so braces they typed stay as typed', () => {
    const text = addressedMessage('memoryTheirActionText', { item: '{a|b} klären' });
    expect(inAddress(text, 'sie')).toBe('Wie kommt „{a|b} klären“ voran?');
  });
});
