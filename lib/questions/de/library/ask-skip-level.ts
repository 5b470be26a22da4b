/**
 * Zwei Ebenen nach oben fragen: mein 1:1 mit der Führungskraft meiner Führungskraft. Wie bei der
 * eigenen Führungskraft fragen, woran sie arbeitet – mit mehr vom großen Bild. Nie für jemanden,
 * den ich führe.
 */
import type { Relationships } from '../../catalogue/define';
import { germanQuestionsIn } from '../define';

const TWO_UP: Relationships = ['skip-level-up'];

const q = germanQuestionsIn('ask-skip-level', [
  'Was soll ich davon in mein Team mitnehmen?',
  'Was wäre ein guter nächster Schritt für mich?',
]);

export const askSkipLevelQuestionsDe = [
  q(
    'de-ask-skip-fokus',
    1,
    TWO_UP,
    'Worauf {konzentrierst du dich|konzentrieren Sie sich} in diesem Jahr für den ganzen Bereich?',
    'Wie könnte das bei meinem Team ankommen?',
  ),
  q(
    'de-ask-skip-beitrag',
    2,
    TWO_UP,
    'Wie passt die Arbeit meines Teams in {dein|Ihr} Bild vom Bereich?',
    'Wo könnten wir noch mehr beitragen?',
  ),
  q(
    'de-ask-skip-sorge',
    3,
    TWO_UP,
    'Was bereitet {dir|Ihnen} für die nächsten Monate am meisten Kopfzerbrechen?',
    'Wie könnte mein Team dabei helfen?',
  ),
  q(
    'de-ask-skip-sehen',
    2,
    TWO_UP,
    'Was {siehst du|sehen Sie} von {deiner|Ihrer} Ebene aus, das wir weiter unten leicht übersehen?',
    'Woran könnten wir das früher erkennen?',
  ),
  q(
    'de-ask-skip-erfolg',
    2,
    TWO_UP,
    'Woran {erkennst du|erkennen Sie}, dass ein Team in {deinem|Ihrem} Bereich gut unterwegs ist?',
    'Wie nah ist mein Team daran?',
  ),
  q(
    'de-ask-skip-entscheidung',
    2,
    TWO_UP,
    'Welche anstehende Entscheidung wird unsere Arbeit am stärksten prägen?',
    'Wann wird sie voraussichtlich fallen?',
  ),
  q(
    'de-ask-skip-lernen',
    3,
    TWO_UP,
    'Was {hast du|haben Sie} über Führung gelernt, das {du|Sie} gern früher gewusst {hättest|hätten}?',
    'Wie {hast du|haben Sie} es gelernt?',
  ),
  q(
    'de-ask-skip-kontakt',
    1,
    TWO_UP,
    'Mit wem in {deinem|Ihrem} Bereich sollte ich mich öfter austauschen?',
    'Worüber am ehesten?',
  ),
  q(
    'de-ask-skip-hoeren',
    1,
    TWO_UP,
    'Was {möchtest du|möchten Sie} von meinem Team öfter hören?',
    'Auf welchem Weg erreicht es {dich|Sie} am besten?',
  ),
  q(
    'de-ask-skip-wachsen',
    2,
    TWO_UP,
    'Welche Fähigkeit wird in {deinem|Ihrem} Bereich in den nächsten Jahren wichtiger?',
    'Wie könnte ich sie bei mir und im Team aufbauen?',
  ),
  q(
    'de-ask-skip-ehrlich',
    3,
    TWO_UP,
    'Was {würdest du|würden Sie} mir als Rückmeldung mitgeben, das ich sonst selten höre?',
    'Woran {machst du|machen Sie} das fest?',
  ),
];
