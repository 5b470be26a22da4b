/** Richtung: Pläne teilen, Ziele erklären, die Person einladen mitzudenken. */
import { I_LEAD } from '../../catalogue/define';
import { germanQuestionsIn } from '../define';

const q = germanQuestionsIn('direction');

const SHARE_WITH = [...I_LEAD, 'peer'] as const;

export const directionQuestionsDe = [
  q(
    'de-direction-verstaendlich',
    2,
    SHARE_WITH,
    'Wie gut {verstehst du|verstehen Sie}, wohin sich das Unternehmen gerade entwickelt?',
  ),
  q(
    'de-direction-entscheidung',
    2,
    SHARE_WITH,
    'Welche Entscheidung aus letzter Zeit {würdest du|würden Sie} gern besser verstehen?',
  ),
  q(
    'de-direction-beitrag',
    2,
    I_LEAD,
    'Wie {siehst du|sehen Sie} {deine|Ihre} Arbeit im Zusammenhang mit unseren Zielen?',
  ),
  q(
    'de-direction-einbringen',
    2,
    SHARE_WITH,
    'Bei welchem anstehenden Vorhaben {würdest du dich|würden Sie sich} gern einbringen?',
  ),
  q(
    'de-direction-sorge',
    3,
    SHARE_WITH,
    'Welche Veränderung im Unternehmen bereitet {dir|Ihnen} Sorgen?',
  ),
  q(
    'de-direction-chance',
    2,
    SHARE_WITH,
    'Wo {siehst du|sehen Sie} eine Chance, die wir noch nicht nutzen?',
  ),
  q(
    'de-direction-nachfragen',
    1,
    SHARE_WITH,
    'Gibt es Neuigkeiten aus dem Unternehmen, zu denen {du|Sie} Fragen {hast|haben}?',
  ),
  q(
    'de-direction-ziele-team',
    2,
    I_LEAD,
    'Wie passen die Teamziele für {dich|Sie} zu dem, was {du|Sie} täglich {tust|tun}?',
  ),
  q(
    'de-direction-strategie',
    3,
    SHARE_WITH,
    'Was {würdest du|würden Sie} an unserer Strategie ändern, wenn {du|Sie} {könntest|könnten}?',
  ),
  q(
    'de-direction-kunden',
    2,
    SHARE_WITH,
    'Was {hörst du|hören Sie} von Kundinnen und Kunden, das bei uns ankommen sollte?',
  ),
  q(
    'de-direction-quartal',
    1,
    ['report', 'skip-level'],
    'Was {möchtest du|möchten Sie} über die Pläne für das nächste Quartal wissen?',
  ),
  q('de-direction-bedeutung', 2, ['peer'], 'Was bedeuten die neuen Ziele für {deine|Ihre} Arbeit?'),
];
