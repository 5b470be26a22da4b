/** Feedback für mich: wie ich als Führungskraft, Mentor oder Kollege ankomme – ohne dass es Mut kostet, es zu sagen. */
import { AHEAD_OF_ME, CLOSE_REPORTS, I_LEAD } from '../../catalogue/define';
import { germanQuestionsIn } from '../define';

const q = germanQuestionsIn('feedback-upward', [
  'Danke. Was soll ich als Erstes davon ausprobieren?',
  'Wie {möchtest du|möchten Sie} merken, dass ich es umsetze?',
]);

export const feedbackUpwardQuestionsDe = [
  q(
    'de-fbup-mehr-tun',
    2,
    I_LEAD,
    'Was sollte ich {deiner|Ihrer} Meinung nach öfter tun?',
    'Wann hat {dir|Ihnen} das zuletzt gefehlt?',
  ),
  q(
    'de-fbup-lassen',
    2,
    I_LEAD,
    'Was sollte ich lieber lassen?',
    'Wie wirkt es auf {dich|Sie}, wenn ich es tue?',
  ),
  q(
    'de-fbup-fuehrung',
    2,
    CLOSE_REPORTS,
    'Was {wünschst du dir|wünschen Sie sich} von mir als Führungskraft?',
    'Wie würde sich das im Alltag zeigen?',
  ),
  q(
    'de-fbup-einsen',
    1,
    I_LEAD,
    'Was würde unsere 1:1s für {dich|Sie} noch nützlicher machen?',
    'Was sollten wir auf jeden Fall beibehalten?',
  ),
  q(
    'de-fbup-zuletzt',
    2,
    I_LEAD,
    'Was hätte ich in letzter Zeit anders machen können?',
    'Wie hätte das für {dich|Sie} ausgesehen?',
  ),
  q(
    'de-fbup-klarheit',
    2,
    I_LEAD,
    'Wie klar sind meine Erwartungen an {dich|Sie}?',
    'Wo würde mehr Klarheit am meisten helfen?',
  ),
  q(
    'de-fbup-hilfreich',
    1,
    I_LEAD,
    'Welche Rückmeldung von mir war für {dich|Sie} zuletzt hilfreich?',
    'Was hat sie hilfreich gemacht?',
  ),
  q(
    'de-fbup-frage',
    1,
    I_LEAD,
    'Welche Frage {würdest du|würden Sie} gern öfter von mir hören?',
    'Was würde sie {dir|Ihnen} ermöglichen?',
  ),
  q(
    'de-fbup-ausbremsen',
    3,
    CLOSE_REPORTS,
    'Womit bremse ich {dich|Sie} vielleicht aus, ohne es zu merken?',
    'Was würde stattdessen helfen?',
  ),
  q(
    'de-fbup-kommunikation',
    2,
    I_LEAD,
    'Wie gut halte ich {dich|Sie} über Entscheidungen auf dem Laufenden?',
    'Welche Information kam zuletzt zu spät bei {dir|Ihnen} an?',
  ),
  q(
    'de-fbup-ansprechen',
    3,
    CLOSE_REPORTS,
    'Was fällt {dir|Ihnen} schwer, mir gegenüber anzusprechen?',
    'Was würde es leichter machen?',
  ),
  q(
    'de-fbup-mentee',
    2,
    ['mentee'],
    'Wie kann ich {dich|Sie} als Mentor oder Mentorin besser begleiten?',
    'Was war in unserem Mentoring bisher am wertvollsten?',
  ),
  q(
    'de-fbup-peer',
    2,
    ['peer'],
    'Wie {erlebst du|erleben Sie} die Zusammenarbeit mit mir?',
    'Was würde sie für {dich|Sie} leichter machen?',
  ),
  q(
    'de-fbup-von-oben',
    2,
    AHEAD_OF_ME,
    'Was {siehst du|sehen Sie} bei mir, woran ich als Nächstes arbeiten könnte?',
    'Woran {machst du|machen Sie} das fest?',
  ),
];
