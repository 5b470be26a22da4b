/** Persönliches: Gespräche abseits der Arbeit, die Vertrauen und Verständnis schaffen. Leicht, nie aufdringlich. */
import { EVERYONE, I_LEAD_AND_PEERS } from '../../catalogue/define';
import { germanQuestionsIn } from '../define';

const q = germanQuestionsIn('rapport', [
  'Was davon {möchtest du|möchten Sie} bald wieder erleben?',
  'Wie passt das in {deine|Ihre} Woche?',
]);

export const rapportQuestionsDe = [
  q(
    'de-rapport-wochenende',
    1,
    EVERYONE,
    'Was {hast du|haben Sie} am Wochenende Schönes erlebt?',
    'Was war daran das Beste?',
  ),
  q(
    'de-rapport-lachen',
    1,
    EVERYONE,
    'Was hat {dich|Sie} diese Woche zum Lachen gebracht?',
    'Wer war dabei?',
  ),
  q(
    'de-rapport-freizeit',
    1,
    EVERYONE,
    'Womit {verbringst du|verbringen Sie} {deine|Ihre} freie Zeit am liebsten?',
    'Wie {bist du|sind Sie} dazu gekommen?',
  ),
  q(
    'de-rapport-urlaub',
    1,
    EVERYONE,
    'Welchen freien Tag oder Urlaub {hast du|haben Sie} als Nächstes vor?',
    'Worauf {freust du dich|freuen Sie sich} dabei am meisten?',
  ),
  q(
    'de-rapport-lesen',
    1,
    EVERYONE,
    'Was {liest, hörst oder schaust du|lesen, hören oder schauen Sie} gerade?',
    'Was hat {dich|Sie} daran gepackt?',
  ),
  q(
    'de-rapport-neu-gelernt',
    1,
    EVERYONE,
    'Was {hast du|haben Sie} neulich ganz nebenbei gelernt?',
    'Wie {bist du|sind Sie} darauf gestoßen?',
  ),
  q(
    'de-rapport-heimat',
    2,
    EVERYONE,
    'Wo {bist du|sind Sie} aufgewachsen?',
    'Was {vermisst du|vermissen Sie} davon manchmal?',
  ),
  q(
    'de-rapport-morgens',
    1,
    EVERYONE,
    'Wie {sieht dein|sieht Ihr} idealer Start in den Tag aus?',
    'Wie oft gelingt er {dir|Ihnen} so?',
  ),
  q(
    'de-rapport-essen',
    1,
    EVERYONE,
    'Welches Gericht {kochst du|kochen Sie} am liebsten?',
    'Von wem {hast du|haben Sie} es gelernt?',
  ),
  q(
    'de-rapport-ausprobieren',
    1,
    EVERYONE,
    'Was {wolltest du|wollten Sie} schon lange einmal ausprobieren?',
    'Was hat {dich|Sie} bisher davon abgehalten?',
  ),
  q(
    'de-rapport-ort',
    1,
    EVERYONE,
    'Welcher Ort auf der Welt hat {dich|Sie} besonders beeindruckt?',
    'Was ist {dir|Ihnen} davon am stärksten in Erinnerung geblieben?',
  ),
  q(
    'de-rapport-familie',
    2,
    I_LEAD_AND_PEERS,
    'Wie geht es {deiner|Ihrer} Familie?',
    'Was steht bei {euch|Ihnen} zu Hause gerade an?',
  ),
  q(
    'de-rapport-kindheitsberuf',
    1,
    EVERYONE,
    'Was {wolltest du|wollten Sie} als Kind einmal werden?',
    'Was ist davon heute noch geblieben?',
  ),
  q(
    'de-rapport-kleine-freude',
    1,
    EVERYONE,
    'Welche kleine Sache hat {dir|Ihnen} in letzter Zeit Freude gemacht?',
    'Was macht sie für {dich|Sie} besonders?',
  ),
  q(
    'de-rapport-talent',
    2,
    EVERYONE,
    'Welches Talent {hast du|haben Sie}, von dem bei der Arbeit kaum jemand weiß?',
    'Wie {hast du|haben Sie} es entdeckt?',
  ),
  q(
    'de-rapport-feierabend',
    1,
    EVERYONE,
    'Was {machst du|machen Sie} am liebsten nach Feierabend?',
    'Was gefällt {dir|Ihnen} daran am meisten?',
  ),
];
