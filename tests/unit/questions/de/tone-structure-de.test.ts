import { describe, expect, it } from 'vitest';
import { toneHintsDe } from '../../../../lib/questions/de/tone';
import type { ToneKind } from '../../../../lib/questions/tone';

/** One wording per structure, in both forms of address: the structure must be heard in each. */
const BOTH_FORMS: [ToneKind, string, string][] = [
  [
    'closed',
    'Warst du mit der Übergabe einverstanden?',
    'Waren Sie mit der Übergabe einverstanden?',
  ],
  ['closed', 'Passt dir die neue Schicht?', 'Passt Ihnen die neue Schicht?'],
  [
    'leading',
    'Das Konzept ist stark, findest du nicht?',
    'Das Konzept ist stark, finden Sie nicht?',
  ],
  ['leading', 'Alle wollen das, du etwa nicht?', 'Alle wollen das, Sie etwa nicht?'],
  ['leading', 'Solltest du nicht erst fragen?', 'Sollten Sie nicht erst fragen?'],
  [
    'pressuring',
    'Das machst du mit, das ist ja kein Problem?',
    'Das machen Sie mit, das ist ja kein Problem?',
  ],
  [
    'pressuring',
    'Ich rechne fest damit, dass du kommst.',
    'Ich rechne fest damit, dass Sie kommen.',
  ],
  [
    'blaming',
    'Wie ist es passiert, dass du die Frist verpasst hast?',
    'Wie ist es passiert, dass Sie die Frist verpasst haben?',
  ],
  ['blaming', 'Ist dir klar, was das gekostet hat?', 'Ist Ihnen klar, was das gekostet hat?'],
  ['loaded', 'Woher kommt deine Trägheit?', 'Woher kommt Ihre Trägheit?'],
  [
    'loaded',
    'Warum bist du bei Terminen so unpünktlich?',
    'Warum sind Sie bei Terminen so unpünktlich?',
  ],
  [
    'performance-hinting',
    'Siehst du dich wirklich auf Dauer hier?',
    'Sehen Sie sich wirklich auf Dauer hier?',
  ],
  [
    'performance-hinting',
    'Die Leitung fragt nach dir – weißt du warum?',
    'Die Leitung fragt nach Ihnen – wissen Sie warum?',
  ],
  [
    'passive-aggressive',
    'Schaffst du es zur Abwechslung pünktlich?',
    'Schaffen Sie es zur Abwechslung pünktlich?',
  ],
  [
    'double-barrelled',
    'Wie lief die Demo, und welche Fragen kamen?',
    'Wie lief die Demo, und welche Fragen hatten Sie?',
  ],
  ['interrogating', 'Zeig mir mal deinen Kalender?', 'Zeigen Sie mir mal Ihren Kalender?'],
];

/** Same frames, no edge: offers, permission, choices, sincere thanks, neutral nouns. */
const NEAR_MISSES = [
  'Möchten Sie, dass ich das übernehme?',
  'Darf ich dir etwas zu deinem Vortrag sagen?',
  'Soll ich Ihnen die Unterlagen vorab schicken?',
  'Passt es dir am Dienstag oder lieber am Mittwoch?',
  'Danke, dass du eingesprungen bist – wie war es für dich?',
  'Welches Projekt oder welche Aufgabe reizt dich am meisten?',
  'Wie sehen Sie Ihre Zukunft im Team?',
  'Was steckt hinter Ihrem Vorschlag?',
  'Wie ist es dazu gekommen, dass Sie Mentorin geworden sind?',
  'Bis wann brauchen Sie meine Rückmeldung?',
];

describe('German tone lint, structure layer', () => {
  it.each(BOTH_FORMS)('hears %s with du and with Sie: %s', (kind, du, sie) => {
    expect(toneHintsDe(du).map((h) => h.kind)).toContain(kind);
    expect(toneHintsDe(sie).map((h) => h.kind)).toContain(kind);
  });

  it.each(NEAR_MISSES)('leaves a supportive near-miss alone: %s', (text) => {
    expect(toneHintsDe(text)).toEqual([]);
  });
});
