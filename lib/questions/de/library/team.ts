/** Team und Zusammenarbeit: Stimmung, Abläufe, wer mit wem gut kann. */
import { I_LEAD, I_LEAD_AND_PEERS } from '../../catalogue/define';
import { germanQuestionsIn } from '../define';

const q = germanQuestionsIn('team');

export const teamQuestionsDe = [
  q(
    'de-team-stimmung',
    1,
    I_LEAD_AND_PEERS,
    'Wie {erlebst du|erleben Sie} die Stimmung im Team gerade?',
  ),
  q('de-team-gut-laeuft', 1, I_LEAD_AND_PEERS, 'Was läuft im Team gerade richtig gut?'),
  q(
    'de-team-enger',
    2,
    I_LEAD_AND_PEERS,
    'Mit wem {würdest du|würden Sie} gern enger zusammenarbeiten?',
  ),
  q(
    'de-team-meetings',
    2,
    I_LEAD_AND_PEERS,
    'Wie könnten wir unsere Teammeetings für {dich|Sie} nützlicher machen?',
  ),
  q(
    'de-team-anerkennung',
    1,
    I_LEAD_AND_PEERS,
    'Wer im Team hat in letzter Zeit Anerkennung verdient?',
  ),
  q(
    'de-team-reibung',
    3,
    I_LEAD,
    'Gibt es Reibung im Team, die {du|Sie} ansprechen {möchtest|möchten}?',
  ),
  q(
    'de-team-abstimmung',
    2,
    I_LEAD_AND_PEERS,
    'Wo klappt die Abstimmung mit anderen Teams gut, und wo holpert sie?',
  ),
  q('de-team-neue', 2, I_LEAD, 'Wie kommen die Neuen im Team an, aus {deiner|Ihrer} Sicht?'),
  q(
    'de-team-idee',
    1,
    I_LEAD_AND_PEERS,
    'Welche Idee {würdest du|würden Sie} gern mit dem Team ausprobieren?',
  ),
  q(
    'de-team-wissen',
    2,
    I_LEAD,
    'Welches Wissen steckt nur in einem Kopf und sollte geteilt werden?',
  ),
  q(
    'de-team-konflikt',
    3,
    I_LEAD_AND_PEERS,
    'Wie {möchtest du|möchten Sie}, dass wir mit Meinungsverschiedenheiten im Team umgehen?',
  ),
  q(
    'de-team-ritual',
    1,
    I_LEAD_AND_PEERS,
    'Welches Teamritual {magst du|mögen Sie}, und welches könnte weg?',
  ),
  q(
    'de-team-zugehoerig',
    3,
    I_LEAD,
    'Wie sehr {fühlst du dich|fühlen Sie sich} im Team zugehörig?',
  ),
  q(
    'de-team-hilfe',
    2,
    I_LEAD_AND_PEERS,
    'Wer im Team {könnte von deiner|könnte von Ihrer} Erfahrung profitieren?',
  ),
];
