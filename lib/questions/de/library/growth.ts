/** Lernen: neue Fähigkeiten, eine Lernroutine, Budget und Zeit dafür. */
import { AHEAD_OF_ME, CLOSE_REPORTS, I_LEAD, I_LEAD_AND_PEERS } from '../../catalogue/define';
import { germanQuestionsIn } from '../define';

const q = germanQuestionsIn('growth');

export const growthQuestionsDe = [
  q(
    'de-growth-naechste-faehigkeit',
    2,
    I_LEAD,
    'Welche Fähigkeit {möchtest du|möchten Sie} als Nächstes ausbauen?',
  ),
  q(
    'de-growth-zuletzt-gelernt',
    1,
    I_LEAD_AND_PEERS,
    'Was {hast du|haben Sie} in letzter Zeit dazugelernt?',
  ),
  q(
    'de-growth-routine',
    2,
    I_LEAD,
    'Wie {baust du|bauen Sie} Lernen in {deinen|Ihren} Arbeitsalltag ein?',
  ),
  q(
    'de-growth-fortbildung',
    1,
    I_LEAD,
    'Welche Fortbildung oder Konferenz würde {dich|Sie} reizen?',
  ),
  q(
    'de-growth-budget',
    2,
    CLOSE_REPORTS,
    'Wofür {würdest du|würden Sie} ein Weiterbildungsbudget am liebsten einsetzen?',
  ),
  q(
    'de-growth-lernen-von',
    2,
    I_LEAD_AND_PEERS,
    'Von wem im Unternehmen {würdest du|würden Sie} gern etwas lernen?',
  ),
  q(
    'de-growth-komfortzone',
    3,
    CLOSE_REPORTS,
    'Welche Aufgabe würde {dich|Sie} gerade gut aus der Komfortzone holen?',
  ),
  q(
    'de-growth-staerke',
    2,
    I_LEAD_AND_PEERS,
    'Welche {deiner|Ihrer} Stärken {würdest du|würden Sie} gern noch öfter einsetzen?',
  ),
  q(
    'de-growth-zeit',
    2,
    I_LEAD,
    'Wie viel Zeit zum Lernen bleibt {dir|Ihnen} gerade, und wie viel {wünschst du dir|wünschen Sie sich}?',
  ),
  q(
    'de-growth-feedback-lernen',
    2,
    CLOSE_REPORTS,
    'Bei welchem Thema würde {dir|Ihnen} regelmäßiges Feedback beim Lernen helfen?',
  ),
  q(
    'de-growth-teilen',
    1,
    I_LEAD_AND_PEERS,
    'Was {weißt du|wissen Sie}, das {du|Sie} gern mit dem Team teilen {würdest|würden}?',
  ),
  q('de-growth-mentoring', 2, I_LEAD, 'Wäre ein Mentoring für {dich|Sie} gerade hilfreich?'),
  q(
    'de-growth-empfehlung',
    1,
    [...AHEAD_OF_ME, 'peer'],
    'Welches Buch oder welcher Kurs hat {dir|Ihnen} zuletzt wirklich etwas gebracht?',
  ),
  q(
    'de-growth-ein-jahr',
    3,
    I_LEAD,
    'Was {möchtest du|möchten Sie} in einem Jahr können, das {du|Sie} heute noch nicht {kannst|können}?',
  ),
];
