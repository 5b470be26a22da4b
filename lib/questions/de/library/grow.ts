/**
 * GROW-Coaching (Ziel, Realität, Optionen, Wille): Fragen, mit denen die Person ihre eigene
 * Antwort findet. Im GROW-Modus fragt Tandem eine Frage je Schritt, in dieser Reihenfolge.
 */
import type { Relationships } from '../../catalogue/define';
import { germanGrowQuestions } from '../define';

/** Coaching passt zu Menschen, die ich begleite, und zu Kollegen, die mit mir nachdenken wollen. */
const COACHEES: Relationships = ['report', 'mentee', 'skip-level', 'peer'];

const goal = germanGrowQuestions('goal');
const reality = germanGrowQuestions('reality');
const options = germanGrowQuestions('options');
const will = germanGrowQuestions('will');

export const growQuestionsDe = [
  goal(
    'de-grow-goal-gespraech',
    1,
    COACHEES,
    'Was {möchtest du|möchten Sie} aus diesem Gespräch mitnehmen?',
  ),
  goal(
    'de-grow-goal-ergebnis',
    2,
    COACHEES,
    'Wie sähe ein richtig gutes Ergebnis für {dich|Sie} aus?',
  ),
  goal(
    'de-grow-goal-merken',
    2,
    COACHEES,
    'Woran {wirst du|werden Sie} merken, dass {du|Sie} {dein|Ihr} Ziel erreicht {hast|haben}?',
  ),
  goal('de-grow-goal-zeitraum', 2, COACHEES, 'Bis wann {möchtest du|möchten Sie} dort ankommen?'),
  goal('de-grow-goal-warum', 3, COACHEES, 'Was macht dieses Ziel für {dich|Sie} wichtig?'),
  goal(
    'de-grow-goal-satz',
    2,
    COACHEES,
    'Wie {würdest du|würden Sie} {dein|Ihr} Ziel in einem Satz sagen?',
  ),
  goal('de-grow-goal-drei-monate', 3, COACHEES, 'Was soll in drei Monaten anders sein als heute?'),
  goal(
    'de-grow-goal-einfluss',
    2,
    COACHEES,
    'Welcher Teil dieses Ziels liegt in {deiner|Ihrer} Hand?',
  ),
  reality('de-grow-reality-stand', 1, COACHEES, 'Wo {stehst du|stehen Sie} gerade damit?'),
  reality(
    'de-grow-reality-versucht',
    2,
    COACHEES,
    'Was {hast du|haben Sie} schon ausprobiert, und was hat es gebracht?',
  ),
  reality('de-grow-reality-bremst', 2, COACHEES, 'Was bremst {dich|Sie} im Moment am meisten?'),
  reality(
    'de-grow-reality-beteiligt',
    2,
    COACHEES,
    'Wer ist noch beteiligt, und wie sehen die anderen die Lage?',
  ),
  reality('de-grow-reality-gut', 1, COACHEES, 'Was läuft dabei schon gut?'),
  reality(
    'de-grow-reality-skala',
    2,
    COACHEES,
    'Auf einer Skala von eins bis zehn: Wo {stehst du|stehen Sie} heute?',
  ),
  reality('de-grow-reality-gefuehl', 3, COACHEES, 'Wie geht es {dir|Ihnen} mit der Situation?'),
  reality(
    'de-grow-reality-annahme',
    3,
    COACHEES,
    'Welche Annahme steckt hinter {deiner|Ihrer} Sicht der Dinge?',
  ),
  options(
    'de-grow-options-moeglichkeiten',
    1,
    COACHEES,
    'Welche Möglichkeiten {siehst du|sehen Sie}?',
  ),
  options(
    'de-grow-options-ohne-grenzen',
    2,
    COACHEES,
    'Was {würdest du|würden Sie} tun, wenn Zeit und Geld keine Rolle spielten?',
  ),
  options(
    'de-grow-options-rat',
    2,
    COACHEES,
    'Was {würdest du|würden Sie} jemandem in derselben Lage raten?',
  ),
  options('de-grow-options-noch', 1, COACHEES, 'Was wäre noch denkbar?'),
  options('de-grow-options-klein', 2, COACHEES, 'Was wäre ein kleiner erster Versuch?'),
  options(
    'de-grow-options-vorbild',
    2,
    COACHEES,
    'Wie würde jemand, den {du|Sie} {bewunderst|bewundern}, das angehen?',
  ),
  options(
    'de-grow-options-vorteile',
    2,
    COACHEES,
    'Was spricht für die einzelnen Wege, und was dagegen?',
  ),
  options(
    'de-grow-options-mut',
    3,
    COACHEES,
    'Welche Möglichkeit {traust du dich|trauen Sie sich} noch nicht auszusprechen?',
  ),
  will('de-grow-will-schritt', 1, COACHEES, 'Was ist {dein|Ihr} nächster Schritt?'),
  will('de-grow-will-wann', 1, COACHEES, 'Wann {fängst du|fangen Sie} damit an?'),
  will('de-grow-will-hilfe', 2, COACHEES, 'Welche Unterstützung {brauchst du|brauchen Sie} dafür?'),
  will(
    'de-grow-will-hindernis',
    2,
    COACHEES,
    'Was könnte dazwischenkommen, und wie {gehst du|gehen Sie} damit um?',
  ),
  will(
    'de-grow-will-entschlossen',
    2,
    COACHEES,
    'Wie entschlossen {bist du|sind Sie}, auf einer Skala von eins bis zehn?',
  ),
  will(
    'de-grow-will-woche',
    2,
    COACHEES,
    'Was {nimmst du dir|nehmen Sie sich} für diese Woche konkret vor?',
  ),
  will('de-grow-will-nachhalten', 2, COACHEES, 'Wie und wann sollen wir wieder darauf schauen?'),
  will(
    'de-grow-will-erzaehlen',
    3,
    COACHEES,
    'Wem {erzählst du|erzählen Sie} von {deinem|Ihrem} Vorhaben, damit es verbindlich wird?',
  ),
];
