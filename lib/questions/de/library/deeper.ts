/** Tiefer: Werte, Geschichten, Stolz und Lehren – was einen Menschen bei der Arbeit ausmacht. */
import { AHEAD_OF_ME, EVERYONE, I_LEAD_AND_PEERS } from '../../catalogue/define';
import { germanQuestionsIn } from '../define';

const q = germanQuestionsIn('deeper');

export const deeperQuestionsDe = [
  q(
    'de-deeper-stolz',
    2,
    EVERYONE,
    'Auf welche Arbeit {bist du|sind Sie} im Rückblick besonders stolz?',
  ),
  q(
    'de-deeper-werte',
    3,
    EVERYONE,
    'Welche Werte leiten {dich|Sie} bei schwierigen Entscheidungen?',
  ),
  q('de-deeper-praegung', 2, EVERYONE, 'Wer hat {dich|Sie} beruflich am meisten geprägt?'),
  q(
    'de-deeper-lehre',
    3,
    EVERYONE,
    'Welcher Fehler hat {dir|Ihnen} im Nachhinein am meisten beigebracht?',
  ),
  q('de-deeper-sinn', 3, EVERYONE, 'Was gibt {deiner|Ihrer} Arbeit für {dich|Sie} Sinn?'),
  q(
    'de-deeper-gute-fuehrung',
    2,
    I_LEAD_AND_PEERS,
    'Wann {hast du|haben Sie} zuletzt richtig gute Führung erlebt, und was hat sie ausgemacht?',
  ),
  q('de-deeper-wendepunkt', 3, EVERYONE, 'Gab es einen Wendepunkt in {deinem|Ihrem} Berufsleben?'),
  q(
    'de-deeper-wichtig',
    2,
    EVERYONE,
    'Was ist {dir|Ihnen} bei der Arbeit wichtig, auch wenn es selten zur Sprache kommt?',
  ),
  q(
    'de-deeper-ratschlag',
    2,
    [...AHEAD_OF_ME, 'peer'],
    'Welchen Rat {würdest du|würden Sie} {deinem|Ihrem} jüngeren Ich geben?',
  ),
  q('de-deeper-mut', 3, EVERYONE, 'Wann {hast du|haben Sie} zuletzt etwas Mutiges gewagt?'),
  q('de-deeper-flow', 2, EVERYONE, 'Bei welcher Tätigkeit {vergisst du|vergessen Sie} die Zeit?'),
  q(
    'de-deeper-anders-sehen',
    3,
    EVERYONE,
    'Welche Erfahrung hat {deine|Ihre} Sicht auf die Arbeit verändert?',
  ),
  q(
    'de-deeper-vermaechtnis',
    3,
    EVERYONE,
    'Wofür {möchtest du|möchten Sie} in {deinem|Ihrem} Team in Erinnerung bleiben?',
  ),
  q('de-deeper-dankbar', 2, EVERYONE, 'Wem {bist du|sind Sie} bei der Arbeit im Stillen dankbar?'),
];
