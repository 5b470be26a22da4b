/**
 * The blind German set: 45 problematic questions (five of each kind) and 45 supportive ones (29
 * near-misses on purpose), written on 2026-12-03 by a second writer who never saw the rules, the
 * other sets or the code — only the nine kinds' definitions. Measured on two commits (the intent
 * layer, then the structure layer), both first runs recorded in docs/QUESTIONS.md. Do not tune
 * the rules on it: a fix made after reading it turns it into development data, and the docs must
 * then say so.
 */
import type { LabelledProblem } from '../tone-case-types';
export const blindProblemsDe: LabelledProblem[] = [
  // leading
  ['leading', 'Das neue Ticketsystem ist doch eigentlich viel übersichtlicher, oder?'],
  ['leading', 'Finden Sie nicht auch, dass wir die Schulung lieber ins Frühjahr schieben sollten?'],
  ['leading', 'Wäre es nicht sinnvoller, wenn du den Kunden Huber einfach an den Markus abgibst?'],
  [
    'leading',
    'Sie sehen das doch sicher genauso wie ich, dass die Nachtschicht so nicht weitergehen kann?',
  ],
  ['leading', 'Du bist doch bestimmt auch froh, wenn wir das Projekt endlich abschliessen, gell?'],
  // pressuring
  [
    'pressuring',
    'Ich brauche das Angebot für Bosch bis morgen früh auf dem Tisch – das kriegst du hin, ja?',
  ],
  [
    'pressuring',
    'Frau Kaya fällt drei Wochen aus – Sie übernehmen ab Montag ihre Station zusätzlich, das ist doch kein Problem?',
  ],
  ['pressuring', 'Wann genau kannst du mir zusagen, dass du am Samstag reinkommst?'],
  [
    'pressuring',
    'Können Sie mir bis heute Abend verbindlich bestätigen, dass die Migration bis Freitag steht?',
  ],
  [
    'pressuring',
    'Die Zahlen müssen bis Ende Jänner rauf, egal wie – ich kann also fest mit zehn Abschlüssen von dir rechnen?',
  ],
  // blaming
  ['blaming', 'Warum hast du die Rechnung an den falschen Kunden geschickt?'],
  ['blaming', 'Wer von Ihnen hat denn die Charge freigegeben, ohne die Messwerte zu prüfen?'],
  ['blaming', 'Wie konnte es passieren, dass Sie den Bescheid drei Wochen liegen gelassen haben?'],
  ['blaming', 'Wieso haben Sie den Release-Termin nicht gehalten, obwohl alles abgesprochen war?'],
  [
    'blaming',
    'An wem lag es denn jetzt, dass dein Pitch bei der Sparkasse in die Hose gegangen ist?',
  ],
  // loaded
  ['loaded', 'Warum bist du in letzter Zeit eigentlich so unmotiviert?'],
  ['loaded', 'Weshalb reagieren Sie immer gleich so empfindlich, wenn man Ihnen etwas sagt?'],
  ['loaded', 'Was ist eigentlich dein Problem mit dem neuen Teamleiter?'],
  ['loaded', 'Seit wann ist Ihnen die Qualität eigentlich egal?'],
  ['loaded', 'Wieso bist du bei Kundenterminen immer so unvorbereitet?'],
  // interrogating
  ['interrogating', 'Wo waren Sie gestern zwischen zwei und vier, Ihr Telefon war ja aus?'],
  [
    'interrogating',
    'Schreib mir bitte mal genau auf, was du heute Vormittag Stunde für Stunde gemacht hast – was war von neun bis zwölf?',
  ],
  ['interrogating', 'Mit wem haben Sie in der Mittagspause über die Umstrukturierung gesprochen?'],
  ['interrogating', 'Sag mir jetzt ehrlich: Warst du am Montag wirklich krank?'],
  [
    'interrogating',
    'Laut Zeiterfassung haben Sie am Dienstag erst um 8:47 gestempelt – wo waren Sie denn vorher?',
  ],
  // passive-aggressive
  [
    'passive-aggressive',
    'Wie ich Ihnen schon dreimal gesagt habe: Wann bekomme ich denn nun das Protokoll?',
  ],
  [
    'passive-aggressive',
    'Schön, dass Sie sich auch mal wieder blicken lassen – wie war denn Ihr Urlaub?',
  ],
  [
    'passive-aggressive',
    'Na, hast du es heute geschafft, die Mails zu lesen, oder ist das zu viel verlangt?',
  ],
  [
    'passive-aggressive',
    'Ich will ja nicht drängeln, aber falls es Ihnen zeitlich irgendwann passt, könnten Sie vielleicht mal den Bericht schicken?',
  ],
  [
    'passive-aggressive',
    'Super, wieder mal ein Last-Minute-Wunder – planst du eigentlich absichtlich so?',
  ],
  // performance-hinting
  [
    'performance-hinting',
    'Sie wissen schon, dass bei der nächsten Umstrukturierung genau hingeschaut wird, wer was beiträgt?',
  ],
  [
    'performance-hinting',
    'Deine Probezeit läuft Ende März aus – meinst du, so wie es gerade läuft, reicht das?',
  ],
  [
    'performance-hinting',
    'Glauben Sie, dass Sie auf Dauer wirklich die richtige Person für diese Stelle sind?',
  ],
  [
    'performance-hinting',
    'Die Geschäftsleitung fragt schon nach dir – was soll ich denen eigentlich sagen?',
  ],
  [
    'performance-hinting',
    'Es gibt ja genug Leute, die sich auf Ihre Stelle bewerben würden – ist Ihnen das bewusst?',
  ],
  // closed
  ['closed', 'Bist du zufrieden mit deinem neuen Team?'],
  ['closed', 'Läuft alles rund bei Ihnen auf der Station?'],
  ['closed', 'Geht es dir gut mit der ganzen Umstellung?'],
  ['closed', 'Sind Sie mit Ihrer Rolle im Projekt glücklich?'],
  ['closed', 'Passt die Zusammenarbeit mit dem Vertriebsteam für dich?'],
  // double-barrelled
  [
    'double-barrelled',
    'Wie kommst du mit dem neuen CRM zurecht, und wie läuft es eigentlich mit deinem Umzug?',
  ],
  [
    'double-barrelled',
    'Was halten Sie vom neuen Schichtmodell und wann wollen Sie Ihren Urlaub nehmen?',
  ],
  [
    'double-barrelled',
    'Wie war die Messe in Hannover und hast du schon die Reisekosten eingereicht?',
  ],
  ['double-barrelled', 'Wie geht es Ihnen im Team, und was sind Ihre Ziele fürs nächste Jahr?'],
  [
    'double-barrelled',
    'Was bremst dich gerade beim Refactoring, und wie siehst du deine Entwicklung in zwei Jahren?',
  ],
];
export const blindSupportiveDe: string[] = [
  // near-misses: sincere praise with immer/ständig
  'Du bist immer so gut vorbereitet bei Kundenterminen – wie machst du das eigentlich?',
  'Sie helfen ständig den neuen Kolleginnen auf der Station – was davon macht Ihnen am meisten Freude?',
  'Ich merke, dass du immer als Erste die Fehler im Code-Review findest – wie können wir das fürs ganze Team nutzbar machen?',
  'Sie haben ja immer ein offenes Ohr für die Auszubildenden – was brauchen Sie, damit das nicht zu Lasten Ihrer eigenen Arbeit geht?',
  // near-misses: shared trigger words in open, supportive questions
  'Warum ist dir das Thema Barrierefreiheit so wichtig? Ich würde gern verstehen, was dich daran antreibt.',
  'Was genau hat Ihnen an dem Workshop in Linz gefallen?',
  'Ich freue mich über ehrliche Rückmeldung: Was könnte ich als Ihre Vorgesetzte besser machen?',
  'Was hilft Ihnen, am Wochenende wirklich abzuschalten, wenn die Woche so heftig war wie diese?',
  'Wie können wir es so einrichten, dass du am Wochenende nicht mehr erreichbar sein musst?',
  'Was brauchst du, um die Frist für den Förderantrag entspannt zu halten?',
  'Wenn die Frist für die Ausschreibung zu knapp ist, was sollen wir dafür von Ihrem Tisch nehmen?',
  'Was können wir aus dem Fehler bei der Auslieferung lernen, damit der Prozess künftig robuster ist?',
  'Der Drucker in der Poststelle streikt schon wieder – was würde Ihnen im Alltag am meisten helfen?',
  'Bis wann wäre das für dich realistisch, ohne dass du Überstunden machen musst?',
  'Welche Sorgen beschäftigen Sie gerade beim Thema Umstrukturierung?',
  'Wo siehst du Risiken für die Frist am 15., bei denen ich dir den Rücken freihalten kann?',
  'Was genau bräuchten Sie von mir, damit die Einarbeitung von Herrn Yilmaz gut klappt?',
  'Warum glaubst du, hat der Kunde so positiv auf dein Konzept reagiert? Ich will verstehen, was wir wiederholen können.',
  'Du hast schon wieder einen neuen Rekord im Service-Level geholt – wie möchtest du, dass wir das feiern?',
  'Was fehlt Ihnen noch, damit Sie sich bei den Fehlermeldungen aus der Fertigung sicher fühlen?',
  'Bis wann möchtest du dir Zeit nehmen, um dir über den Wechsel ins andere Team klar zu werden?',
  'Wer könnte Sie bei der Frist unterstützen? Ich helfe gern, das zu organisieren.',
  'Ehrlich gesagt bin ich beeindruckt, wie du das gelöst hast – was war für dich der Knackpunkt?',
  // near-misses: yes/no questions that are offers or permission
  'Möchtest du, dass ich beim nächsten Kundentermin mitkomme?',
  'Darf ich Ihnen ein kurzes Feedback zur Präsentation geben?',
  'Soll ich mit der Bereichsleitung reden, damit du mehr Zeit für die Einarbeitung bekommst?',
  'Wäre es Ihnen recht, wenn wir das Gespräch nächste Woche in Ruhe fortsetzen?',
  'Ist es okay für dich, wenn ich deine Idee im Abteilungsmeeting vorstelle und dich dabei nenne?',
  'Kann ich dir irgendwas abnehmen, damit die Woche ruhiger wird?',
  // plain supportive, open questions
  'Was beschäftigt Sie gerade am meisten?',
  'Wie geht es dir gerade so, mit allem, was zuhause los ist?',
  'Was war für Sie das Highlight der letzten zwei Wochen?',
  'Woran arbeitest du gerade am liebsten?',
  'Welche Aufgabe raubt Ihnen im Moment am meisten Energie?',
  'Was würdest du gern lernen, wenn du dir im nächsten Jahr ein Thema aussuchen könntest?',
  'Wie erleben Sie die Zusammenarbeit mit der Kämmerei seit der Umstellung?',
  'Was kann ich konkret tun, um dich bei der Kundenakquise zu unterstützen?',
  'Wohin möchten Sie sich in den nächsten zwei, drei Jahren entwickeln?',
  'Was läuft in Ihrer Frühschicht gut, das wir beibehalten sollten?',
  'Welche Rückmeldung von mir wäre dir gerade am hilfreichsten?',
  'Was hat Sie an der neuen Agenturstruktur überrascht, positiv wie negativ?',
  'Wenn du an die letzte Sprint-Retro denkst: Was ist bei dir hängen geblieben?',
  'Was würde Ihnen helfen, sich im Team noch wohler zu fühlen?',
  'Wie möchtest du künftig über den Projektstand informiert werden – eher schriftlich oder im Gespräch?',
  'Was brauchst du von mir, damit du dich bei den Bewohnergesprächen sicherer fühlst?',
];
