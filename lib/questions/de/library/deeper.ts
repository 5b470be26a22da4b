/** Tiefer: Werte, Stolz, Wendepunkte und Lehren – und die eigenen Geschichten, die man teilt. */
import { AHEAD_OF_ME, EVERYONE, I_LEAD_AND_PEERS } from '../../catalogue/define';
import { germanQuestionsIn } from '../define';

const q = germanQuestionsIn('deeper', [
  'Was davon {möchtest du|möchten Sie} in {deine|Ihre} Arbeit heute mitnehmen?',
  'Was davon sollten wir im Blick behalten, wenn wir weiter zusammenarbeiten?',
]);

export const deeperQuestionsDe = [
  q(
    'de-deeper-stolz',
    2,
    EVERYONE,
    'Auf welche Arbeit {bist du|sind Sie} im Rückblick besonders stolz?',
    'Was hat sie für {dich|Sie} so wertvoll gemacht?',
  ),
  q(
    'de-deeper-werte',
    3,
    EVERYONE,
    'Welche Werte leiten {dich|Sie} bei schwierigen Entscheidungen?',
    'Wann {hast du|haben Sie} das zuletzt gespürt?',
  ),
  q(
    'de-deeper-praegung',
    2,
    EVERYONE,
    'Wer hat {dich|Sie} beruflich am meisten geprägt?',
    'Was {machst du|machen Sie} heute anders, weil {du|Sie} diese Person kennen{gelernt hast|gelernt haben}?',
  ),
  q(
    'de-deeper-lehre',
    3,
    EVERYONE,
    'Welcher Fehler hat {dir|Ihnen} im Nachhinein am meisten beigebracht?',
    'Wie {gehst du|gehen Sie} heute mit ähnlichen Situationen um?',
  ),
  q(
    'de-deeper-sinn',
    3,
    EVERYONE,
    'Was gibt {deiner|Ihrer} Arbeit für {dich|Sie} Sinn?',
    'Wo {erlebst du|erleben Sie} das gerade am stärksten?',
  ),
  q(
    'de-deeper-gute-fuehrung',
    2,
    I_LEAD_AND_PEERS,
    'Wann {hast du|haben Sie} zuletzt richtig gute Führung erlebt?',
    'Was hat sie ausgemacht?',
  ),
  q(
    'de-deeper-wendepunkt',
    3,
    EVERYONE,
    'Welcher Moment war ein Wendepunkt in {deinem|Ihrem} Berufsleben?',
    'Was hat sich danach verändert?',
  ),
  q(
    'de-deeper-wichtig',
    2,
    EVERYONE,
    'Was ist {dir|Ihnen} bei der Arbeit wichtig, auch wenn es selten zur Sprache kommt?',
    'Woran würde ich merken, dass es gerade zu kurz kommt?',
  ),
  q(
    'de-deeper-ratschlag',
    2,
    [...AHEAD_OF_ME, 'peer'],
    'Welchen Rat {würdest du|würden Sie} {deinem|Ihrem} jüngeren Ich geben?',
    'Wann hat {dir|Ihnen} dieser Rat gefehlt?',
  ),
  q(
    'de-deeper-mut',
    3,
    EVERYONE,
    'Wann {hast du|haben Sie} zuletzt etwas Mutiges gewagt?',
    'Was hat {dir|Ihnen} den Mut dazu gegeben?',
  ),
  q(
    'de-deeper-flow',
    2,
    EVERYONE,
    'Bei welcher Tätigkeit {vergisst du|vergessen Sie} die Zeit?',
    'Wie viel davon steckt in {deiner|Ihrer} jetzigen Arbeit?',
  ),
  q(
    'de-deeper-anders-sehen',
    3,
    EVERYONE,
    'Welche Erfahrung hat {deine|Ihre} Sicht auf die Arbeit verändert?',
    'Wie zeigt sich das heute im Alltag?',
  ),
  q(
    'de-deeper-vermaechtnis',
    3,
    EVERYONE,
    'Wofür {möchtest du|möchten Sie} in {deinem|Ihrem} Team in Erinnerung bleiben?',
    'Was {tust du|tun Sie} heute schon dafür?',
  ),
  q(
    'de-deeper-dankbar',
    2,
    EVERYONE,
    'Wem {bist du|sind Sie} bei der Arbeit im Stillen dankbar?',
    'Was hat diese Person für {dich|Sie} getan?',
  ),
];
