/** Lernen: neue Fähigkeiten, eine Routine dafür, Budget – unterstützend gefragt, nie als Wink. */
import { AHEAD_OF_ME, CLOSE_REPORTS, I_LEAD, I_LEAD_AND_PEERS } from '../../catalogue/define';
import { germanQuestionsIn } from '../define';

const q = germanQuestionsIn('growth', [
  'Was wäre ein kleiner erster Schritt dafür?',
  'Wie kann ich {dich|Sie} dabei unterstützen?',
]);

export const growthQuestionsDe = [
  q(
    'de-growth-naechste-faehigkeit',
    2,
    I_LEAD,
    'Welche Fähigkeit {möchtest du|möchten Sie} als Nächstes ausbauen?',
    'Wo könnte {dir|Ihnen} das im Alltag begegnen?',
  ),
  q(
    'de-growth-zuletzt-gelernt',
    1,
    I_LEAD_AND_PEERS,
    'Was {hast du|haben Sie} in letzter Zeit dazugelernt?',
    'Wo {hast du|haben Sie} es schon angewendet?',
  ),
  q(
    'de-growth-routine',
    2,
    I_LEAD,
    'Wie {baust du|bauen Sie} Lernen in {deinen|Ihren} Arbeitsalltag ein?',
    'Was würde es leichter machen, dabeizubleiben?',
  ),
  q(
    'de-growth-fortbildung',
    1,
    I_LEAD,
    'Welche Fortbildung oder Konferenz würde {dich|Sie} reizen?',
    'Was {erhoffst du dir|erhoffen Sie sich} davon?',
  ),
  q(
    'de-growth-budget',
    2,
    CLOSE_REPORTS,
    'Wofür {würdest du|würden Sie} ein Weiterbildungsbudget am liebsten einsetzen?',
    'Wie würde das {deine|Ihre} Arbeit verändern?',
  ),
  q(
    'de-growth-lernen-von',
    2,
    I_LEAD_AND_PEERS,
    'Von wem im Unternehmen {würdest du|würden Sie} gern etwas lernen?',
    'Was genau {möchtest du|möchten Sie} von dieser Person abschauen?',
  ),
  q(
    'de-growth-komfortzone',
    3,
    CLOSE_REPORTS,
    'Welche Aufgabe würde {dich|Sie} gerade gut aus der Komfortzone holen?',
    'Was bräuchte {es, damit du|es, damit Sie} sie gern {angehst|angehen}?',
  ),
  q(
    'de-growth-staerke',
    2,
    I_LEAD_AND_PEERS,
    'Welche {deiner|Ihrer} Stärken {würdest du|würden Sie} gern noch öfter einsetzen?',
    'Wo wäre dafür Platz?',
  ),
  q(
    'de-growth-zeit',
    2,
    I_LEAD,
    'Wie viel Zeit zum Lernen bleibt {dir|Ihnen} gerade?',
    'Wie viel {wünschst du dir|wünschen Sie sich}?',
  ),
  q(
    'de-growth-feedback-lernen',
    2,
    CLOSE_REPORTS,
    'Bei welchem Thema würde {dir|Ihnen} regelmäßiges Feedback beim Lernen helfen?',
    'Von wem {hättest du|hätten Sie} es am liebsten?',
  ),
  q(
    'de-growth-teilen',
    1,
    I_LEAD_AND_PEERS,
    'Was {weißt du|wissen Sie}, das {du|Sie} gern mit dem Team teilen {würdest|würden}?',
    'In welcher Form würde {dir|Ihnen} das Teilen Spaß machen?',
  ),
  q(
    'de-growth-mentoring',
    2,
    I_LEAD,
    'Wie könnte ein Mentoring {dir|Ihnen} gerade helfen?',
    'Wer käme dafür infrage?',
  ),
  q(
    'de-growth-empfehlung',
    1,
    [...AHEAD_OF_ME, 'peer'],
    'Welches Buch oder welcher Kurs hat {dir|Ihnen} zuletzt wirklich etwas gebracht?',
    'Was davon {nutzt du|nutzen Sie} heute noch?',
  ),
  q(
    'de-growth-ein-jahr',
    3,
    I_LEAD,
    'Was {möchtest du|möchten Sie} in einem Jahr können, das {du|Sie} heute noch nicht {kannst|können}?',
    'Wie würde {deine|Ihre} Arbeit dann aussehen?',
  ),
];
