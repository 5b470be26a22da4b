/**
 * Round 3 of the German tone cases, now development data. Written as a held-aside set for the
 * intent layer: written in one go on 2026-12-03 AFTER the German
 * intent rules (lib/questions/de/tone-intent-rules.ts) were final and committed, in fresh wording
 * (not variations of the development cases), measured once (precision 0.90, recall 0.25; docs/QUESTIONS.md keeps
 * that run as history), then read while writing the structure layer
 * (lib/questions/de/tone-structure-rules.ts): development data since. 36 problematic, four of each kind; 35 supportive with near-misses on purpose:
 * sincere praise with "immer", open questions that share trigger words ("Probezeit", "Wie schnell",
 * "am Wochenende", "Was genau", "ehrlich"), offers that are fine as yes/no, both du and Sie. The same
 * person wrote the rules and this set, knowing the rules: an honest check, not an independent one.
 */
import type { LabelledProblem } from '../tone-case-types';

export const roundThreeProblemsDe: LabelledProblem[] = [
  ['pressuring', 'Ich brauche die Folien vor dem Lenkungskreis, das geht sich doch aus?'],
  [
    'pressuring',
    'Sie übernehmen die Vertretung nächste Woche mit, das ist ja kein Problem für Sie?',
  ],
  ['pressuring', 'Können wir fest damit rechnen, dass du die Migration am Wochenende durchziehst?'],
  [
    'pressuring',
    'Wann genau bekomme ich von Ihnen die überarbeitete Kalkulation – heute oder morgen früh?',
  ],
  ['blaming', 'Wie ist es passiert, dass du den Vertrag ohne Freigabe rausgeschickt hast?'],
  ['blaming', 'Wer hat Ihnen gesagt, dass Sie den Kunden vertrösten können?'],
  ['blaming', 'Welche Ausrede hast du diesmal für die fehlenden Testfälle?'],
  ['blaming', 'Ist Ihnen eigentlich klar, was Ihr Fehler die Firma gekostet hat?'],
  ['leading', 'Wir wären doch beide froh, wenn du die Teamleitung übernimmst, nicht?'],
  ['leading', 'Die Kündigung von Frau Berger war letztlich richtig, sehen Sie das nicht auch?'],
  ['leading', 'Jeder vernünftige Mensch würde den alten Server abschalten – du etwa nicht?'],
  ['leading', 'Es spricht ja alles für die neue Agentur, da sind Sie sicher bei mir?'],
  ['loaded', 'Woran liegt es, dass du mit Kritik so schlecht umgehen kannst?'],
  ['loaded', 'Seit wann haben Sie eigentlich keine Lust mehr auf Ihre Aufgaben?'],
  ['loaded', 'Wie kriegen wir deine Schusseligkeit in den Griff?'],
  ['loaded', 'Was steckt hinter Ihrer ablehnenden Haltung gegenüber dem Team?'],
  ['interrogating', 'Wieso warst du am Dienstag zwei Stunden nicht am Platz?'],
  ['interrogating', 'Mit wem haben Sie sich letzte Woche zum Mittagessen getroffen?'],
  ['interrogating', 'Zeig mir bitte mal deinen Kalender der letzten Woche, was war da alles?'],
  ['interrogating', 'Haben Sie ein Angebot von der Konkurrenz bekommen, ja oder nein?'],
  ['performance-hinting', 'Siehst du dich auf Dauer wirklich in diesem Team?'],
  ['performance-hinting', 'Die Geschäftsführung fragt schon nach Ihnen – wissen Sie, warum?'],
  ['performance-hinting', 'Wie stellst du dir deine Zukunft hier vor, wenn es so weitergeht?'],
  ['performance-hinting', 'Glauben Sie, dass Sie das Niveau der Senior-Rolle halten können?'],
  ['passive-aggressive', 'Ach, du hast heute also doch Zeit für unser Gespräch?'],
  [
    'passive-aggressive',
    'Danke, dass Sie sich die Mühe gemacht haben, meine Anmerkungen zu ignorieren – wie geht es weiter?',
  ],
  ['passive-aggressive', 'Ich frage jetzt zum dritten Mal: Wo steht die Abrechnung?'],
  [
    'passive-aggressive',
    'Falls es Ihre Zeit erlaubt: Könnten Sie das Protokoll diesmal vollständig schreiben?',
  ],
  [
    'double-barrelled',
    'Wie fandest du den Workshop, und welche Themen willst du im nächsten Quartal angehen?',
  ],
  ['double-barrelled', 'Was belastet Sie gerade am meisten? Und wie könnte die Lösung aussehen?'],
  [
    'double-barrelled',
    'Wie kommst du mit dem neuen Kunden zurecht und wann ist die erste Lieferung fällig?',
  ],
  [
    'double-barrelled',
    'Welche Ziele haben Sie sich gesetzt, woran messen Sie den Erfolg, und wer soll davon erfahren?',
  ],
  ['closed', 'War die Woche in Ordnung für dich?'],
  ['closed', 'Passt Ihnen die neue Aufgabenverteilung?'],
  ['closed', 'Bist du mit meiner Art zu führen einverstanden?'],
  ['closed', 'Sind Sie mit der Einarbeitung gut zurechtgekommen?'],
];

