/**
 * Skip-Level nach unten: Ich spreche mit jemandem zwei Ebenen unter mir. Zwei Aufgaben: die
 * Anliegen der Menschen nach oben tragen und die Strategie nach unten erklären. Nie für die eigene
 * Führungskraft geschrieben.
 */
import type { Relationships } from '../../catalogue/define';
import { germanQuestionsIn } from '../define';

const TWO_DOWN: Relationships = ['skip-level'];

const q = germanQuestionsIn('skip-level-down', [
  'Was davon darf ich weitergeben, wenn überhaupt etwas?',
  'Was soll ich mit dem anfangen, was {du mir erzählt hast|Sie mir erzählt haben}?',
]);

export const skipLevelDownQuestionsDe = [
  q(
    'de-skip-down-zusammenarbeit',
    1,
    TWO_DOWN,
    'Wie arbeitet {dein|Ihr} Team zurzeit zusammen?',
    'Was trägt dazu bei, dass es so läuft?',
  ),
  q(
    'de-skip-down-ankommen',
    3,
    TWO_DOWN,
    'Was aus {deinem|Ihrem} Teil der Organisation sollte öfter bei mir ankommen?',
    'Was hält es bisher davon ab?',
  ),
  q(
    'de-skip-down-leichter',
    2,
    TWO_DOWN,
    'Was könnten {deine|Ihre} Führungskraft und ich tun, um {dir|Ihnen} die Arbeit zu erleichtern?',
    'Was davon würde zuerst helfen?',
  ),
  q(
    'de-skip-down-entscheidungen',
    2,
    TWO_DOWN,
    'Wie nachvollziehbar sind die Entscheidungen von weiter oben für {dich|Sie}?',
    'Welche würde ich am besten noch einmal erklären?',
  ),
  q(
    'de-skip-down-stolz',
    1,
    TWO_DOWN,
    'Worauf {bist du|sind Sie} in {deinem|Ihrem} Team gerade stolz?',
    'Wer sollte davon erfahren?',
  ),
  q(
    'de-skip-down-hindernis',
    2,
    TWO_DOWN,
    'Welches Hindernis sieht man von meiner Ebene aus vermutlich nicht?',
    'Wie wirkt es sich im Alltag aus?',
  ),
  q(
    'de-skip-down-strategie',
    2,
    TWO_DOWN,
    'Welche Frage zur Strategie {würdest du|würden Sie} mir gern direkt stellen?',
    'Was {hast du|haben Sie} bisher darüber gehört?',
  ),
  q(
    'de-skip-down-ideen',
    2,
    TWO_DOWN,
    'Welche Idee aus {deinem|Ihrem} Team verdient mehr Aufmerksamkeit?',
    'Wer steckt dahinter?',
  ),
  q(
    'de-skip-down-unterstuetzung',
    1,
    TWO_DOWN,
    'Was braucht {dein|Ihr} Team gerade, das ich ermöglichen kann?',
    'Was wäre der erste Schritt dazu?',
  ),
  q(
    'de-skip-down-stimmung',
    2,
    TWO_DOWN,
    'Wie {erlebst du|erleben Sie} die Stimmung in {deinem|Ihrem} Bereich?',
    'Was prägt sie im Moment?',
  ),
  q(
    'de-skip-down-wunsch',
    3,
    TWO_DOWN,
    'Wenn {du|Sie} in der Organisation eine Sache ändern {könntest|könnten}: Welche wäre das?',
    'Was würde sich dadurch für {dich|Sie} verbessern?',
  ),
];
