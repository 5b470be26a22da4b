/** Unterstützung: was die Person von mir braucht. */
import { CLOSE_REPORTS, I_LEAD, I_LEAD_AND_PEERS } from '../../catalogue/define';
import { germanQuestionsIn } from '../define';

const q = germanQuestionsIn('support');

export const supportQuestionsDe = [
  q('de-support-womit', 1, I_LEAD_AND_PEERS, 'Womit kann ich {dich|Sie} gerade unterstützen?'),
  q('de-support-ruecken', 2, I_LEAD, 'Wobei kann ich {dir|Ihnen} den Rücken freihalten?'),
  q(
    'de-support-mehr-weniger',
    2,
    I_LEAD,
    'Was {brauchst du|brauchen Sie} von mir mehr, und was weniger?',
  ),
  q(
    'de-support-leichter',
    1,
    I_LEAD_AND_PEERS,
    'Was würde {dir|Ihnen} die Arbeit in dieser Woche leichter machen?',
  ),
  q(
    'de-support-ressourcen',
    2,
    I_LEAD,
    'Fehlt {dir|Ihnen} etwas, um gut arbeiten zu können: Zeit, Wissen, Werkzeuge?',
  ),
  q(
    'de-support-kontakt',
    1,
    I_LEAD_AND_PEERS,
    'Wen könnte ich {dir|Ihnen} vorstellen, damit {du|Sie} schneller {vorankommst|vorankommen}?',
  ),
  q(
    'de-support-eskalieren',
    2,
    I_LEAD,
    'Gibt es etwas, das ich für {dich|Sie} weiter oben ansprechen soll?',
  ),
  q(
    'de-support-entscheiden',
    2,
    CLOSE_REPORTS,
    'Bei welcher Entscheidung {hättest du|hätten Sie} gern jemanden zum Nachdenken?',
  ),
  q(
    'de-support-art',
    2,
    CLOSE_REPORTS,
    'Welche Art von Unterstützung tut {dir|Ihnen} gut, und welche eher nicht?',
  ),
  q('de-support-sichtbarkeit', 2, I_LEAD, 'Wie kann ich {deine|Ihre} Arbeit sichtbarer machen?'),
  q(
    'de-support-schwierig',
    3,
    CLOSE_REPORTS,
    'Gibt es eine Situation, in der {du dich|Sie sich} gerade allein gelassen {fühlst|fühlen}?',
  ),
  q(
    'de-support-erreichbar',
    1,
    I_LEAD,
    'Wie gut {erreichst du|erreichen Sie} mich, wenn {du|Sie} mich {brauchst|brauchen}?',
  ),
  q(
    'de-support-zuletzt-geholfen',
    2,
    I_LEAD_AND_PEERS,
    'Was hat {dir|Ihnen} zuletzt geholfen, als es stressig wurde?',
  ),
  q('de-support-wegraeumen', 1, I_LEAD, 'Was kann ich {dir|Ihnen} diese Woche aus dem Weg räumen?'),
];
