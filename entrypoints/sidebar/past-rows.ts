import type { PastMeetingRow } from '@/components/prep/PastNotes';
import type { PrepData } from '@/lib/rpc/methods';
import { t } from '@/lib/i18n/catalog';
import { formatDay } from '@/lib/i18n/format';

/** Earlier meetings newest first, with quick notes (no meeting) placed by their date. */
export function pastRows(data: PrepData): PastMeetingRow[] {
  const rows: (PastMeetingRow & { at: string })[] = data.history.map((entry) => ({
    at: entry.meeting.start,
    meetingId: entry.meeting.id,
    title: entry.meeting.title,
    when: formatDay(entry.meeting.start),
    notes: entry.note?.text ? [entry.note.text] : [],
    agendaDone: entry.agenda.filter((a) => a.done).map((a) => a.text),
  }));
  for (const note of data.quickNotes) {
    rows.push({
      at: note.createdAt,
      meetingId: `note:${note.id}`,
      title: t('quickHeading'),
      when: formatDay(note.createdAt),
      notes: [note.text],
      agendaDone: [],
    });
  }
  return rows.sort((a, b) => b.at.localeCompare(a.at));
}

/** Keeps older pages the user loaded when the first page is re-read. */
export function mergeHistory(
  first: PrepData['history'],
  loaded: PrepData['history'],
): PrepData['history'] {
  const seen = new Set(first.map((e) => e.meeting.id));
  return [...first, ...loaded.filter((e) => !seen.has(e.meeting.id))];
}
