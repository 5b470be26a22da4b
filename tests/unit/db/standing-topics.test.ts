import { afterEach, describe, expect, it } from 'vitest';
import { standingStatus } from '../../../lib/agenda/standing';
import { closeAll, personWithMeetings, testRepo } from './helpers';

afterEach(closeAll);

describe('standing topics', () => {
  it('are added, ticked off per meeting (history at the meeting start), taken back and removed', async () => {
    const repo = await testRepo();
    const { person, meetings } = await personWithMeetings(repo, 3);
    const [m1, m2, m3] = meetings as [
      (typeof meetings)[0],
      (typeof meetings)[0],
      (typeof meetings)[0],
    ];
    let p = await repo.addStandingTopic(person.id, {
      text: '  Career  ',
      every: 2,
      unit: 'meetings',
    });
    const topic = p.standingTopics[0]!;
    expect(topic).toMatchObject({ text: 'Career', every: 2, unit: 'meetings', discussed: [] });
    p = await repo.setStandingTopicDiscussed(person.id, topic.id, m1.id, true);
    // Twice is once; the history is in meeting order whatever the order of the ticks.
    p = await repo.setStandingTopicDiscussed(person.id, topic.id, m1.id, true);
    expect(p.standingTopics[0]!.discussed).toEqual([{ meetingId: m1.id, at: m1.start }]);

    // Due on schedule, from what the prep reads: not in the 2nd meeting, again in the 3rd.
    const due = async (meetingId: string) => {
      const b = await repo.prepBundle(meetingId);
      return standingStatus(b.person.standingTopics[0]!, b.meeting, b.pastMeetingStarts).due;
    };
    expect(await due(m2.id)).toBe(false);
    expect(await due(m3.id)).toBe(true);

    p = await repo.setStandingTopicDiscussed(person.id, topic.id, m3.id, true);
    p = await repo.setStandingTopicDiscussed(person.id, topic.id, m2.id, true);
    expect(p.standingTopics[0]!.discussed.map((d) => d.meetingId)).toEqual([m1.id, m2.id, m3.id]);
    p = await repo.setStandingTopicDiscussed(person.id, topic.id, m2.id, false);
    expect(p.standingTopics[0]!.discussed.map((d) => d.meetingId)).toEqual([m1.id, m3.id]);

    const rev = p.rev;
    p = await repo.removeStandingTopic(person.id, topic.id);
    expect(p.standingTopics).toEqual([]);
    expect(p.rev).toBe(rev + 1);
  });

  it("refuses another person's meeting and an empty text; survives a merge of people", async () => {
    const repo = await testRepo();
    const { person, meetings } = await personWithMeetings(repo, 1);
    const bob = await repo.ensurePersonForEvent({ name: 'Bob', email: 'bob@example.com' });
    const p = await repo.addStandingTopic(person.id, {
      text: 'Wellbeing',
      every: 4,
      unit: 'weeks',
    });
    await expect(
      repo.setStandingTopicDiscussed(bob.id, p.standingTopics[0]!.id, meetings[0]!.id, true),
    ).rejects.toThrow();
    await expect(
      repo.addStandingTopic(person.id, { text: '   ', every: 1, unit: 'meetings' }),
    ).rejects.toThrow();
    await repo.addStandingTopic(bob.id, { text: 'Feedback for me', every: 3, unit: 'meetings' });
    await repo.mergePeople(person.id, bob.id);
    const merged = (await repo.getPerson(person.id))!;
    expect(merged.standingTopics.map((t) => t.text)).toEqual(['Wellbeing', 'Feedback for me']);
  });
});
