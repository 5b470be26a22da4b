/** Aktuelle Arbeit: woran die Person sitzt, was hakt, was gut läuft. */
import { AHEAD_OF_ME, I_LEAD, I_LEAD_AND_PEERS } from '../../catalogue/define';
import { germanQuestionsIn } from '../define';

const q = germanQuestionsIn('operative');

export const operativeQuestionsDe = [
  q(
    'de-operative-woran',
    1,
    I_LEAD_AND_PEERS,
    'Woran {arbeitest du|arbeiten Sie} gerade am liebsten?',
  ),
  q('de-operative-haken', 1, I_LEAD_AND_PEERS, 'Wo hakt es im Moment, falls irgendwo?'),
  q(
    'de-operative-gut-laeuft',
    1,
    I_LEAD_AND_PEERS,
    'Was läuft bei {dir|Ihnen} gerade richtig gut?',
  ),
  q(
    'de-operative-prioritaeten',
    2,
    I_LEAD,
    'Wie klar sind {dir|Ihnen} {deine|Ihre} Prioritäten für die nächsten Wochen?',
  ),
  q(
    'de-operative-hindernis',
    2,
    I_LEAD_AND_PEERS,
    'Gibt es ein Hindernis, das ich aus dem Weg räumen kann?',
  ),
  q(
    'de-operative-entscheidung',
    2,
    I_LEAD,
    '{Wartest du|Warten Sie} gerade auf eine Entscheidung, die {dich|Sie} ausbremst?',
  ),
  q('de-operative-abgeben', 2, I_LEAD, 'Welche Aufgabe {würdest du|würden Sie} gern abgeben?'),
  q(
    'de-operative-zeitfresser',
    2,
    I_LEAD_AND_PEERS,
    'Was frisst im Moment mehr Zeit, als es wert ist?',
  ),
  q(
    'de-operative-naechste-woche',
    1,
    [...I_LEAD_AND_PEERS, 'manager'],
    'Was steht in der nächsten Woche bei {dir|Ihnen} an?',
  ),
  q(
    'de-operative-meetings',
    2,
    I_LEAD_AND_PEERS,
    'Welche Termine helfen {dir|Ihnen} wirklich, und auf welche {könntest du|könnten Sie} verzichten?',
  ),
  q(
    'de-operative-fokus',
    2,
    I_LEAD,
    'Wie viel Zeit am Stück {hast du|haben Sie} gerade für konzentrierte Arbeit?',
  ),
  q(
    'de-operative-ueberrascht',
    2,
    I_LEAD_AND_PEERS,
    'Was hat {dich|Sie} am aktuellen Projekt überrascht?',
  ),
  q(
    'de-operative-risiko',
    2,
    I_LEAD,
    '{Siehst du|Sehen Sie} ein Risiko, über das wir früh sprechen sollten?',
  ),
  q(
    'de-operative-werkzeuge',
    1,
    I_LEAD_AND_PEERS,
    'Welches Werkzeug oder welcher Ablauf könnte {dir|Ihnen} Arbeit sparen?',
  ),
  q(
    'de-operative-von-mir',
    1,
    [...AHEAD_OF_ME, 'peer'],
    'Woran {arbeitest du|arbeiten Sie} gerade, bei dem ich helfen könnte?',
  ),
  q(
    'de-operative-erfolg',
    2,
    I_LEAD,
    'Woran {wirst du|werden Sie} merken, dass {dein|Ihr} aktuelles Projekt ein Erfolg ist?',
  ),
];
