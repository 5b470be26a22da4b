/**
 * Was ich meine Führungskraft fragen kann (Beziehung "manager"). Fragen zur Richtung passen auch
 * zum Skip-Level, Fragen nach Erfahrung auch zu einem Mentor. Gerade hier siezen viele: die
 * Sie-Form ist mitgeschrieben.
 */
import { germanQuestionsIn } from '../define';

const q = germanQuestionsIn('ask-manager');

const MANAGER = ['manager'] as const;
const LEADERSHIP = ['manager', 'skip-level'] as const;
const EXPERIENCED = ['manager', 'mentor', 'skip-level'] as const;

export const askManagerQuestionsDe = [
  q(
    'de-askmgr-prioritaeten',
    1,
    MANAGER,
    'Was sind aus {deiner|Ihrer} Sicht gerade die wichtigsten Prioritäten für unser Team?',
  ),
  q(
    'de-askmgr-erfolg',
    2,
    MANAGER,
    'Woran {machst du|machen Sie} fest, dass ich in meiner Rolle gut arbeite?',
  ),
  q(
    'de-askmgr-feedback',
    2,
    MANAGER,
    'Was sollte ich aus {deiner|Ihrer} Sicht mehr tun, und was weniger?',
  ),
  q(
    'de-askmgr-naechste-stufe',
    3,
    MANAGER,
    'Was bräuchte es, damit ich die nächste Stufe erreiche?',
  ),
  q(
    'de-askmgr-hintergrund',
    2,
    LEADERSHIP,
    '{Magst du|Mögen Sie} mir den Hintergrund einer Entscheidung erklären, die meine Arbeit betrifft?',
  ),
  q('de-askmgr-richtung', 2, LEADERSHIP, 'Wohin entwickelt sich das Unternehmen in diesem Jahr?'),
  q(
    'de-askmgr-leitung',
    2,
    LEADERSHIP,
    'Was beschäftigt die Leitung gerade, das uns betreffen könnte?',
  ),
  q(
    'de-askmgr-vorbereiten',
    1,
    MANAGER,
    'Was kommt in den nächsten Monaten, auf das ich mich vorbereiten kann?',
  ),
  q('de-askmgr-entlasten', 1, MANAGER, 'Womit kann ich {dich|Sie} in dieser Woche entlasten?'),
  q(
    'de-askmgr-budget',
    1,
    MANAGER,
    'Gibt es in diesem Jahr Budget für Weiterbildung oder Konferenzen?',
  ),
  q('de-askmgr-widerspruch', 1, MANAGER, 'Wie {hörst du|hören Sie} Widerspruch am liebsten?'),
  q('de-askmgr-wirkung', 2, MANAGER, 'Wo könnte ich im nächsten Quartal am meisten bewirken?'),
  q(
    'de-askmgr-lehre',
    3,
    EXPERIENCED,
    'Welche Lehre aus {deiner|Ihrer} Laufbahn {hättest du|hätten Sie} gern früher gekannt?',
  ),
  q(
    'de-askmgr-wege',
    3,
    EXPERIENCED,
    'Welche Wege {hast du|haben Sie} Menschen aus einer Rolle wie meiner gehen sehen?',
  ),
  q('de-askmgr-faehigkeit', 2, EXPERIENCED, 'Welche Fähigkeit sollte ich als Nächstes ausbauen?'),
  q(
    'de-askmgr-stolz',
    1,
    MANAGER,
    'Was hat das Team zuletzt geschafft, worauf {du|Sie} stolz {bist|sind}?',
  ),
];
