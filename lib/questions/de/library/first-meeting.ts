/** Das erste 1:1: wie die Person arbeitet, wie wir miteinander sprechen, was ihr wichtig ist. */
import { CLOSE_REPORTS, EVERYONE, I_LEAD, I_LEAD_AND_PEERS } from '../../catalogue/define';
import { germanQuestionsIn } from '../define';

const q = germanQuestionsIn('first-meeting');

export const firstMeetingQuestionsDe = [
  q('de-first-arbeitsweise', 1, EVERYONE, 'Wie {arbeitest du|arbeiten Sie} im Alltag am liebsten?'),
  q('de-first-feedback', 1, CLOSE_REPORTS, 'Wie kann ich {dir|Ihnen} Feedback am besten geben?'),
  q(
    'de-first-erreichen',
    1,
    EVERYONE,
    'Wie {erreiche ich dich|erreiche ich Sie} am besten: Chat, E-Mail oder kurzer Anruf?',
  ),
  q('de-first-wissen', 1, EVERYONE, 'Was sollte ich über {dich|Sie} wissen?'),
  q(
    'de-first-rhythmus',
    1,
    EVERYONE,
    'Wie oft und wie lange {möchtest du|möchten Sie}, dass wir uns treffen?',
  ),
  q('de-first-lohnend', 2, EVERYONE, 'Was würde unsere 1:1s für {dich|Sie} lohnend machen?'),
  q(
    'de-first-agenda',
    1,
    I_LEAD,
    'Wie {möchtest du|möchten Sie} die Agenda für unsere Gespräche gestalten?',
  ),
  q('de-first-gute-chefin', 2, I_LEAD, 'Was hat {dir|Ihnen} an früheren Führungskräften gutgetan?'),
  q(
    'de-first-nicht-hilfreich',
    2,
    I_LEAD,
    'Was hat {dir|Ihnen} bei früheren Führungskräften eher nicht geholfen?',
  ),
  q(
    'de-first-ziele',
    2,
    I_LEAD_AND_PEERS,
    'Was {möchtest du|möchten Sie} in den ersten Monaten erreichen?',
  ),
  q('de-first-staerken', 1, EVERYONE, 'Worin {bist du|sind Sie} richtig gut?'),
  q(
    'de-first-stress',
    2,
    I_LEAD,
    'Woran merke ich, dass {du|Sie} gerade unter Druck {stehst|stehen}?',
  ),
  q(
    'de-first-vertraulich',
    2,
    I_LEAD,
    'Was soll zwischen uns bleiben, und was darf ich weitergeben?',
  ),
  q(
    'de-first-manager',
    1,
    ['manager'],
    'Wie {möchtest du|möchten Sie} auf dem Laufenden gehalten werden?',
  ),
  q(
    'de-first-manager-erwartung',
    2,
    ['manager', 'skip-level'],
    'Was {erwartest du|erwarten Sie} in den ersten Monaten von mir?',
  ),
  q(
    'de-first-mentor',
    1,
    ['mentor', 'mentee'],
    'Was {wünschst du dir|wünschen Sie sich} von unserem Mentoring?',
  ),
];
