/**
 * Mentor-Modus: Wenn jemand um Rat fragt, eine ähnliche eigene Geschichte erzählen (was gut lief,
 * was nicht, und warum) und die Person selbst beurteilen lassen, was passt. Die Fragen bieten die
 * Geschichte an und geben das Urteil zurück.
 */
import type { Relationships } from '../../catalogue/define';
import { germanQuestionsIn } from '../define';

/** Ich begleite als Mentor Menschen, die ich führe oder fördere. */
const MENTORED: Relationships = ['report', 'mentee', 'skip-level'];

const q = germanQuestionsIn('mentoring', [
  'Was {möchtest du|möchten Sie} als Erstes ausprobieren?',
  'Was {nimmst du|nehmen Sie} davon für {dich|sich} mit?',
]);

export const mentoringQuestionsDe = [
  q(
    'de-mentoring-geschichte',
    2,
    MENTORED,
    'Würde {dir|Ihnen} eine Geschichte helfen, wie es mir in einer ähnlichen Lage ergangen ist?',
    'Welcher Teil davon passt zu {deiner|Ihrer} Situation?',
  ),
  q(
    'de-mentoring-eigene-lage',
    2,
    MENTORED,
    'Jetzt, wo {du weißt|Sie wissen}, wie ich es damals gemacht habe: Was {würdest du|würden Sie} in {deiner|Ihrer} Lage versuchen?',
    'Was macht das für {dich|Sie} stimmig?',
  ),
  q(
    'de-mentoring-rat-oder-denken',
    1,
    MENTORED,
    '{Möchtest du|Möchten Sie} meinen Rat dazu hören, oder erst einmal laut nachdenken?',
    'Was wäre von mir gerade am hilfreichsten?',
  ),
  q(
    'de-mentoring-schiefgegangen',
    2,
    MENTORED,
    'Soll ich erzählen, was bei mir damals schiefging?',
    'Was davon {möchtest du|möchten Sie} vermeiden?',
  ),
  q(
    'de-mentoring-anders',
    3,
    MENTORED,
    'Was unterscheidet {deine|Ihre} Lage von meiner damals?',
    'Was heißt dieser Unterschied für {deinen|Ihren} Weg?',
  ),
  q(
    'de-mentoring-passt',
    2,
    MENTORED,
    'Was an meinem damaligen Weg passt zu {dir|Ihnen}, und was eher nicht?',
    'Woran {merkst du|merken Sie} das?',
  ),
  q(
    'de-mentoring-andere-fragen',
    1,
    MENTORED,
    'Wen {könntest du|könnten Sie} außer mir noch nach ähnlichen Erfahrungen fragen?',
    'Was würde {dich|Sie} an deren Sicht interessieren?',
  ),
  q(
    'de-mentoring-selbst-entscheiden',
    3,
    MENTORED,
    'Wenn {du|Sie} allein {entscheiden könntest|entscheiden könnten}: Welcher Weg fühlt sich richtig an?',
    'Was spricht für {dich|Sie} dafür?',
  ),
  q(
    'de-mentoring-erfahrung-teilen',
    1,
    MENTORED,
    'Zu welchem Thema würde {dir|Ihnen} meine Erfahrung gerade am meisten nützen?',
    'Was {möchtest du|möchten Sie} dazu genau wissen?',
  ),
  q(
    'de-mentoring-lehre',
    2,
    MENTORED,
    'Welche Lehre aus meiner Geschichte {möchtest du|möchten Sie} ausprobieren, und welche lieber nicht?',
    'Wann {könntest du|könnten Sie} sie ausprobieren?',
  ),
  q(
    'de-mentoring-im-rueckblick',
    3,
    MENTORED,
    'Wie {würdest du|würden Sie} in einem Jahr gern auf diese Entscheidung zurückblicken?',
    'Was hilft {dir|Ihnen}, dorthin zu kommen?',
  ),
];
