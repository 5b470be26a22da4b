/** Team: Zusammenarbeit, Stimmung, Reibung und Zugehörigkeit – aus der Sicht der Person. */
import { I_LEAD, I_LEAD_AND_PEERS } from '../../catalogue/define';
import { germanQuestionsIn } from '../define';

const q = germanQuestionsIn('team', [
  'Was könnten wir als Team als Nächstes ausprobieren?',
  'Was davon soll ich ins Team tragen, und was bleibt hier?',
]);

export const teamQuestionsDe = [
  q(
    'de-team-stimmung',
    1,
    I_LEAD_AND_PEERS,
    'Wie {erlebst du|erleben Sie} die Stimmung im Team gerade?',
    'Was prägt sie im Moment am meisten?',
  ),
  q(
    'de-team-gut-laeuft',
    1,
    I_LEAD_AND_PEERS,
    'Was läuft im Team gerade richtig gut?',
    'Wer hat dazu beigetragen?',
  ),
  q(
    'de-team-enger',
    2,
    I_LEAD_AND_PEERS,
    'Mit wem {würdest du|würden Sie} gern enger zusammenarbeiten?',
    'Was würde diese Zusammenarbeit {dir|Ihnen} bringen?',
  ),
  q(
    'de-team-meetings',
    2,
    I_LEAD_AND_PEERS,
    'Wie könnten wir unsere Teammeetings für {dich|Sie} nützlicher machen?',
    'Was sollten wir unbedingt beibehalten?',
  ),
  q(
    'de-team-anerkennung',
    1,
    I_LEAD_AND_PEERS,
    'Wer im Team hat in letzter Zeit Anerkennung verdient?',
    'Wofür genau?',
  ),
  q(
    'de-team-reibung',
    3,
    I_LEAD,
    'Welche Reibung im Team {möchtest du|möchten Sie} ansprechen?',
    'Was würde {dir|Ihnen} helfen, sie zu klären?',
  ),
  q(
    'de-team-abstimmung',
    2,
    I_LEAD_AND_PEERS,
    'Wo klappt die Abstimmung mit anderen Teams gut?',
    'Und wo holpert sie noch?',
  ),
  q(
    'de-team-neue',
    2,
    I_LEAD,
    'Wie kommen die Neuen im Team an, aus {deiner|Ihrer} Sicht?',
    'Was würde ihnen den Einstieg erleichtern?',
  ),
  q(
    'de-team-idee',
    1,
    I_LEAD_AND_PEERS,
    'Welche Idee {würdest du|würden Sie} gern mit dem Team ausprobieren?',
    'Wer könnte dabei mitmachen?',
  ),
  q(
    'de-team-wissen',
    2,
    I_LEAD,
    'Welches Wissen steckt nur in einem Kopf und sollte geteilt werden?',
    'Wie könnte das Teilen leicht gehen?',
  ),
  q(
    'de-team-konflikt',
    3,
    I_LEAD_AND_PEERS,
    'Wie {möchtest du|möchten Sie}, dass wir mit Meinungsverschiedenheiten im Team umgehen?',
    'Was hat dabei früher gut funktioniert?',
  ),
  q(
    'de-team-ritual',
    1,
    I_LEAD_AND_PEERS,
    'Welches Teamritual {magst du|mögen Sie} besonders?',
    'Welches könnte aus {deiner|Ihrer} Sicht wegfallen?',
  ),
  q(
    'de-team-zugehoerig',
    3,
    I_LEAD,
    'Wie sehr {fühlst du dich|fühlen Sie sich} im Team zugehörig?',
    'Was würde das Gefühl stärken?',
  ),
  q(
    'de-team-hilfe',
    2,
    I_LEAD_AND_PEERS,
    'Wer im Team könnte von {deiner|Ihrer} Erfahrung profitieren?',
    'Wie könnte das aussehen?',
  ),
];
