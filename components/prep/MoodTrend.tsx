import { t, tn } from '@/lib/i18n/catalog';
import { sparklineCoordinates, type MoodPoint } from '@/lib/prep/mood-trend';

export interface MoodTrendProps {
  /** The moods of the last meetings, oldest first (lib/prep/mood-trend.ts); two or more. */
  points: MoodPoint[];
}

const WIDTH = 72;
const HEIGHT = 18;
const PAD = 2.5;

/**
 * A sparkline of the moods noted in recent meetings, for the header. The drawing is decoration;
 * its text alternative lists every mood, so a screen reader hears the same trend.
 */
export function MoodTrend({ points }: MoodTrendProps) {
  const coordinates = sparklineCoordinates(points, WIDTH, HEIGHT, PAD);
  const label = tn('moodTrendLabel', points.length, {
    moods: points.map((p) => p.mood).join(', '),
  });
  const last = coordinates[coordinates.length - 1];
  return (
    <span class="mood-trend" role="img" aria-label={label} title={label}>
      <span class="muted" aria-hidden="true">
        {t('moodTrendShort')}
      </span>
      <svg width={WIDTH} height={HEIGHT} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} aria-hidden="true">
        <polyline points={coordinates.map(({ x, y }) => `${x},${y}`).join(' ')} />
        {last && <circle cx={last.x} cy={last.y} r={PAD} />}
      </svg>
    </span>
  );
}
