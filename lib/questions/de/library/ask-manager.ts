/**
 * Fragen an die eigene Führungskraft (oder an jemanden, der weiter ist): woran sie arbeitet, was
 * sie sieht, was sie von mir braucht. Nie für jemanden, den ich führe, und nie für Skip-Level nach unten.
 */
import { AHEAD_OF_ME } from '../../catalogue/define';
import type { Relationships } from '../../catalogue/define';
import { germanQuestionsIn } from '../define';

const q = germanQuestionsIn('ask-manager', [
  'Was davon sollte ich mit meinem Team teilen?',
  'Was wäre ein guter nächster Schritt für mich?',
]);

const MANAGER: Relationships = ['manager'];
/** My manager and their manager: both see further up than I do. */
const ABOVE: Relationships = ['manager', 'skip-level-up'];

export const askManagerQuestionsDe = [
  q(
    'de-askmgr-prioritaeten',
    1,
    MANAGER,
    'Was sind aus {deiner|Ihrer} Sicht gerade die wichtigsten Prioritäten für unser Team?',
    'Woran würde ich merken, dass wir sie gut treffen?',
  ),
  q(
    'de-askmgr-erfolg',
    2,
    MANAGER,
    'Woran {machst du|machen Sie} fest, dass ich in meiner Rolle gut arbeite?',
    'Wo sehe ich das vielleicht noch anders?',
  ),
  q(
    'de-askmgr-oefter',
    2,
    MANAGER,
    'Was sollte ich aus {deiner|Ihrer} Sicht öfter tun?',
    'Wo würde das am meisten bewirken?',
  ),
  q(
    'de-askmgr-naechste-stufe',
    3,
    MANAGER,
    'Was bräuchte es, damit ich die nächste Stufe erreiche?',
    'Was davon {siehst du|sehen Sie} schon bei mir?',
  ),
  q(
    'de-askmgr-hintergrund',
    2,
    ABOVE,
    'Welcher Hintergrund einer Entscheidung, die meine Arbeit betrifft, fehlt mir vielleicht noch?',
    'Wer hat dabei mitentschieden?',
  ),
  q(
    'de-askmgr-richtung',
    2,
    ABOVE,
    'Wohin entwickelt sich das Unternehmen in diesem Jahr?',
    'Was heißt das für unser Team?',
  ),
  q(
    'de-askmgr-leitung',
    2,
    ABOVE,
    'Was beschäftigt die Leitung gerade, das uns betreffen könnte?',
    'Wann werden wir mehr dazu erfahren?',
  ),
  q(
    'de-askmgr-vorbereiten',
    1,
    MANAGER,
    'Was kommt in den nächsten Monaten, auf das ich mich vorbereiten kann?',
    'Womit sollte ich am besten anfangen?',
  ),
  q(
    'de-askmgr-entlasten',
    1,
    MANAGER,
    'Womit kann ich {dich|Sie} in dieser Woche entlasten?',
    'Was wäre dabei am hilfreichsten?',
  ),
  q(
    'de-askmgr-budget',
    1,
    MANAGER,
    'Welches Budget gibt es in diesem Jahr für Weiterbildung oder Konferenzen?',
    'Wie läuft ein Antrag dafür am besten?',
  ),
  q(
    'de-askmgr-widerspruch',
    1,
    MANAGER,
    'Wie {hörst du|hören Sie} Widerspruch am liebsten?',
    'In welcher Form kommt er bei {dir|Ihnen} am besten an?',
  ),
  q(
    'de-askmgr-wirkung',
    2,
    MANAGER,
    'Wo könnte ich im nächsten Quartal am meisten bewirken?',
    'Was müsste ich dafür abgeben?',
  ),
  q(
    'de-askmgr-lehre',
    3,
    [...AHEAD_OF_ME, 'skip-level-up'],
    'Welche Lehre aus {deiner|Ihrer} Laufbahn {hättest du|hätten Sie} gern früher gekannt?',
    'Wie {hast du|haben Sie} sie schließlich gelernt?',
  ),
  q(
    'de-askmgr-wege',
    3,
    AHEAD_OF_ME,
    'Welche Wege {hast du|haben Sie} Menschen aus einer Rolle wie meiner gehen sehen?',
    'Welcher davon könnte zu mir passen?',
  ),
  q(
    'de-askmgr-faehigkeit',
    2,
    AHEAD_OF_ME,
    'Welche Fähigkeit sollte ich als Nächstes ausbauen?',
    'Wie {hast du|haben Sie} selbst daran gearbeitet?',
  ),
  q(
    'de-askmgr-stolz',
    1,
    MANAGER,
    'Was hat das Team zuletzt geschafft, worauf {du|Sie} stolz {bist|sind}?',
    'Wie können wir das sichtbar machen?',
  ),
];
