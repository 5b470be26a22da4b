import { t, type MessageKey } from '@/lib/i18n/catalog';
import type { Relationship } from '@/lib/schema/vocabulary';

export interface RelationshipQuestionProps {
  name: string;
  /** The user's answer; null = "skip": leave it at "other" and don't ask again. */
  onAnswer: (relationship: Relationship | null) => void;
}

/** One click each, in the words of the header's relationship menu (components/prep/PrepHeader.tsx). */
const ANSWERS: { value: Relationship; label: MessageKey }[] = [
  { value: 'report', label: 'relationAnswerReport' },
  { value: 'manager', label: 'relationAnswerManager' },
  { value: 'peer', label: 'relationAnswerPeer' },
  { value: 'skip-level', label: 'relationAnswerSkipLevel' },
  { value: 'skip-level-up', label: 'relationAnswerSkipLevelUp' },
  { value: 'mentor', label: 'relationAnswerMentor' },
  { value: 'mentee', label: 'relationAnswerMentee' },
];

/**
 * The first time Tandem meets someone it does not know how to place, it asks once. The answer
 * sets the relationship the suggestions follow; "Skip" leaves it at "other". Either way the
 * person is marked as asked (Person.relationshipAsked).
 */
export function RelationshipQuestion(props: RelationshipQuestionProps) {
  return (
    <section
      aria-label={t('relationQuestionLabel')}
      class="prep-section card relationship-question"
    >
      <h2>{t('relationQuestionHeading', { name: props.name })}</h2>
      <p class="small muted">{t('relationQuestionHint')}</p>
      <div
        class="answers"
        role="group"
        aria-label={t('relationQuestionHeading', { name: props.name })}
      >
        {ANSWERS.map((a) => (
          <button key={a.value} type="button" class="btn" onClick={() => props.onAnswer(a.value)}>
            {t(a.label)}
          </button>
        ))}
        <button type="button" class="btn" onClick={() => props.onAnswer(null)}>
          {t('relationAnswerSkip')}
        </button>
      </div>
    </section>
  );
}
