import { t } from '@/lib/i18n/catalog';
import type { Mood } from '@/lib/schema/records';

export interface MoodChoiceProps {
  /** The mood noted for this meeting, if any. */
  mood?: Mood;
  /** A new mood, or null when the chosen one is pressed again (cleared). */
  onMood: (mood: Mood | null) => void;
}

const MOODS: readonly Mood[] = [1, 2, 3, 4, 5];

/** How the meeting felt, 1 (low) to 5 (high): one press, private like the note it sits on. */
export function MoodChoice({ mood, onMood }: MoodChoiceProps) {
  return (
    <div class="row small mood-choice" role="group" aria-label={t('moodChoiceLabel')}>
      <span class="muted">{t('moodChoiceLabel')}</span>
      {MOODS.map((value) => (
        <button
          key={value}
          type="button"
          class="btn icon small"
          aria-pressed={mood === value}
          aria-label={t('moodChoiceValue', { mood: value })}
          onClick={() => onMood(mood === value ? null : value)}
        >
          {value}
        </button>
      ))}
      <span class="muted">{t('moodChoiceScale')}</span>
    </div>
  );
}
