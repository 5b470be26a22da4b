/**
 * GROW-Coaching (Ziel, Realität, Optionen, Wille): Fragen, mit denen die Person ihre eigene
 * Antwort findet. Im GROW-Modus fragt Tandem eine Frage je Schritt, in dieser Reihenfolge.
 */
import type { Relationships } from '../../catalogue/define';
import { germanGrowQuestions } from '../define';

/** Coaching passt zu Menschen, die ich begleite, und zu Kollegen, die mit mir nachdenken wollen. */
const COACHEES: Relationships = ['report', 'mentee', 'skip-level', 'peer'];

const goal = germanGrowQuestions('goal', [
  'Wie {würdest du|würden Sie} dieses Ziel nennen, damit wir darauf zurückkommen können?',
]);
const reality = germanGrowQuestions('reality', [
  'Was fällt {dir|Ihnen} auf, wenn {du|Sie} das alles zusammen {anschaust|anschauen}?',
]);
const options = germanGrowQuestions('options', [
  'Welche dieser Möglichkeiten {möchtest du|möchten Sie} im Spiel lassen?',
]);
const will = germanGrowQuestions('will', [
  'Wann {möchtest du|möchten Sie} gemeinsam draufschauen, wie es gelaufen ist?',
]);

export const growQuestionsDe = [
  goal(
    'de-grow-goal-gespraech',
    1,
    COACHEES,
    'Was {möchtest du|möchten Sie} aus diesem Gespräch mitnehmen?',
    'Was wäre dafür das Wichtigste, das wir heute klären?',
  ),
  goal(
    'de-grow-goal-ergebnis',
    2,
    COACHEES,
    'Wie sähe ein richtig gutes Ergebnis für {dich|Sie} aus?',
    'Was wäre daran für {dich|Sie} das Beste?',
  ),
  goal(
    'de-grow-goal-merken',
    2,
    COACHEES,
    'Woran {wirst du|werden Sie} merken, dass {du|Sie} {dein|Ihr} Ziel erreicht {hast|haben}?',
    'Wer würde es außer {dir|Ihnen} noch merken?',
  ),
  goal(
    'de-grow-goal-zeitraum',
    2,
    COACHEES,
    'Bis wann {möchtest du|möchten Sie} dort ankommen?',
    'Was macht gerade diesen Zeitpunkt passend?',
  ),
  goal(
    'de-grow-goal-warum',
    3,
    COACHEES,
    'Was macht dieses Ziel für {dich|Sie} wichtig?',
    'Was würde sich ändern, wenn {du|Sie} es {erreichst|erreichen}?',
  ),
  goal(
    'de-grow-goal-satz',
    2,
    COACHEES,
    'Wie {würdest du|würden Sie} {dein|Ihr} Ziel in einem Satz sagen?',
    'Welches Wort darin ist {dir|Ihnen} am wichtigsten?',
  ),
  goal(
    'de-grow-goal-drei-monate',
    3,
    COACHEES,
    'Was soll in drei Monaten anders sein als heute?',
    'Woran würde man das sehen?',
  ),
  goal(
    'de-grow-goal-einfluss',
    2,
    COACHEES,
    'Welcher Teil dieses Ziels liegt in {deiner|Ihrer} Hand?',
    'Wie {gehst du|gehen Sie} mit dem Teil um, der nicht in {deiner|Ihrer} Hand liegt?',
  ),
  reality(
    'de-grow-reality-stand',
    1,
    COACHEES,
    'Wo {stehst du|stehen Sie} gerade damit?',
    'Was ist seit dem letzten Schritt passiert?',
  ),
  reality(
    'de-grow-reality-versucht',
    2,
    COACHEES,
    'Was {hast du|haben Sie} schon ausprobiert?',
    'Was hat es gebracht?',
  ),
  reality(
    'de-grow-reality-bremst',
    2,
    COACHEES,
    'Was bremst {dich|Sie} im Moment am meisten?',
    'Seit wann ist das so?',
  ),
  reality(
    'de-grow-reality-beteiligt',
    2,
    COACHEES,
    'Wer ist außer {dir|Ihnen} noch beteiligt?',
    'Wie sehen die anderen die Lage?',
  ),
  reality('de-grow-reality-gut', 1, COACHEES, 'Was läuft dabei schon gut?', 'Was trägt dazu bei?'),
  reality(
    'de-grow-reality-skala',
    2,
    COACHEES,
    'Auf einer Skala von eins bis zehn: Wo {stehst du|stehen Sie} heute?',
    'Was macht es schon zu dieser Zahl und nicht zu einer niedrigeren?',
  ),
  reality(
    'de-grow-reality-gefuehl',
    3,
    COACHEES,
    'Wie geht es {dir|Ihnen} mit der Situation?',
    'Was davon wiegt am schwersten?',
  ),
  reality(
    'de-grow-reality-annahme',
    3,
    COACHEES,
    'Welche Annahme steckt hinter {deiner|Ihrer} Sicht der Dinge?',
    'Wie könnte man es auch anders sehen?',
  ),
  options(
    'de-grow-options-moeglichkeiten',
    1,
    COACHEES,
    'Welche Möglichkeiten {siehst du|sehen Sie}?',
    'Welche weitere fällt {dir|Ihnen} noch ein?',
  ),
  options(
    'de-grow-options-ohne-grenzen',
    2,
    COACHEES,
    'Was {würdest du|würden Sie} tun, wenn Zeit und Geld keine Rolle spielten?',
    'Was davon ginge auch im Kleinen?',
  ),
  options(
    'de-grow-options-rat',
    2,
    COACHEES,
    'Was {würdest du|würden Sie} jemandem in derselben Lage raten?',
    'Was hält {dich|Sie} davon ab, diesem Rat selbst zu folgen?',
  ),
  options('de-grow-options-noch', 1, COACHEES, 'Was wäre noch denkbar?', 'Und was noch?'),
  options(
    'de-grow-options-klein',
    2,
    COACHEES,
    'Was wäre ein kleiner erster Versuch?',
    'Was {könntest du|könnten Sie} daraus lernen?',
  ),
  options(
    'de-grow-options-vorbild',
    2,
    COACHEES,
    'Wie würde jemand, den {du|Sie} {bewunderst|bewundern}, das angehen?',
    'Was davon passt zu {dir|Ihnen}?',
  ),
  options(
    'de-grow-options-vorteile',
    2,
    COACHEES,
    'Was spricht für die einzelnen Wege?',
    'Und was spricht jeweils dagegen?',
  ),
  options(
    'de-grow-options-mut',
    3,
    COACHEES,
    'Welche Möglichkeit {traust du dich|trauen Sie sich} noch nicht auszusprechen?',
    'Was würde passieren, wenn {du|Sie} sie {aussprichst|aussprechen}?',
  ),
  will(
    'de-grow-will-schritt',
    1,
    COACHEES,
    'Was ist {dein|Ihr} nächster Schritt?',
    'Wie sieht er ganz konkret aus?',
  ),
  will(
    'de-grow-will-wann',
    1,
    COACHEES,
    'Wann {möchtest du|möchten Sie} damit anfangen?',
    'Was {brauchst du|brauchen Sie} bis dahin?',
  ),
  will(
    'de-grow-will-hilfe',
    2,
    COACHEES,
    'Welche Unterstützung {brauchst du|brauchen Sie} dafür?',
    'Von wem am ehesten?',
  ),
  will(
    'de-grow-will-hindernis',
    2,
    COACHEES,
    'Was könnte dazwischenkommen?',
    'Wie {gehst du|gehen Sie} dann damit um?',
  ),
  will(
    'de-grow-will-entschlossen',
    2,
    COACHEES,
    'Wie entschlossen {bist du|sind Sie}, auf einer Skala von eins bis zehn?',
    'Was würde die Zahl um einen Punkt erhöhen?',
  ),
  will(
    'de-grow-will-woche',
    2,
    COACHEES,
    'Was {nimmst du dir|nehmen Sie sich} für diese Woche konkret vor?',
    'Wann genau {wirst du|werden Sie} es tun?',
  ),
  will(
    'de-grow-will-nachhalten',
    2,
    COACHEES,
    'Wie und wann sollen wir wieder darauf schauen?',
    'Was soll bis dahin passiert sein?',
  ),
  will(
    'de-grow-will-erzaehlen',
    3,
    COACHEES,
    'Wem {erzählst du|erzählen Sie} von {deinem|Ihrem} Vorhaben, damit es verbindlich wird?',
    'Wie könnte diese Person {dich|Sie} unterstützen?',
  ),
];
