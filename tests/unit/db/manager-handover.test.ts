// Node environment: the hand-over Markdown from a real (fake-indexeddb) repository.
import { afterEach, describe, expect, it } from 'vitest';
import { closeAll, testRepo } from './helpers';

afterEach(closeAll);

describe('handoverMarkdown', () => {
  it('has shared topics and open action items, and never a note, a mood, a private item or standing notes', async () => {
    const repo = await testRepo();
    const maria = await repo.createPerson({ displayName: 'Maria Lopez', role: 'Engineer' });
    await repo.savePerson(maria.id, { standingNotes: 'standing secret' }, { baseRev: maria.rev });
    const meeting = await repo.upsertMeeting({
      personId: maria.id,
      site: 'google',
      eventKey: 'e1',
      title: '1:1',
      start: '2026-11-02T10:00:00.000Z',
      end: '2026-11-02T10:30:00.000Z',
    });
    await repo.saveMeetingNote(meeting.id, {
      text: 'private note secret',
      baseRev: 0,
      baseText: '',
      mood: 2,
    } as never);
    await repo.addQuickNote({ personId: maria.id, text: 'quick secret' });
    const topic = await repo.addAgendaItem({
      personId: maria.id,
      meetingId: meeting.id,
      text: 'Promotion *case*',
      addedBy: 'them',
    });
    await repo.setAgendaDone(topic.id, true, { inMeetingId: meeting.id });
    await repo.addAgendaItem({ personId: maria.id, meetingId: null, text: 'Conference budget' });
    await repo.addActionItem({
      personId: maria.id,
      meetingId: null,
      text: 'Review the RFC',
      due: '2026-12-01',
    });
    await repo.addActionItem({
      personId: maria.id,
      meetingId: null,
      text: 'Write the doc',
      owner: 'them',
    });
    const done = await repo.addActionItem({
      personId: maria.id,
      meetingId: null,
      text: 'Old task',
    });
    await repo.setActionDone(done.id, true);
    const privateTopic = await repo.addAgendaItem({
      personId: maria.id,
      meetingId: null,
      text: 'topic secret',
    });
    await repo.setAgendaVisibility(privateTopic.id, 'private');
    await repo.addActionItem({
      personId: maria.id,
      meetingId: null,
      text: 'action secret',
      visibility: 'private',
    });

    await repo.addGoal({ personId: maria.id, text: 'Lead the Q1 migration' });
    const dropped = await repo.addGoal({ personId: maria.id, text: 'Dropped goal' });
    await repo.editGoal(dropped.id, { status: 'dropped' });
    await repo.addFeedback({
      personId: maria.id,
      day: '2026-11-20',
      kind: 'concern',
      text: 'feedback secret',
    });

    const md = await repo.handoverMarkdown(maria.id, '2026-11-23');
    expect(md).toContain('## Goals\n\n- Lead the Q1 migration');
    expect(md).not.toContain('Dropped goal');
    expect(md).toContain('# Hand-over: Maria Lopez');
    expect(md).toContain('- Conference budget');
    expect(md).toContain('- 2026-11-02: Promotion \\*case\\* _(raised by them)_');
    expect(md).toContain('- [ ] Review the RFC _(previous manager, due 2026-12-01)_');
    expect(md).toContain('- [ ] Write the doc _(Maria Lopez)_');
    expect(md).not.toContain('Old task');
    for (const secret of ['secret', 'mood']) expect(md).not.toContain(secret);
  });
});
