/** Feedback für mich: was ich als Führungskraft, Kollegin oder Mentor besser machen kann. */
import { AHEAD_OF_ME, CLOSE_REPORTS, I_LEAD } from '../../catalogue/define';
import { germanQuestionsIn } from '../define';

const q = germanQuestionsIn('feedback-upward');

export const feedbackUpwardQuestionsDe = [
  q('de-fbup-mehr-tun', 2, I_LEAD, 'Was sollte ich {deiner|Ihrer} Meinung nach öfter tun?'),
  q('de-fbup-lassen', 2, I_LEAD, 'Was sollte ich lieber lassen?'),
  q(
    'de-fbup-fuehrung',
    2,
    CLOSE_REPORTS,
    'Was {wünschst du dir|wünschen Sie sich} von mir als Führungskraft?',
  ),
  q(
    'de-fbup-einsen',
    1,
    I_LEAD,
    'Wie nützlich sind unsere 1:1s für {dich|Sie}, und was würde sie besser machen?',
  ),
  q(
    'de-fbup-zuletzt',
    2,
    I_LEAD,
    'Gab es in letzter Zeit etwas, das ich hätte anders machen können?',
  ),
  q('de-fbup-klarheit', 2, I_LEAD, 'Wie klar sind meine Erwartungen an {dich|Sie}?'),
  q(
    'de-fbup-hilfreich',
    1,
    I_LEAD,
    'Welche Rückmeldung von mir war für {dich|Sie} zuletzt hilfreich?',
  ),
  q('de-fbup-frage', 1, I_LEAD, 'Welche Frage {würdest du|würden Sie} gern öfter von mir hören?'),
  q(
    'de-fbup-ausbremsen',
    3,
    CLOSE_REPORTS,
    'Gibt es etwas, womit ich {dich|Sie} unbeabsichtigt ausbremse?',
  ),
  q(
    'de-fbup-kommunikation',
    2,
    I_LEAD,
    'Wie gut halte ich {dich|Sie} über Entscheidungen auf dem Laufenden?',
  ),
  q(
    'de-fbup-ansprechen',
    3,
    CLOSE_REPORTS,
    'Was fällt {dir|Ihnen} schwer, mir gegenüber anzusprechen?',
  ),
  q(
    'de-fbup-mentee',
    2,
    ['mentee'],
    'Wie kann ich {dich|Sie} als Mentor oder Mentorin besser begleiten?',
  ),
  q(
    'de-fbup-peer',
    2,
    ['peer'],
    'Wie {erlebst du|erleben Sie} die Zusammenarbeit mit mir, und was würde sie leichter machen?',
  ),
  q(
    'de-fbup-von-oben',
    2,
    AHEAD_OF_ME,
    'Was {siehst du|sehen Sie} bei mir, woran ich als Nächstes arbeiten könnte?',
  ),
];
