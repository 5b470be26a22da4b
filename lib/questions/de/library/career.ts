/** Karriere: wohin die Person will – gefragt, um zu verstehen, nicht um zu bewerten. */
import { AHEAD_OF_ME, CLOSE_REPORTS, I_LEAD } from '../../catalogue/define';
import { germanQuestionsIn } from '../define';

const q = germanQuestionsIn('career', [
  'Was könnten wir in den nächsten Monaten dafür tun?',
  'Worauf sollen wir beim nächsten Mal zurückkommen?',
]);

export const careerQuestionsDe = [
  q(
    'de-career-paar-jahre',
    3,
    I_LEAD,
    'Wo {siehst du dich|sehen Sie sich} beruflich in ein paar Jahren?',
    'Was zieht {dich|Sie} an diesem Bild am meisten an?',
  ),
  q(
    'de-career-naechster-schritt',
    2,
    I_LEAD,
    'Wie sähe ein guter nächster Schritt für {dich|Sie} aus?',
    'Was würde ihn greifbarer machen?',
  ),
  q(
    'de-career-mehr-davon',
    2,
    I_LEAD,
    'Von welchen Teilen {deiner|Ihrer} Rolle {hättest du|hätten Sie} gern mehr?',
    'Was gibt {dir|Ihnen} gerade dieser Teil?',
  ),
  q(
    'de-career-traumrolle',
    3,
    I_LEAD,
    'Wenn {du dir|Sie sich} {deine|Ihre} Rolle frei zuschneiden {könntest|könnten}: Was gehörte dazu?',
    'Was davon ließe sich heute schon einbauen?',
  ),
  q(
    'de-career-fach-oder-fuehrung',
    2,
    I_LEAD,
    'Was reizt {dich|Sie} mehr: fachliche Tiefe oder die Führung von Menschen?',
    'Woran {merkst du|merken Sie} das?',
  ),
  q(
    'de-career-tueren',
    3,
    I_LEAD,
    'Welche Fähigkeiten würden {dir|Ihnen} die meisten Türen öffnen?',
    'Welche davon {möchtest du|möchten Sie} zuerst angehen?',
  ),
  q(
    'de-career-sichtbarkeit',
    2,
    I_LEAD,
    'Welche Arbeit von {dir|Ihnen} verdient mehr Aufmerksamkeit?',
    'Wer sollte davon erfahren?',
  ),
  q(
    'de-career-vorbild',
    2,
    [...I_LEAD, 'peer'],
    'Wessen beruflicher Weg inspiriert {dich|Sie}?',
    'Was daran {möchtest du|möchten Sie} für {dich|sich} übernehmen?',
  ),
  q(
    'de-career-naechste-stufe',
    2,
    ['report', 'skip-level'],
    'Wie klar ist {dir|Ihnen}, was es für die nächste Stufe braucht?',
    'Wo wäre mehr Klarheit am hilfreichsten?',
  ),
  q(
    'de-career-fortschritt',
    2,
    I_LEAD,
    'Wie zufrieden {bist du|sind Sie} mit {deiner|Ihrer} Entwicklung im letzten halben Jahr?',
    'Was hat {dich|Sie} am meisten weitergebracht?',
  ),
  q(
    'de-career-wunschprojekt',
    2,
    [...I_LEAD, 'peer'],
    'Bei welchem Projekt {wärst du|wären Sie} gern dabei?',
    'Was würde {dich|Sie} daran reizen?',
  ),
  q(
    'de-career-bleiben',
    3,
    CLOSE_REPORTS,
    'Was hält {dich|Sie} hier?',
    'Was würde {dich|Sie} noch lieber bleiben lassen?',
  ),
  q(
    'de-career-rat',
    2,
    AHEAD_OF_ME,
    'Welche Erfahrungen {würdest du|würden Sie} mir für meinen nächsten Schritt empfehlen?',
    'Wie {hast du|haben Sie} diese Erfahrungen selbst gesammelt?',
  ),
  q(
    'de-career-weg',
    2,
    AHEAD_OF_ME,
    'Wie {hast du|haben Sie} {deinen|Ihren} eigenen Weg gefunden?',
    'Was {würdest du|würden Sie} heute anders angehen?',
  ),
];
