/** Kolleginnen und Kollegen: über Teamgrenzen hinweg auf Augenhöhe zusammenarbeiten. */
import type { Relationships } from '../../catalogue/define';
import { germanQuestionsIn } from '../define';

/** Kollegen auf meiner Ebene und alle, die Tandem keiner Beziehung zuordnen kann. */
const PEERS: Relationships = ['peer', 'other'];

const q = germanQuestionsIn('across', [
  'Was nehmen wir uns bis zum nächsten Mal vor?',
  'Wen sollten wir dazu noch ins Boot holen?',
]);

export const acrossQuestionsDe = [
  q(
    'de-across-woran',
    1,
    PEERS,
    'Woran {arbeitet dein|arbeitet Ihr} Team gerade, das meines wissen sollte?',
    'Wo berühren sich unsere Vorhaben?',
  ),
  q(
    'de-across-helfen',
    1,
    PEERS,
    'Wobei könnte mein Team {deinem|Ihrem} gerade helfen?',
    'Was wäre dafür der einfachste erste Schritt?',
  ),
  q(
    'de-across-uebergabe',
    2,
    PEERS,
    'Wo hakt es bei den Übergaben zwischen unseren Teams?',
    'Was würde sie reibungsloser machen?',
  ),
  q(
    'de-across-gemeinsam',
    2,
    PEERS,
    'Welches Problem könnten wir nur gemeinsam lösen?',
    'Wer sollte dabei mitreden?',
  ),
  q(
    'de-across-erwartungen',
    2,
    PEERS,
    'Was {erwartest du|erwarten Sie} von meinem Team, das wir vielleicht noch nicht liefern?',
    'Woran würde man merken, dass es besser klappt?',
  ),
  q(
    'de-across-prioritaeten',
    1,
    PEERS,
    'Was hat für {dich|Sie} in den nächsten Wochen Vorrang?',
    'Wo könnte das mit unseren Plänen kollidieren?',
  ),
  q(
    'de-across-lernen',
    2,
    PEERS,
    'Was macht {dein|Ihr} Team anders, das wir uns abschauen könnten?',
    'Wie {seid ihr|sind Sie} darauf gekommen?',
  ),
  q(
    'de-across-zusammenarbeit',
    2,
    PEERS,
    'Wie {erlebst du|erleben Sie} unsere Zusammenarbeit bisher?',
    'Was sollten wir beibehalten?',
  ),
  q(
    'de-across-meinungsverschiedenheit',
    3,
    PEERS,
    'Wie {möchtest du|möchten Sie} mit Meinungsverschiedenheiten zwischen uns umgehen?',
    'Was hat dabei früher gut funktioniert?',
  ),
  q(
    'de-across-teilen',
    1,
    PEERS,
    'Welches Wissen aus {deinem|Ihrem} Bereich würde uns die Arbeit erleichtern?',
    'Wie könnten wir es am besten teilen?',
  ),
  q(
    'de-across-vertrauen',
    3,
    PEERS,
    'Was würde das Vertrauen zwischen unseren Teams stärken?',
    'Womit könnten wir anfangen?',
  ),
];
