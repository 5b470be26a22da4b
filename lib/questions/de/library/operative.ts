/** Aktuelle Arbeit: woran die Person arbeitet, was gut läuft und wo es hakt – damit sie selbst nachdenken kann. */
import { AHEAD_OF_ME, I_LEAD, I_LEAD_AND_PEERS } from '../../catalogue/define';
import { germanQuestionsIn } from '../define';

const q = germanQuestionsIn('operative', [
  'Was wäre ein guter nächster Schritt dafür?',
  'Wann sollen wir wieder gemeinsam darauf schauen?',
]);

export const operativeQuestionsDe = [
  q(
    'de-operative-woran',
    1,
    I_LEAD_AND_PEERS,
    'Woran {arbeitest du|arbeiten Sie} gerade am liebsten?',
    'Was macht gerade diese Arbeit so angenehm?',
  ),
  q(
    'de-operative-haken',
    1,
    I_LEAD_AND_PEERS,
    'Wo hakt es im Moment, falls irgendwo?',
    'Was würde es als Erstes lösen?',
  ),
  q(
    'de-operative-gut-laeuft',
    1,
    I_LEAD_AND_PEERS,
    'Was läuft bei {dir|Ihnen} gerade richtig gut?',
    'Was trägt dazu bei?',
  ),
  q(
    'de-operative-prioritaeten',
    2,
    I_LEAD,
    'Wie klar sind {dir|Ihnen} {deine|Ihre} Prioritäten für die nächsten Wochen?',
    'Was würde sie klarer machen?',
  ),
  q(
    'de-operative-hindernis',
    2,
    I_LEAD_AND_PEERS,
    'Welches Hindernis könnte ich {dir|Ihnen} aus dem Weg räumen?',
    'Wen bräuchte es dafür noch?',
  ),
  q(
    'de-operative-entscheidung',
    2,
    I_LEAD,
    'Auf welche Entscheidung {wartest du|warten Sie} gerade?',
    'Was würde {dir|Ihnen} helfen, bis sie fällt?',
  ),
  q(
    'de-operative-abgeben',
    2,
    I_LEAD,
    'Welche Aufgabe {würdest du|würden Sie} gern abgeben?',
    'Wer könnte daran Freude haben?',
  ),
  q(
    'de-operative-zeitfresser',
    2,
    I_LEAD_AND_PEERS,
    'Was frisst im Moment mehr Zeit, als es wert ist?',
    'Wie ließe sich das verkleinern?',
  ),
  q(
    'de-operative-naechste-woche',
    1,
    [...I_LEAD_AND_PEERS, 'manager'],
    'Was steht in der nächsten Woche bei {dir|Ihnen} an?',
    'Worauf {freust du dich|freuen Sie sich} davon am meisten?',
  ),
  q(
    'de-operative-meetings',
    2,
    I_LEAD_AND_PEERS,
    'Welche Termine helfen {dir|Ihnen} wirklich bei der Arbeit?',
    'Auf welche {könntest du|könnten Sie} eher verzichten?',
  ),
  q(
    'de-operative-fokus',
    2,
    I_LEAD,
    'Wie viel Zeit am Stück {hast du|haben Sie} gerade für konzentrierte Arbeit?',
    'Was würde {dir|Ihnen} mehr davon verschaffen?',
  ),
  q(
    'de-operative-ueberrascht',
    2,
    I_LEAD_AND_PEERS,
    'Was hat {dich|Sie} am aktuellen Projekt überrascht?',
    'Was bedeutet das für die nächsten Schritte?',
  ),
  q(
    'de-operative-risiko',
    2,
    I_LEAD,
    'Welches Risiko {siehst du|sehen Sie}, über das wir früh sprechen sollten?',
    'Was würde es kleiner machen?',
  ),
  q(
    'de-operative-werkzeuge',
    1,
    I_LEAD_AND_PEERS,
    'Welches Werkzeug oder welcher Ablauf könnte {dir|Ihnen} Arbeit sparen?',
    'Was bräuchte es, um das auszuprobieren?',
  ),
  q(
    'de-operative-von-mir',
    1,
    [...AHEAD_OF_ME, 'peer'],
    'Woran {arbeitest du|arbeiten Sie} gerade, bei dem ich helfen könnte?',
    'Wie sähe meine Hilfe dabei konkret aus?',
  ),
  q(
    'de-operative-erfolg',
    2,
    I_LEAD,
    'Woran {wirst du|werden Sie} merken, dass {dein|Ihr} aktuelles Projekt ein Erfolg ist?',
    'Wie nah {bist du|sind Sie} daran?',
  ),
];
