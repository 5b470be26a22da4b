// Node environment: the ordering, and the repository query behind the popup's "My commitments".
import { afterEach, describe, expect, it } from 'vitest';
import { loadPopupData } from '../../../entrypoints/popup/popup-data';
import { orderCommitments, isOverdue } from '../../../lib/commitments/order';
import { closeAll, testRepo } from '../db/helpers';

afterEach(closeAll);

const row = (id: string, due?: string, createdAt = '2026-11-01T00:00:00.000Z') => ({
  id,
  personId: 'p',
  personName: 'P',
  text: id,
  visibility: 'shared' as const,
  createdAt,
  ...(due && { due }),
});

describe('orderCommitments', () => {
  it('puts overdue first (oldest due first), then by due date, then undated by age', () => {
    const today = '2026-11-23';
    const ordered = orderCommitments(
      [
        row('undated-new', undefined, '2026-11-20T00:00:00.000Z'),
        row('later', '2026-12-01'),
        row('overdue-recent', '2026-11-22'),
        row('today', '2026-11-23'),
        row('undated-old', undefined, '2026-10-01T00:00:00.000Z'),
        row('overdue-old', '2026-11-01'),
      ],
      today,
    );
    expect(ordered.map((c) => c.id)).toEqual([
      'overdue-old',
      'overdue-recent',
      'today',
      'later',
      'undated-old',
      'undated-new',
    ]);
    expect(isOverdue({ due: '2026-11-23' }, today)).toBe(false);
    expect(isOverdue({ due: '2026-11-22' }, today)).toBe(true);
    expect(isOverdue({}, today)).toBe(false);
  });
});

describe('openActionsOwnedByMe', () => {
  it('lists open items I own across people, never theirs, done ones or archived people', async () => {
    const repo = await testRepo();
    const maria = await repo.createPerson({ displayName: 'Maria Lopez' });
    const jonas = await repo.createPerson({ displayName: 'Jonas Weber' });
    const gone = await repo.createPerson({ displayName: 'Left Team' });
    const mine = await repo.addActionItem({
      personId: maria.id,
      meetingId: null,
      text: 'Send Maria the budget',
      due: '2026-11-01',
    });
    await repo.addActionItem({ personId: maria.id, meetingId: null, text: 'Hers', owner: 'them' });
    const done = await repo.addActionItem({ personId: jonas.id, meetingId: null, text: 'Done' });
    await repo.setActionDone(done.id, true);
    const jonasItem = await repo.addActionItem({
      personId: jonas.id,
      meetingId: null,
      text: 'Intro Jonas to design',
    });
    await repo.addActionItem({ personId: gone.id, meetingId: null, text: 'Archived person' });
    await repo.archivePerson(gone.id);

    const owned = await repo.openActionsOwnedByMe();
    expect(owned.map((o) => [o.item.text, o.personName]).sort()).toEqual([
      ['Intro Jonas to design', 'Jonas Weber'],
      ['Send Maria the budget', 'Maria Lopez'],
    ]);

    const data = await loadPopupData(repo, new Date('2026-11-23T10:00:00.000Z'));
    expect(data.commitments.map((c) => c.id)).toEqual([mine.id, jonasItem.id]);
    // Reopening brings it back.
    await repo.setActionDone(done.id, false);
    expect((await repo.openActionsOwnedByMe()).map((o) => o.item.id)).toContain(done.id);
  });
});
