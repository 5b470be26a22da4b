import type { Relationship } from '@/lib/schema/vocabulary';

export interface RelationshipQuestionProps {
  name: string;
  /** The user's answer; null = "skip": leave it at "other" and don't ask again. */
  onAnswer: (relationship: Relationship | null) => void;
}

/** One click each, in the words of the header's relationship menu (components/prep/PrepHeader.tsx). */
const ANSWERS: { value: Relationship; label: string }[] = [
  { value: 'report', label: 'Reports to me' },
  { value: 'manager', label: 'My manager' },
  { value: 'peer', label: 'A peer' },
  { value: 'skip-level', label: 'Skip-level (two levels below me)' },
  { value: 'skip-level-up', label: "My manager's manager" },
  { value: 'mentor', label: 'My mentor' },
  { value: 'mentee', label: 'My mentee' },
];

/**
 * The first time Tandem meets someone it does not know how to place, it asks once. The answer
 * sets the relationship the suggestions follow; "Skip" leaves it at "other". Either way the
 * person is marked as asked (Person.relationshipAsked).
 */
export function RelationshipQuestion(props: RelationshipQuestionProps) {
  return (
    <section aria-label="Who is this" class="prep-section card relationship-question">
      <h2>Who is {props.name} to you?</h2>
      <p class="small muted">The suggested questions follow your answer. Asked only once.</p>
      <div class="answers" role="group" aria-label={`Who is ${props.name} to you?`}>
        {ANSWERS.map((a) => (
          <button key={a.value} type="button" class="btn" onClick={() => props.onAnswer(a.value)}>
            {a.label}
          </button>
        ))}
        <button type="button" class="btn" onClick={() => props.onAnswer(null)}>
          Skip
        </button>
      </div>
    </section>
  );
}
