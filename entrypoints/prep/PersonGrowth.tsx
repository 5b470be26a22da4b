import { useEffect, useState } from 'preact/hooks';
import { GrowthPanel } from '@/components/prep/GrowthPanel';
import type { Repository } from '@/lib/db/repository';
import { usePrivateHidden } from '@/lib/hooks/use-private-hidden';
import { useChangeTick, useRepository } from '@/lib/hooks/use-repository';
import { todayIsoDay } from '@/lib/prep/view-model';
import type { FeedbackEntry, Goal } from '@/lib/schema/growth';
import { downloadText, fileSafe } from '../options/download';

/**
 * Goals, the feedback log and "Export for review" under the person's prep. This page is a
 * top-level extension tab, so it opens the database itself (as the popup and options do).
 */
export function PersonGrowth({ personId }: { personId: string }) {
  const state = useRepository();
  if (state.status !== 'open') return null;
  return <GrowthFor repo={state.repo} personId={personId} />;
}

function GrowthFor({ repo, personId }: { repo: Repository; personId: string }) {
  const tick = useChangeTick(repo, ['goals', 'feedback', 'people']);
  const privacy = usePrivateHidden();
  const [data, setData] = useState<{ name: string; goals: Goal[]; feedback: FeedbackEntry[] }>();
  useEffect(() => {
    void Promise.all([
      repo.getPerson(personId),
      repo.goalsOf(personId),
      repo.feedbackOf(personId),
    ]).then(([person, goals, feedback]) =>
      setData({ name: person?.displayName ?? '', goals, feedback }),
    );
  }, [repo, personId, tick]);
  if (!data || privacy.hidden === null) return null;
  const today = todayIsoDay(new Date());
  return (
    <GrowthPanel
      name={data.name}
      goals={data.goals}
      feedback={data.feedback}
      today={today}
      hidden={privacy.hidden}
      onAddGoal={(text) => void repo.addGoal({ personId, text })}
      onGoalStatus={(id, status) => void repo.editGoal(id, { status })}
      onAddFeedback={(entry) => void repo.addFeedback({ personId, ...entry })}
      onDeleteFeedback={(id) => void repo.deleteFeedback(id)}
      onExportReview={(request) =>
        void repo
          .reviewExport(personId, { ...request, today })
          .then((markdown) =>
            downloadText(
              `tandem-review-${fileSafe(data.name)}-${request.from}-${request.to}.md`,
              markdown,
              'text/markdown',
            ),
          )
      }
    />
  );
}
