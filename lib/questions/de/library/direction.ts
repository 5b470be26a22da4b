/** Richtung: die Strategie nach unten erklären und die Person einladen, mitzudenken. */
import { I_LEAD } from '../../catalogue/define';
import type { Relationships } from '../../catalogue/define';
import { germanQuestionsIn } from '../define';

const q = germanQuestionsIn('direction', [
  'Was soll ich davon nach oben mitnehmen?',
  'Welche Information würde {dir|Ihnen} dabei noch helfen?',
]);

const SHARE_WITH: Relationships = [...I_LEAD, 'peer'];

export const directionQuestionsDe = [
  q(
    'de-direction-verstaendlich',
    2,
    SHARE_WITH,
    'Wie gut {verstehst du|verstehen Sie}, wohin sich das Unternehmen gerade entwickelt?',
    'Welcher Teil ist noch am unklarsten?',
  ),
  q(
    'de-direction-entscheidung',
    2,
    SHARE_WITH,
    'Welche Entscheidung aus letzter Zeit {würdest du|würden Sie} gern besser verstehen?',
    'Was daran wirft bei {dir|Ihnen} Fragen auf?',
  ),
  q(
    'de-direction-beitrag',
    2,
    I_LEAD,
    'Wie {siehst du|sehen Sie} {deine|Ihre} Arbeit im Zusammenhang mit unseren Zielen?',
    'Wo wird der Zusammenhang für {dich|Sie} am deutlichsten?',
  ),
  q(
    'de-direction-einbringen',
    2,
    SHARE_WITH,
    'Bei welchem anstehenden Vorhaben {würdest du dich|würden Sie sich} gern einbringen?',
    'Was {würdest du|würden Sie} dazu beitragen?',
  ),
  q(
    'de-direction-sorge',
    3,
    SHARE_WITH,
    'Welche Veränderung im Unternehmen bereitet {dir|Ihnen} Sorgen?',
    'Was würde {dir|Ihnen} mehr Sicherheit geben?',
  ),
  q(
    'de-direction-chance',
    2,
    SHARE_WITH,
    'Wo {siehst du|sehen Sie} eine Chance, die wir noch nicht nutzen?',
    'Was bräuchte es, um sie zu nutzen?',
  ),
  q(
    'de-direction-nachfragen',
    1,
    SHARE_WITH,
    'Zu welchen Neuigkeiten aus dem Unternehmen {hast du|haben Sie} Fragen?',
    'Was {hast du|haben Sie} bisher darüber gehört?',
  ),
  q(
    'de-direction-ziele-team',
    2,
    I_LEAD,
    'Wie passen die Teamziele für {dich|Sie} zu dem, was {du|Sie} täglich {tust|tun}?',
    'Wo passt es noch nicht ganz zusammen?',
  ),
  q(
    'de-direction-strategie',
    3,
    SHARE_WITH,
    'Was {würdest du|würden Sie} an unserer Strategie ändern, wenn {du|Sie} {könntest|könnten}?',
    'Was wäre der erste Schritt dahin?',
  ),
  q(
    'de-direction-kunden',
    2,
    SHARE_WITH,
    'Was {hörst du|hören Sie} von Kundinnen und Kunden, das bei uns ankommen sollte?',
    'Wer sollte das als Erstes hören?',
  ),
  q(
    'de-direction-quartal',
    1,
    ['report', 'skip-level'],
    'Was {möchtest du|möchten Sie} über die Pläne für das nächste Quartal wissen?',
    'Was davon betrifft {deine|Ihre} Arbeit am meisten?',
  ),
  q(
    'de-direction-bedeutung',
    2,
    ['peer'],
    'Was bedeuten die neuen Ziele für {deine|Ihre} Arbeit?',
    'Wo könnten wir uns dabei gegenseitig helfen?',
  ),
];
