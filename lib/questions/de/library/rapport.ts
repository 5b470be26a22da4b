/** Beziehung: einander kennenlernen – Alltag, Interessen, das Leben neben der Arbeit. */
import { EVERYONE, I_LEAD_AND_PEERS } from '../../catalogue/define';
import { germanQuestionsIn } from '../define';

const q = germanQuestionsIn('rapport');

export const rapportQuestionsDe = [
  q('de-rapport-wochenende', 1, EVERYONE, 'Was {hast du|haben Sie} am Wochenende Schönes erlebt?'),
  q('de-rapport-lachen', 1, EVERYONE, 'Was hat {dich|Sie} diese Woche zum Lachen gebracht?'),
  q(
    'de-rapport-freizeit',
    1,
    EVERYONE,
    'Womit {verbringst du|verbringen Sie} {deine|Ihre} freie Zeit am liebsten?',
  ),
  q(
    'de-rapport-urlaub',
    1,
    EVERYONE,
    'Steht bei {dir|Ihnen} bald ein Urlaub oder ein freier Tag an?',
  ),
  q(
    'de-rapport-lesen',
    1,
    EVERYONE,
    'Was {liest, hörst oder schaust du|lesen, hören oder schauen Sie} gerade?',
  ),
  q(
    'de-rapport-neu-gelernt',
    1,
    EVERYONE,
    'Was {hast du|haben Sie} neulich ganz nebenbei gelernt?',
  ),
  q(
    'de-rapport-heimat',
    2,
    EVERYONE,
    'Wo {bist du|sind Sie} aufgewachsen, und was {vermisst du|vermissen Sie} davon?',
  ),
  q('de-rapport-morgens', 1, EVERYONE, 'Wie {sieht dein|sieht Ihr} idealer Start in den Tag aus?'),
  q('de-rapport-essen', 1, EVERYONE, 'Welches Gericht {kochst du|kochen Sie} am liebsten?'),
  q(
    'de-rapport-ausprobieren',
    1,
    EVERYONE,
    'Was {wolltest du|wollten Sie} schon lange einmal ausprobieren?',
  ),
  q(
    'de-rapport-ort',
    1,
    EVERYONE,
    'Welcher Ort auf der Welt hat {dich|Sie} besonders beeindruckt?',
  ),
  q('de-rapport-familie', 2, I_LEAD_AND_PEERS, 'Wie geht es {deiner|Ihrer} Familie?'),
  q(
    'de-rapport-kindheitsberuf',
    1,
    EVERYONE,
    'Was {wolltest du|wollten Sie} als Kind einmal werden?',
  ),
  q(
    'de-rapport-kleine-freude',
    1,
    EVERYONE,
    'Welche kleine Sache hat {dir|Ihnen} in letzter Zeit Freude gemacht?',
  ),
  q(
    'de-rapport-talent',
    2,
    EVERYONE,
    'Welches Talent {hast du|haben Sie}, von dem bei der Arbeit kaum jemand weiß?',
  ),
  q(
    'de-rapport-feierabend',
    1,
    EVERYONE,
    'Was {machst du|machen Sie} am liebsten nach Feierabend?',
  ),
];
