/** Unterstützung: fragen, wie ich helfen kann – mit Zeit, Wissen, Kontakten oder Werkzeugen. */
import { CLOSE_REPORTS, I_LEAD, I_LEAD_AND_PEERS } from '../../catalogue/define';
import { germanQuestionsIn } from '../define';

const q = germanQuestionsIn('support', [
  'Bis wann wäre das für {dich|Sie} hilfreich?',
  'Wie merken wir beim nächsten Mal, ob es geholfen hat?',
]);

export const supportQuestionsDe = [
  q(
    'de-support-womit',
    1,
    I_LEAD_AND_PEERS,
    'Womit kann ich {dich|Sie} gerade unterstützen?',
    'Was davon wäre am dringendsten?',
  ),
  q(
    'de-support-ruecken',
    2,
    I_LEAD,
    'Wobei kann ich {dir|Ihnen} den Rücken freihalten?',
    'Wer sollte davon wissen?',
  ),
  q(
    'de-support-mehr',
    2,
    I_LEAD,
    'Was {brauchst du|brauchen Sie} von mir mehr als bisher?',
    'Und wovon darf es weniger sein?',
  ),
  q(
    'de-support-leichter',
    1,
    I_LEAD_AND_PEERS,
    'Was würde {dir|Ihnen} die Arbeit in dieser Woche leichter machen?',
    'Was davon kann ich übernehmen?',
  ),
  q(
    'de-support-ressourcen',
    2,
    I_LEAD,
    'Was fehlt {dir|Ihnen}, um gut arbeiten zu können: Zeit, Wissen oder Werkzeuge?',
    'Was davon würde den größten Unterschied machen?',
  ),
  q(
    'de-support-kontakt',
    1,
    I_LEAD_AND_PEERS,
    'Wen könnte ich {dir|Ihnen} vorstellen, damit {du|Sie} schneller {vorankommst|vorankommen}?',
    'Was {möchtest du|möchten Sie} mit dieser Person besprechen?',
  ),
  q(
    'de-support-eskalieren',
    2,
    I_LEAD,
    'Was soll ich für {dich|Sie} weiter oben ansprechen?',
    'Wie {möchtest du|möchten Sie}, dass ich es formuliere?',
  ),
  q(
    'de-support-entscheiden',
    2,
    CLOSE_REPORTS,
    'Bei welcher Entscheidung {hättest du|hätten Sie} gern jemanden zum Nachdenken?',
    'Was macht sie gerade schwer?',
  ),
  q(
    'de-support-art',
    2,
    CLOSE_REPORTS,
    'Welche Art von Unterstützung tut {dir|Ihnen} gut?',
    'Welche Art hilft {dir|Ihnen} eher nicht?',
  ),
  q(
    'de-support-sichtbarkeit',
    2,
    I_LEAD,
    'Wie kann ich {deine|Ihre} Arbeit sichtbarer machen?',
    'Wer sollte sie als Erstes sehen?',
  ),
  q(
    'de-support-allein',
    3,
    CLOSE_REPORTS,
    'In welcher Situation {fühlst du dich|fühlen Sie sich} gerade allein gelassen?',
    'Was hätte {dir|Ihnen} dort geholfen?',
  ),
  q(
    'de-support-erreichbar',
    1,
    I_LEAD,
    'Wie gut {erreichst du|erreichen Sie} mich, wenn {du|Sie} mich {brauchst|brauchen}?',
    'Welcher Weg wäre {dir|Ihnen} am liebsten?',
  ),
  q(
    'de-support-zuletzt-geholfen',
    2,
    I_LEAD_AND_PEERS,
    'Was hat {dir|Ihnen} zuletzt geholfen, als es stressig wurde?',
    'Wie können wir das beim nächsten Mal früher einsetzen?',
  ),
  q(
    'de-support-wegraeumen',
    1,
    I_LEAD,
    'Was kann ich {dir|Ihnen} diese Woche aus dem Weg räumen?',
    'Was wird dadurch möglich?',
  ),
];
