import { describe, expect, it } from 'vitest';
import { toneHintsDe } from '../../../../lib/questions/de/tone';
import type { ToneKind } from '../../../../lib/questions/tone';

/**
 * The intent layer (lib/questions/de/tone-intent-rules.ts) hears both forms of address: each row
 * is one intent, said once with du and once with Sie; both must get the labelled kind.
 */
const BOTH_FORMS: readonly (readonly [ToneKind, string, string])[] = [
  ['interrogating', 'Was genau hast du gestern gemacht?', 'Was genau haben Sie gestern gemacht?'],
  [
    'interrogating',
    'Was hast du zwischen 9 und 11 Uhr gemacht?',
    'Was haben Sie zwischen 9 und 11 Uhr gemacht?',
  ],
  [
    'interrogating',
    'Was machst du eigentlich den ganzen Tag?',
    'Was machen Sie eigentlich den ganzen Tag?',
  ],
  ['interrogating', 'Wo hast du denn gesteckt?', 'Wo haben Sie denn gesteckt?'],
  [
    'interrogating',
    'Warum hast du dich so früh ausgeloggt?',
    'Warum haben Sie sich so früh ausgeloggt?',
  ],
  ['interrogating', 'Wann bist du heute gegangen?', 'Wann sind Sie heute gegangen?'],
  ['interrogating', 'Wie lange war deine Mittagspause?', 'Wie lange war Ihre Mittagspause?'],
  [
    'interrogating',
    'Mit wem hast du gestern so lange telefoniert?',
    'Mit wem haben Sie gestern so lange telefoniert?',
  ],
  ['interrogating', 'Wer hat dir das erlaubt?', 'Wer hat Ihnen das erlaubt?'],
  ['interrogating', 'Bewirbst du dich gerade woanders?', 'Bewerben Sie sich gerade woanders?'],
  [
    'interrogating',
    'Schick mir bitte eine Liste, was du wann gemacht hast.',
    'Schicken Sie mir bitte eine Liste, was Sie wann gemacht haben.',
  ],
  [
    'passive-aggressive',
    'Wie ich dir bereits geschrieben habe, wo ist die Präsentation?',
    'Wie ich Ihnen bereits geschrieben habe, wo ist die Präsentation?',
  ],
  [
    'passive-aggressive',
    'Hatte ich dich nicht schon darum gebeten?',
    'Hatte ich Sie nicht schon darum gebeten?',
  ],
  [
    'passive-aggressive',
    'Lässt du dich auch mal wieder blicken?',
    'Lassen Sie sich auch mal wieder blicken?',
  ],
  [
    'passive-aggressive',
    'Hast du meine Mail überhaupt gelesen?',
    'Haben Sie meine Mail überhaupt gelesen?',
  ],
  [
    'passive-aggressive',
    'Es wäre schön, wenn du mal pünktlich wärst – was brauchst du dafür?',
    'Es wäre schön, wenn Sie mal pünktlich wären – was brauchen Sie dafür?',
  ],
  [
    'passive-aggressive',
    'Weißt du noch, was wir besprochen hatten?',
    'Wissen Sie noch, was wir vereinbart hatten?',
  ],
  [
    'performance-hinting',
    'Muss ich mir um deine Zahlen in diesem Quartal Sorgen machen?',
    'Muss ich mir um Ihre Zahlen in diesem Quartal Sorgen machen?',
  ],
  [
    'performance-hinting',
    'Kommst du mit dem Tempo im Team noch mit?',
    'Kommen Sie mit dem Tempo im Team noch mit?',
  ],
  [
    'performance-hinting',
    'Hältst du mit den anderen noch Schritt?',
    'Halten Sie mit den anderen noch Schritt?',
  ],
  ['performance-hinting', 'Bist du der Rolle gewachsen?', 'Sind Sie der Rolle gewachsen?'],
  [
    'performance-hinting',
    'Ist das noch das Richtige für dich?',
    'Ist das noch das Richtige für Sie?',
  ],
  [
    'performance-hinting',
    'Kann ich mich noch auf dich verlassen?',
    'Kann ich mich noch auf Sie verlassen?',
  ],
  [
    'performance-hinting',
    'Einige im Team haben sich über dich beschwert, was sagst du dazu?',
    'Einige im Team haben sich über Sie beschwert, was sagen Sie dazu?',
  ],
  [
    'performance-hinting',
    'Wie läuft es in deiner Probezeit bisher?',
    'Wie läuft es in Ihrer Probezeit bisher?',
  ],
  ['blaming', 'Was hast du dir dabei gedacht?', 'Was haben Sie sich dabei gedacht?'],
  ['blaming', 'Was ist in dich gefahren?', 'Was ist in Sie gefahren?'],
  [
    'blaming',
    'Wie hast du es geschafft, den Kunden zu verlieren?',
    'Wie haben Sie es geschafft, den Kunden zu verlieren?',
  ],
  ['blaming', 'Warum hast du das Ticket ignoriert?', 'Warum haben Sie das Ticket ignoriert?'],
  [
    'blaming',
    'Hilf mir zu verstehen, warum das so lange gedauert hat.',
    'Helfen Sie mir zu verstehen, warum das so lange gedauert hat.',
  ],
  ['blaming', 'Wie willst du das wiedergutmachen?', 'Wie wollen Sie das wiedergutmachen?'],
  ['blaming', 'Wie erklärst du dir den Ausfall?', 'Wie erklären Sie sich den Ausfall?'],
  [
    'blaming',
    'Lag es an dir, dass der Termin geplatzt ist?',
    'Lag es an Ihnen, dass der Termin geplatzt ist?',
  ],
  ['pressuring', 'Kriegst du das bis Freitag hin?', 'Kriegen Sie das bis Freitag hin?'],
  ['pressuring', 'Schaffst du das bis morgen?', 'Schaffen Sie das bis morgen?'],
  [
    'pressuring',
    'Kannst du mir zusagen, dass es klappt?',
    'Können Sie mir zusagen, dass es klappt?',
  ],
  [
    'pressuring',
    'Könntest du am Wochenende kurz reinschauen?',
    'Könnten Sie am Wochenende kurz reinschauen?',
  ],
  [
    'pressuring',
    'Kannst du das Projekt nebenbei übernehmen?',
    'Können Sie das Projekt nebenbei übernehmen?',
  ],
  ['pressuring', 'Das klärst du bis morgen, ja?', 'Das klären Sie bis morgen, ja?'],
  [
    'leading',
    'Der Plan ist zu ehrgeizig – siehst du das auch so?',
    'Der Plan ist zu ehrgeizig – sehen Sie das auch so?',
  ],
  ['leading', 'Siehst du nicht, dass das Team leidet?', 'Sehen Sie nicht, dass das Team leidet?'],
  [
    'leading',
    'Du wirst mir sicher zustimmen, dass das zu teuer ist?',
    'Sie werden mir sicher zustimmen, dass das zu teuer ist?',
  ],
  ['leading', 'Du kommst doch morgen?', 'Sie kommen doch morgen?'],
  [
    'loaded',
    'Dir fehlt gerade der Biss, woran liegt das?',
    'Ihnen fehlt gerade der Biss, woran liegt das?',
  ],
  ['loaded', 'Woher kommt deine mangelnde Sorgfalt?', 'Woher kommt Ihre mangelnde Sorgfalt?'],
  [
    'loaded',
    'Wie gehen wir mit deinem Motivationsproblem um?',
    'Wie gehen wir mit Ihrem Motivationsproblem um?',
  ],
  ['loaded', 'Warum stellst du dich so quer?', 'Warum stellen Sie sich so quer?'],
  ['loaded', 'Warum nimmst du alles so persönlich?', 'Warum nehmen Sie alles so persönlich?'],
  ['loaded', 'Wann hörst du auf, dich zu beschweren?', 'Wann hören Sie auf, sich zu beschweren?'],
  ['closed', 'Macht dir die Arbeit Spaß?', 'Macht Ihnen die Arbeit Spaß?'],
  ['closed', 'Gefällt dir die neue Rolle?', 'Gefällt Ihnen die neue Rolle?'],
  ['closed', 'Hat dir das Feedback geholfen?', 'Hat Ihnen das Feedback geholfen?'],
  ['closed', 'Fühlst du dich im Team wohl?', 'Fühlen Sie sich im Team wohl?'],
  ['closed', 'Kommst du mit dem neuen Tool klar?', 'Kommen Sie mit dem neuen Tool klar?'],
  ['closed', 'Alles gut bei dir?', 'Alles gut bei Ihnen?'],
  [
    'double-barrelled',
    'Wie zufrieden bist du mit dem Projekt, und was würdest du ändern?',
    'Wie zufrieden sind Sie mit dem Projekt, und was würden Sie ändern?',
  ],
];

