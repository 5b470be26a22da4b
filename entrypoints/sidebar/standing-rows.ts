import type { StandingRow } from '@/components/prep/StandingTopics';
import { saidAbout, standingStatus, type StandingUnit } from '@/lib/agenda/standing';
import { t, tn } from '@/lib/i18n/catalog';
import { formatDay } from '@/lib/i18n/format';
import type { PrepData } from '@/lib/rpc/methods';

const HISTORY_SHOWN = 5;

/** "every meeting", "every 2 meetings", "every week", "every 4 weeks". */
function describeEvery(every: number, unit: StandingUnit): string {
  return tn(unit === 'meetings' ? 'standingEveryMeetings' : 'standingEveryWeeks', every);
}

/**
 * The person's standing topics as rows for this meeting: due or not (lib/agenda/standing.ts),
 * and their history, with what the notes of those meetings said (from the notes the prep holds:
 * this meeting's and the loaded pages of earlier ones). With `hideNotes` (screen-share safe mode)
 * the history keeps its dates but quotes no note.
 */
export function standingRows(data: PrepData, hideNotes: boolean): StandingRow[] {
  const { bundle } = data;
  const notes = new Map<string, string>();
  if (!hideNotes) {
    for (const entry of data.history)
      if (entry.note?.text) notes.set(entry.meeting.id, entry.note.text);
    if (bundle.note?.text) notes.set(bundle.meeting.id, bundle.note.text);
  }
  return (bundle.person.standingTopics ?? []).map((topic) => {
    const status = standingStatus(topic, bundle.meeting, bundle.pastMeetingStarts);
    const row: StandingRow = {
      id: topic.id,
      text: topic.text,
      schedule: describeEvery(topic.every, topic.unit),
      due: status.due,
      discussedHere: status.discussedHere,
      last: status.last
        ? t('standingLastDiscussed', { date: formatDay(status.last.at) })
        : t('standingNotDiscussed'),
      history: topic.discussed
        .filter((d) => d.meetingId !== bundle.meeting.id)
        .slice(-HISTORY_SHOWN)
        .reverse()
        .map((d) => {
          const note = notes.get(d.meetingId);
          return { when: formatDay(d.at), said: note ? saidAbout(topic.text, note) : null };
        }),
    };
    if (status.dueIn) {
      const { count, unit } = status.dueIn;
      row.dueIn = tn(unit === 'meetings' ? 'standingDueInMeetings' : 'standingDueInDays', count);
    }
    return row;
  });
}
