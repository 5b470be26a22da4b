/** Erstes Treffen: einander kennenlernen, Arbeitsweisen klären und Vertrauen in beide Richtungen aufbauen. */
import { CLOSE_REPORTS, EVERYONE, I_LEAD, I_LEAD_AND_PEERS } from '../../catalogue/define';
import { germanQuestionsIn } from '../define';

const q = germanQuestionsIn('first-meeting', [
  'Was davon sollen wir in unseren nächsten Gesprächen festhalten?',
  'Was {möchtest du|möchten Sie} im Gegenzug über mich wissen?',
]);

export const firstMeetingQuestionsDe = [
  q(
    'de-first-arbeitsweise',
    1,
    EVERYONE,
    'Wie {arbeitest du|arbeiten Sie} im Alltag am liebsten?',
    'Was hilft {dir|Ihnen} dabei, gut in den Tag zu kommen?',
  ),
  q(
    'de-first-feedback',
    1,
    CLOSE_REPORTS,
    'Wie kann ich {dir|Ihnen} Feedback am besten geben?',
    'Was hat bei früheren Rückmeldungen gut funktioniert?',
  ),
  q(
    'de-first-erreichen',
    1,
    EVERYONE,
    'Wie {erreiche ich dich|erreiche ich Sie} am besten: Chat, E-Mail oder kurzer Anruf?',
    'Zu welchen Zeiten passt es {dir|Ihnen} am besten?',
  ),
  q(
    'de-first-wissen',
    1,
    EVERYONE,
    'Was sollte ich über {dich|Sie} wissen?',
    'Was davon {erzählst du|erzählen Sie} selten von {dir|sich} aus?',
  ),
  q(
    'de-first-rhythmus',
    1,
    EVERYONE,
    'Wie oft und wie lange {möchtest du|möchten Sie}, dass wir uns treffen?',
    'Was würde diesen Rhythmus für {dich|Sie} gut machen?',
  ),
  q(
    'de-first-lohnend',
    2,
    EVERYONE,
    'Was würde unsere 1:1s für {dich|Sie} lohnend machen?',
    'Woran würden wir merken, dass es gelingt?',
  ),
  q(
    'de-first-agenda',
    1,
    I_LEAD,
    'Wie {möchtest du|möchten Sie} die Agenda für unsere Gespräche gestalten?',
    'Was sollte regelmäßig darauf stehen?',
  ),
  q(
    'de-first-gute-chefin',
    2,
    I_LEAD,
    'Was hat {dir|Ihnen} an früheren Führungskräften gutgetan?',
    'Wie zeigte sich das im Alltag?',
  ),
  q(
    'de-first-nicht-hilfreich',
    2,
    I_LEAD,
    'Was hat {dir|Ihnen} bei früheren Führungskräften eher nicht geholfen?',
    'Was hätte {dir|Ihnen} stattdessen gutgetan?',
  ),
  q(
    'de-first-ziele',
    2,
    I_LEAD_AND_PEERS,
    'Was {möchtest du|möchten Sie} in den ersten Monaten erreichen?',
    'Wobei kann ich {dir|Ihnen} dafür den Weg ebnen?',
  ),
  q(
    'de-first-staerken',
    1,
    EVERYONE,
    'Worin {bist du|sind Sie} richtig gut?',
    'Wo {möchtest du|möchten Sie} das hier einsetzen?',
  ),
  q(
    'de-first-druck',
    2,
    I_LEAD,
    'Woran merke ich, dass {du|Sie} gerade unter Druck {stehst|stehen}?',
    'Was hilft {dir|Ihnen} dann von meiner Seite?',
  ),
  q(
    'de-first-vertraulich',
    2,
    I_LEAD,
    'Was soll zwischen uns bleiben, und was darf ich weitergeben?',
    'Wie {möchtest du|möchten Sie} es halten, wenn wir unsicher sind?',
  ),
  q(
    'de-first-manager',
    1,
    ['manager', 'skip-level-up'],
    'Wie {möchtest du|möchten Sie} auf dem Laufenden gehalten werden?',
    'Wie ausführlich soll es sein?',
  ),
  q(
    'de-first-manager-erwartung',
    2,
    ['manager', 'skip-level-up'],
    'Was {erwartest du|erwarten Sie} in den ersten Monaten von mir?',
    'Woran {würdest du|würden Sie} merken, dass ich auf einem guten Weg bin?',
  ),
  q(
    'de-first-mentor',
    1,
    ['mentor', 'mentee'],
    'Was {wünschst du dir|wünschen Sie sich} von unserem Mentoring?',
    'Wie {möchtest du|möchten Sie} unsere Treffen vorbereiten?',
  ),
];
