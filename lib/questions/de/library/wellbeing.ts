/** Wohlbefinden: wie es der Person geht – Energie, Belastung, Stimmung, Pausen. */
import { CLOSE_REPORTS, EVERYONE, I_LEAD, I_LEAD_AND_PEERS } from '../../catalogue/define';
import { germanQuestionsIn } from '../define';

const q = germanQuestionsIn('wellbeing');

export const wellbeingQuestionsDe = [
  q('de-wellbeing-wie-geht-es', 1, EVERYONE, 'Wie {geht es dir|geht es Ihnen} gerade?'),
  q('de-wellbeing-energie', 1, EVERYONE, 'Wie steht es diese Woche um {deine|Ihre} Energie?'),
  q('de-wellbeing-kopf', 1, EVERYONE, 'Was {geht dir|geht Ihnen} zurzeit durch den Kopf?'),
  q('de-wellbeing-pensum', 2, I_LEAD, 'Wie fühlt sich {dein|Ihr} Arbeitspensum im Moment an?'),
  q('de-wellbeing-schlaf', 2, CLOSE_REPORTS, '{Kommst du|Kommen Sie} gerade zu genug Erholung?'),
  q(
    'de-wellbeing-abschalten',
    2,
    I_LEAD_AND_PEERS,
    'Was hilft {dir|Ihnen}, nach der Arbeit abzuschalten?',
  ),
  q('de-wellbeing-kraft', 2, EVERYONE, 'Was hat {dich|Sie} in letzter Zeit viel Kraft gekostet?'),
  q('de-wellbeing-tankt-auf', 1, EVERYONE, 'Was gibt {dir|Ihnen} im Moment Energie?'),
  q(
    'de-wellbeing-zu-viel',
    2,
    I_LEAD,
    'Woran {merkst du|merken Sie}, dass {dir|Ihnen} etwas zu viel wird?',
  ),
  q(
    'de-wellbeing-gute-woche',
    1,
    EVERYONE,
    'Was würde die nächste Woche für {dich|Sie} zu einer guten Woche machen?',
  ),
  q(
    'de-wellbeing-skala',
    1,
    I_LEAD_AND_PEERS,
    'Auf einer Skala von eins bis zehn: Wie {geht es dir|geht es Ihnen} mit der Arbeit?',
  ),
  q(
    'de-wellbeing-entlasten',
    2,
    I_LEAD,
    'Gibt es etwas, das ich {dir|Ihnen} abnehmen kann, damit es leichter wird?',
  ),
  q(
    'de-wellbeing-ausserhalb',
    3,
    CLOSE_REPORTS,
    'Gibt es außerhalb der Arbeit gerade etwas, das {dich|Sie} beschäftigt und das ich wissen darf?',
  ),
  q(
    'de-wellbeing-pausen',
    2,
    I_LEAD_AND_PEERS,
    'Wie gut {gelingt es dir|gelingt es Ihnen}, im Alltag Pausen zu machen?',
  ),
  q(
    'de-wellbeing-stimmung',
    2,
    I_LEAD,
    'Wie {würdest du|würden Sie} {deine|Ihre} Stimmung in den letzten Wochen beschreiben?',
  ),
  q('de-wellbeing-gut-tun', 3, EVERYONE, 'Was würde {dir|Ihnen} gerade richtig guttun?'),
];
