/**
 * Anerkennung: Beiträge bemerken und benennen. Die Fragen laden ein, eigene Erfolge und die
 * anderer zu erzählen – nie ein Urteil von oben.
 */
import { CLOSE_REPORTS, EVERYONE, I_LEAD, I_LEAD_AND_PEERS } from '../../catalogue/define';
import { germanQuestionsIn } from '../define';

const q = germanQuestionsIn('recognition', [
  'Wie {möchtest du|möchten Sie}, dass wir das teilen, wenn überhaupt?',
  'Wovon {möchtest du|möchten Sie} künftig mehr machen?',
]);

export const recognitionQuestionsDe = [
  q(
    'de-recognition-erfolg-woche',
    1,
    EVERYONE,
    'Bei welchem Erfolg dieser Woche {möchtest du|möchten Sie} kurz verweilen?',
    'Was hat ihn möglich gemacht?',
  ),
  q(
    'de-recognition-unbemerkt',
    2,
    I_LEAD,
    'Welcher Einsatz von {dir|Ihnen} ist zuletzt untergegangen?',
    'Wer sollte davon wissen?',
  ),
  q(
    'de-recognition-danke',
    1,
    I_LEAD_AND_PEERS,
    'Wem {möchtest du|möchten Sie} für etwas aus letzter Zeit danken?',
    'Was hat diese Person getan, das geholfen hat?',
  ),
  q(
    'de-recognition-team-stolz',
    2,
    I_LEAD,
    'Was hat das Team zuletzt geschafft, über das {du dich|Sie sich} freuen?',
    'Welchen Anteil {hattest du|hatten Sie} daran?',
  ),
  q(
    'de-recognition-gemerkt',
    2,
    CLOSE_REPORTS,
    'Bei welcher Arbeit {hättest du dir|hätten Sie sich} gewünscht, dass ich sie bemerke?',
    'Wie hätte ich das zeigen können?',
  ),
  q(
    'de-recognition-leicht',
    1,
    I_LEAD_AND_PEERS,
    'Was ist {dir|Ihnen} diese Woche leichter gefallen als früher?',
    'Was hat sich dafür verändert?',
  ),
  q(
    'de-recognition-form',
    2,
    I_LEAD,
    'Welche Form von Anerkennung bedeutet {dir|Ihnen} am meisten?',
    'Wann {hast du|haben Sie} sie zuletzt so erlebt?',
  ),
  q(
    'de-recognition-fortschritt',
    2,
    I_LEAD,
    'Auf welchen Fortschritt der letzten Monate {bist du|sind Sie} stolz?',
    'Was hat {dir|Ihnen} dabei geholfen?',
  ),
  q(
    'de-recognition-andere',
    1,
    I_LEAD_AND_PEERS,
    'Wessen Arbeit sollte im Team mehr gesehen werden?',
    'Wie könnten wir sie sichtbar machen?',
  ),
  q(
    'de-recognition-still',
    3,
    CLOSE_REPORTS,
    'Welchen Beitrag {leistest du|leisten Sie} im Stillen, den kaum jemand sieht?',
    'Wie {möchtest du|möchten Sie}, dass er gesehen wird?',
  ),
  q(
    'de-recognition-gefeiert',
    1,
    EVERYONE,
    'Was sollten wir diese Woche feiern?',
    'Wer gehört dazu eingeladen?',
  ),
];
