/** What the popup shows, computed from the repository (kept apart from the view to be testable). */
import type { PersonLink } from '@/components/popup/PeopleLinks';
import { orderCommitments, type Commitment } from '@/lib/commitments/order';
import type { Repository } from '@/lib/db/repository';
import { t, tn } from '@/lib/i18n/catalog';
import { formatWhen } from '@/lib/i18n/format';
import { cadenceSlipped, daysBetween, todayIsoDay } from '@/lib/prep/view-model';
import type { Person } from '@/lib/schema/records';

export interface PopupData {
  people: Person[];
  /** The person of the 1:1 happening now or next, else of the most recent one. */
  defaultPersonId: string | null;
  upcoming: PersonLink[];
  slipped: PersonLink[];
  /** Open action items I own, overdue first. */
  commitments: Commitment[];
}

export async function loadPopupData(repo: Repository, now: Date): Promise<PopupData> {
  const nowIso = now.toISOString();
  const [people, upcomingAll, owned] = await Promise.all([
    repo.listPeople(),
    // More than five: some may belong to archived people.
    repo.upcomingMeetings(nowIso, 20),
    repo.openActionsOwnedByMe(),
  ]);
  const commitments = orderCommitments(
    owned.map(({ item, personName }) => ({
      id: item.id,
      personId: item.personId,
      personName,
      text: item.text,
      visibility: item.visibility,
      ...(item.due && { due: item.due }),
      createdAt: item.createdAt,
    })),
    todayIsoDay(now),
  );
  const active = new Set(people.map((p) => p.id));
  const upcomingMeetings = upcomingAll.filter((u) => u.person && active.has(u.person.id));
  const lastMet = new Map(
    await Promise.all(
      people.map(async (p) => [p.id, (await repo.lastMeetingBefore(p.id, nowIso))?.start] as const),
    ),
  );

  const upcoming = upcomingMeetings.slice(0, 5).map(({ meeting, person }) => ({
    key: meeting.id,
    personId: meeting.personId,
    name: person?.displayName ?? t('popupUnknownPerson'),
    detail: meeting.start <= nowIso ? t('popupNow') : formatWhen(meeting.start),
  }));

  // Someone with a 1:1 already on the calendar is being taken care of.
  const scheduled = new Set(upcomingMeetings.map((u) => u.meeting.personId));
  const slipped = people
    .filter((p) => !scheduled.has(p.id) && cadenceSlipped(p.cadence, lastMet.get(p.id), nowIso))
    .map((p) => ({
      key: p.id,
      personId: p.id,
      name: p.displayName,
      detail: tn('popupLastMet', daysBetween(lastMet.get(p.id) ?? nowIso, nowIso)),
    }));

  let defaultPersonId = upcomingMeetings[0]?.meeting.personId ?? null;
  if (!defaultPersonId) {
    let latest = '';
    for (const [id, start] of lastMet) {
      if (start && start > latest) [latest, defaultPersonId] = [start, id];
    }
  }
  // No meeting seen yet (people made by hand): the one touched last.
  if (!defaultPersonId) {
    defaultPersonId =
      [...people].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0]?.id ?? null;
  }
  return { people, defaultPersonId, upcoming, slipped, commitments };
}
