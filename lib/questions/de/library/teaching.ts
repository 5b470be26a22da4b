/**
 * Anleiten (Lehrer-Modus): Wenn die Fähigkeit selbst fehlt, helfen Coaching und Mentoring nicht;
 * erst das Fundament. Die Fragen bieten an, es zu zeigen, und prüfen freundlich, was angekommen ist.
 */
import type { Relationships } from '../../catalogue/define';
import { germanQuestionsIn } from '../define';

/** Menschen, die ich anleiten kann: die ich führe oder fördere. */
const LEARNERS: Relationships = ['report', 'mentee', 'skip-level'];
/** Auch ein Kollege kann mich bitten, ihm etwas zu zeigen. */
const LEARNERS_AND_PEERS: Relationships = ['report', 'mentee', 'skip-level', 'peer'];

const q = germanQuestionsIn('teaching', [
  'Wie {würdest du|würden Sie} es in eigenen Worten sagen?',
  'Wo {möchtest du|möchten Sie} es als Erstes ausprobieren?',
  'Welchen Teil soll ich noch einmal zeigen?',
]);

export const teachingQuestionsDe = [
  q(
    'de-teaching-zeigen',
    1,
    LEARNERS_AND_PEERS,
    'Wäre es hilfreich, wenn ich {dir|Ihnen} zeige, wie ich dabei vorgehe?',
    'Bei welchem Teil soll ich langsamer machen?',
  ),
  q(
    'de-teaching-beispiel',
    2,
    LEARNERS_AND_PEERS,
    'Sollen wir ein Beispiel gleich gemeinsam durchgehen?',
    'Was ist {dir|Ihnen} dabei aufgefallen?',
  ),
  q(
    'de-teaching-erklaeren',
    2,
    LEARNERS,
    'Wie {würdest du|würden Sie} mir den Ansatz in eigenen Worten erklären?',
    'Welcher Schritt ließ sich am schwersten in Worte fassen?',
  ),
  q(
    'de-teaching-grundlage',
    1,
    LEARNERS,
    'Welche Grundlage fehlt {dir|Ihnen} noch, bevor wir weitermachen?',
    'Wie {lernst du|lernen Sie} so etwas am liebsten?',
  ),
  q(
    'de-teaching-zuerst',
    1,
    LEARNERS_AND_PEERS,
    'Mit welchem Teil {möchtest du|möchten Sie} anfangen?',
    'Was macht gerade diesen Teil zum richtigen Start?',
  ),
  q(
    'de-teaching-unklar',
    2,
    LEARNERS,
    'Welcher Teil ist noch am wenigsten klar?',
    'Was würde ihn klarer machen: ein Beispiel oder eine Skizze?',
  ),
  q(
    'de-teaching-selbst',
    2,
    LEARNERS,
    'Wie {möchtest du|möchten Sie} es beim nächsten Mal allein versuchen?',
    'Wann soll ich danach draufschauen?',
  ),
  q(
    'de-teaching-hilfsmittel',
    1,
    LEARNERS_AND_PEERS,
    'Welche Unterlagen oder Beispiele würden {dir|Ihnen} beim Üben helfen?',
    'Wo sollen wir sie ablegen?',
  ),
  q(
    'de-teaching-gelandet',
    3,
    LEARNERS,
    'Was ist von dem, was ich gezeigt habe, bei {dir|Ihnen} angekommen?',
    'Was davon {würdest du|würden Sie} anders machen?',
  ),
  q(
    'de-teaching-tempo',
    2,
    LEARNERS_AND_PEERS,
    'Wie passt das Tempo für {dich|Sie}?',
    'Wo soll ich schneller oder langsamer werden?',
  ),
  q(
    'de-teaching-anwenden',
    3,
    LEARNERS,
    'In welcher echten Aufgabe {könntest du|könnten Sie} das diese Woche anwenden?',
    'Was {brauchst du|brauchen Sie} dafür noch von mir?',
  ),
];