/** Near-misses: the trigger words of the intent rules in open, supportive questions. */
const NEAR_MISSES: readonly string[] = [
  'Was genau hat dir an dem Projekt Spaß gemacht?',
  'Wann arbeitest du am liebsten, zwischen acht und zehn?',
  'Mit wem würdest du gern enger zusammenarbeiten?',
  'Wie offen kannst du hier sprechen?',
  'Kommst du heute Abend mit zum Teamessen?',
  'Was brauchst du, damit du das bis Freitag schaffst?',
  'Was ist heute noch offen bei dir?',
  'Was hast du neulich ganz nebenbei gelernt?',
  'Wie kommt es, dass du dich für Design interessierst?',
  'Hilf mir zu verstehen, warum dir das wichtig ist.',
  'Wie würden Sie das einem neuen Kollegen erklären?',
  'Was macht Ihnen an der Arbeit Spaß?',
  'Ist es okay für dich, wenn wir das verschieben?',
  'Ist es für Sie in Ordnung, wenn wir heute früher aufhören?',
  'Magst du erzählen, wie es dir geht?',
  'Soll ich das Thema im Team ansprechen, oder lieber nicht?',
  'Sie sind immer so gut vorbereitet – wie machen Sie das?',
  'Du bist immer so geduldig mit neuen Leuten, was ist dein Trick?',
  'Was fehlt dir, damit du motiviert bleibst?',
  'Welche Rolle wäre die richtige für Sie?',
  'Wann lernst du am besten?',
  'Was läuft gut, und was weniger?',
  'Wie und wann sollen wir das nachhalten?',
  'Wie geht es Ihnen mit dem neuen Tempo im Team?',
  'Hattest du Zeit, dir das Konzept anzusehen?',
  'Was ist doch anders gekommen als gedacht?',
];

