/**
 * Einstieg: das Gespräch gehört dem Gegenüber, also kommen seine Themen zuerst. In einem 1:1 mit
 * jemandem, den ich führe, beginnt Tandem mit einer dieser Fragen.
 */
import { I_LEAD, I_LEAD_AND_PEERS } from '../../catalogue/define';
import { germanQuestionsIn } from '../define';

const q = germanQuestionsIn('opening', [
  'Welches davon ist {dir|Ihnen} heute am wichtigsten?',
  'Was {möchtest du|möchten Sie} lieber auf ein anderes Mal verschieben?',
]);

export const openingQuestionsDe = [
  q(
    'de-opening-liste',
    1,
    I_LEAD_AND_PEERS,
    'Was steht heute auf {deiner|Ihrer} Liste für uns?',
    'Womit {möchtest du|möchten Sie} anfangen?',
  ),
  q(
    'de-opening-anfangen',
    1,
    I_LEAD_AND_PEERS,
    'Womit {möchtest du|möchten Sie} heute beginnen?',
    'Was macht gerade dieses Thema zum ersten?',
  ),
  q(
    'de-opening-oben',
    1,
    I_LEAD_AND_PEERS,
    'Was ist für heute bei {dir|Ihnen} ganz oben?',
    'Wie lange beschäftigt {dich|Sie} das schon?',
  ),
  q(
    'de-opening-halbe-stunde',
    2,
    I_LEAD,
    'Wie {möchtest du|möchten Sie} unsere halbe Stunde heute nutzen?',
    'Was würde sie für {dich|Sie} lohnend machen?',
  ),
  q(
    'de-opening-mitgebracht',
    1,
    I_LEAD,
    'Was {hast du|haben Sie} heute mitgebracht?',
    'Was davon ist am dringendsten?',
  ),
  q(
    'de-opening-seit-letztem-mal',
    1,
    I_LEAD_AND_PEERS,
    'Was ist seit unserem letzten Gespräch passiert, das {du|Sie} besprechen {möchtest|möchten}?',
    'Was davon hat {dich|Sie} am meisten beschäftigt?',
  ),
  q(
    'de-opening-ein-ergebnis',
    2,
    I_LEAD,
    'Mit welchem Ergebnis {möchtest du|möchten Sie} heute aus dem Gespräch gehen?',
    'Was bräuchte es dafür von mir?',
  ),
  q(
    'de-opening-themen',
    1,
    I_LEAD,
    'Welche Themen {möchtest du|möchten Sie} heute ansprechen?',
    'Welches davon braucht die meiste Zeit?',
  ),
  q(
    'de-opening-entscheidung',
    2,
    I_LEAD_AND_PEERS,
    'Bei welcher Sache {wünschst du dir|wünschen Sie sich} heute meine Meinung?',
    'Was {hast du|haben Sie} dazu schon überlegt?',
  ),
  q(
    'de-opening-nicht-vergessen',
    2,
    I_LEAD,
    'Was sollten wir heute auf keinen Fall vergessen?',
    'Warum gerade das?',
  ),
  q(
    'de-opening-platz',
    3,
    I_LEAD,
    'Wofür war in unseren letzten Gesprächen zu wenig Platz?',
    'Wie viel Zeit {möchtest du|möchten Sie} heute dafür?',
  ),
];
