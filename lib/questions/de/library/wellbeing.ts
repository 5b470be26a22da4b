/** Wohlbefinden: wie es der Person geht – Energie, Belastung, Stimmung, Pausen. Meist leicht, damit ein Gespräch sanft beginnen kann. */
import { CLOSE_REPORTS, EVERYONE, I_LEAD, I_LEAD_AND_PEERS } from '../../catalogue/define';
import { germanQuestionsIn } from '../define';

const q = germanQuestionsIn('wellbeing', [
  'Was wäre eine kleine Sache, die bis zu unserem nächsten Gespräch helfen würde?',
  'Was soll ich mit dem anfangen, was {du mir erzählt hast|Sie mir erzählt haben}, wenn überhaupt etwas?',
]);

export const wellbeingQuestionsDe = [
  q(
    'de-wellbeing-wie-geht-es',
    1,
    EVERYONE,
    'Wie {geht es dir|geht es Ihnen} gerade?',
    'Was steckt hinter diesem Gefühl?',
  ),
  q(
    'de-wellbeing-energie',
    1,
    EVERYONE,
    'Wie steht es diese Woche um {deine|Ihre} Energie?',
    'Was hat {dir|Ihnen} Energie gegeben, und was hat sie gezogen?',
  ),
  q(
    'de-wellbeing-kopf',
    1,
    EVERYONE,
    'Was {geht dir|geht Ihnen} zurzeit durch den Kopf?',
    'Wie lange beschäftigt {dich|Sie} das schon?',
  ),
  q(
    'de-wellbeing-pensum',
    2,
    I_LEAD,
    'Wie fühlt sich {dein|Ihr} Arbeitspensum im Moment an?',
    'Welcher Teil davon wiegt gerade am schwersten?',
  ),
  q(
    'de-wellbeing-erholung',
    2,
    CLOSE_REPORTS,
    'Wie viel Erholung {bekommst du|bekommen Sie} gerade neben der Arbeit?',
    'Was würde {dir|Ihnen} mehr Raum dafür verschaffen?',
  ),
  q(
    'de-wellbeing-abschalten',
    2,
    I_LEAD_AND_PEERS,
    'Was hilft {dir|Ihnen}, nach der Arbeit abzuschalten?',
    'Wie oft {kommst du|kommen Sie} in letzter Zeit dazu?',
  ),
  q(
    'de-wellbeing-kraft',
    2,
    EVERYONE,
    'Was hat {dich|Sie} in letzter Zeit viel Kraft gekostet?',
    'Was hätte es leichter gemacht?',
  ),
  q(
    'de-wellbeing-tankt-auf',
    1,
    EVERYONE,
    'Was gibt {dir|Ihnen} im Moment Energie?',
    'Wie ließe sich davon mehr in {deine|Ihre} Woche holen?',
  ),
  q(
    'de-wellbeing-zu-viel',
    2,
    I_LEAD,
    'Woran {merkst du|merken Sie}, dass {dir|Ihnen} etwas zu viel wird?',
    'Was hilft {dir|Ihnen} in solchen Momenten?',
  ),
  q(
    'de-wellbeing-gute-woche',
    1,
    EVERYONE,
    'Was würde die nächste Woche für {dich|Sie} zu einer guten Woche machen?',
    'Was davon liegt in {deiner|Ihrer} Hand?',
  ),
  q(
    'de-wellbeing-skala',
    1,
    I_LEAD_AND_PEERS,
    'Auf einer Skala von eins bis zehn: Wie {geht es dir|geht es Ihnen} mit der Arbeit?',
    'Was würde die Zahl um einen Punkt heben?',
  ),
  q(
    'de-wellbeing-entlasten',
    2,
    I_LEAD,
    'Was könnte ich {dir|Ihnen} abnehmen, damit es leichter wird?',
    'Ab wann würde {dir|Ihnen} das am meisten helfen?',
  ),
  q(
    'de-wellbeing-ausserhalb',
    3,
    CLOSE_REPORTS,
    'Was beschäftigt {dich|Sie} außerhalb der Arbeit gerade, das ich wissen darf?',
    'Wie kann ich darauf Rücksicht nehmen?',
  ),
  q(
    'de-wellbeing-pausen',
    2,
    I_LEAD_AND_PEERS,
    'Wie gut {gelingt es dir|gelingt es Ihnen}, im Alltag Pausen zu machen?',
    'Was steht den Pausen am häufigsten im Weg?',
  ),
  q(
    'de-wellbeing-stimmung',
    2,
    I_LEAD,
    'Wie {würdest du|würden Sie} {deine|Ihre} Stimmung in den letzten Wochen beschreiben?',
    'Was hat sie am meisten geprägt?',
  ),
  q(
    'de-wellbeing-gut-tun',
    3,
    EVERYONE,
    'Was würde {dir|Ihnen} gerade richtig guttun?',
    'Was bräuchte es, damit das möglich wird?',
  ),
];