export const roundThreeSupportiveDe: string[] = [
  'Du hast immer ein offenes Ohr für die Neuen – wer hat dir das vorgelebt?',
  'Ihre Protokolle sind immer so übersichtlich; wie gehen Sie dabei vor?',
  'Du bleibst immer ruhig, wenn es hektisch wird – was hilft dir dabei?',
  'Was hat dir geholfen, in der Probezeit anzukommen?',
  'Wann hast du zuletzt richtig abgeschaltet?',
  'Was genau möchten Sie im Mentoring vertiefen?',
  'Wie schnell möchtest du in die neue Rolle hineinwachsen?',
  'Wo haben Sie zuletzt etwas Neues gelernt?',
  'Was würden Sie anders machen, wenn Sie das Projekt noch einmal starten könnten?',
  'Warum hast du dich damals für die Entwicklung entschieden?',
  'Welche Sorgen nimmst du aus dem letzten Release mit?',
  'Womit verbringst du gerade die meiste Zeit?',
  'Was brauchen Sie, um am Wochenende wirklich frei zu haben?',
  'Wie viel Verantwortung möchten Sie im nächsten Jahr übernehmen?',
  'Welche Entscheidung der letzten Wochen hat Sie überrascht?',
  'Wie erlebst du die Zusammenarbeit mit dem Vertrieb?',
  'Was machst du, wenn dir ein Tag zu voll wird?',
  'Erzähl mal: Was war dein Highlight im letzten Monat?',
  'Was würde Ihnen helfen, sich in Meetings öfter einzubringen?',
  'Woran merken Sie, dass Sie gut vorbereitet sind?',
  'Möchtest du, dass ich dein Projekt in der Führungsrunde vorstelle?',
  'Darf ich Ihnen eine Rückmeldung zu Ihrer Präsentation geben?',
  'Welche Themen würdest du gern noch vertiefen, solange du im Support bist?',
  'Was hältst du von der neuen Urlaubsregelung?',
  'Wofür möchten Sie in einem Jahr bekannt sein?',
  'Was ist Ihnen von unserem letzten Gespräch im Kopf geblieben?',
  'Was ist für dich ein guter Grund, Nein zu sagen?',
  'Wie kann ich Sie entlasten, solange die Stelle unbesetzt ist?',
  'Welche Gewohnheit hat dir in stressigen Phasen gutgetan?',
  'Was läuft in Ihrem Team besser als noch vor einem halben Jahr?',
  'Wem im Team möchtest du mal Danke sagen?',
  'Ehrlich gefragt, was interessiert dich an der Stelle in München?',
  'Was können wir tun, damit du nicht mehr so oft einspringen musst?',
  'Wie geht es Ihnen heute, ganz ohne Projektthemen?',
  'Was wünschst du dir für unsere Einzelgespräche?',
];