describe('German tone lint, intent layer', () => {
  it.each(BOTH_FORMS)('hears %s with du and with Sie: %s', (kind, du, sie) => {
    expect(toneHintsDe(du).map((h) => h.kind)).toContain(kind);
    expect(toneHintsDe(sie).map((h) => h.kind)).toContain(kind);
  });

  it.each(NEAR_MISSES)('leaves a supportive near-miss alone: %s', (text) => {
    expect(toneHintsDe(text)).toEqual([]);
  });

  it('tells praise with „immer“ from a verdict', () => {
    expect(toneHintsDe('Du hast immer so gute Ideen – welche hast du gerade?')).toEqual([]);
    expect(
      toneHintsDe('Du bist immer so unzuverlässig – woran liegt das?').map((h) => h.kind),
    ).toContain('loaded');
    expect(toneHintsDe('Sie kommen immer zu spät, warum?').map((h) => h.kind)).toContain('loaded');
  });

  it('shows the words that carry the intent', () => {
    const [hint] = toneHintsDe('Das lief doch gut?');
    expect(hint).toMatchObject({ kind: 'leading', phrase: 'doch', index: 9 });
    expect(toneHintsDe('Was haben Sie sich dabei gedacht?')[0]?.phrase).toBe('sich dabei gedacht');
  });
});
