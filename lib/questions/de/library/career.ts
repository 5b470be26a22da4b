/** Karriere: wohin die Person möchte. Offen gefragt: Bleiben ist eine gute Antwort. */
import { AHEAD_OF_ME, CLOSE_REPORTS, I_LEAD } from '../../catalogue/define';
import { germanQuestionsIn } from '../define';

const q = germanQuestionsIn('career');

export const careerQuestionsDe = [
  q(
    'de-career-paar-jahre',
    3,
    I_LEAD,
    'Wo {siehst du dich|sehen Sie sich} beruflich in ein paar Jahren?',
  ),
  q(
    'de-career-naechster-schritt',
    2,
    I_LEAD,
    'Wie sähe ein guter nächster Schritt für {dich|Sie} aus?',
  ),
  q(
    'de-career-mehr-davon',
    2,
    I_LEAD,
    'Von welchen Teilen {deiner|Ihrer} Rolle {hättest du|hätten Sie} gern mehr?',
  ),
  q(
    'de-career-traumrolle',
    3,
    I_LEAD,
    'Wenn {du dir|Sie sich} {deine|Ihre} Rolle frei zuschneiden {könntest|könnten}: Was gehörte dazu?',
  ),
  q(
    'de-career-fach-oder-fuehrung',
    2,
    I_LEAD,
    'Zieht es {dich|Sie} eher zur fachlichen Tiefe oder zur Führung von Menschen?',
  ),
  q(
    'de-career-tueren',
    3,
    I_LEAD,
    'Welche Fähigkeiten würden {dir|Ihnen} die meisten Türen öffnen?',
  ),
  q(
    'de-career-sichtbarkeit',
    2,
    I_LEAD,
    'Gibt es Arbeit von {dir|Ihnen}, die mehr gesehen werden sollte?',
  ),
  q('de-career-vorbild', 2, [...I_LEAD, 'peer'], 'Wessen beruflicher Weg inspiriert {dich|Sie}?'),
  q(
    'de-career-naechste-stufe',
    2,
    ['report', 'skip-level'],
    'Wie klar ist {dir|Ihnen}, was es für die nächste Stufe braucht?',
  ),
  q(
    'de-career-fortschritt',
    2,
    I_LEAD,
    'Wie zufrieden {bist du|sind Sie} mit {deiner|Ihrer} Entwicklung im letzten halben Jahr?',
  ),
  q(
    'de-career-wunschprojekt',
    2,
    [...I_LEAD, 'peer'],
    'Gibt es ein Projekt, bei dem {du|Sie} gern dabei {wärst|wären}?',
  ),
  q(
    'de-career-bleiben',
    3,
    CLOSE_REPORTS,
    'Was hält {dich|Sie} hier, und was würde {dich|Sie} noch lieber bleiben lassen?',
  ),
  q(
    'de-career-rat',
    2,
    AHEAD_OF_ME,
    'Welche Erfahrungen {würdest du|würden Sie} mir für meinen nächsten Schritt empfehlen?',
  ),
  q(
    'de-career-weg',
    2,
    AHEAD_OF_ME,
    'Wie {hast du|haben Sie} {deinen|Ihren} eigenen Weg gefunden?',
  ),
];
