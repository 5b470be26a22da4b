import { afterEach, describe, expect, it } from 'vitest';
import { NotAllowedError } from '../../../lib/db/repository';
import { DEFAULT_SETTINGS } from '../../../lib/schema/records';
import { germanQuestions } from '../../../lib/questions/de/library';
import { BUILT_INS, closeAll, personWithMeetings, testRepo } from './helpers';

afterEach(closeAll);

describe('questions', () => {
  it('stores German built-ins with their language and both forms, and keeps them through an edit', async () => {
    const shipped = germanQuestions.find((q) => q.id === 'de-wellbeing-energie')!;
    const repo = await testRepo({ name: 'de', builtInQuestions: [shipped] });
    const [stored] = await repo.listQuestions();
    expect(stored).toMatchObject({
      lang: 'de',
      text: shipped.text,
      textFormal: shipped.textFormal,
      followUps: shipped.followUps,
      followUpsFormal: shipped.followUpsFormal,
    });
    const edited = await repo.editQuestion(shipped.id, {
      text: 'Wie steht es gerade um deine Kraft?',
      textFormal: 'Wie steht es gerade um Ihre Kraft?',
    });
    expect(edited).toMatchObject({
      edited: true,
      lang: 'de',
      textFormal: 'Wie steht es gerade um Ihre Kraft?',
      followUpsFormal: shipped.followUpsFormal,
    });
    const reset = await repo.resetQuestion(shipped.id);
    expect(reset).toMatchObject({
      text: shipped.text,
      textFormal: shipped.textFormal,
      edited: false,
    });
  });

  it('seeds built-ins, follows new shipped text unless edited, adds new ids of later releases', async () => {
    const first = await testRepo({ name: 'q', builtInQuestions: BUILT_INS.slice(0, 2) });
    expect((await first.listQuestions()).map((q) => q.id).sort()).toEqual([
      'q-blockers',
      'q-energy',
    ]);
    await first.editQuestion('q-energy', { text: 'How is your energy, honestly?' });
    await first.setQuestionEnabled('q-blockers', false);
    first.close();

    const release2 = [
      { ...BUILT_INS[0]!, text: 'How is your energy lately?' },
      { ...BUILT_INS[1]!, text: 'What slows you down?' },
      BUILT_INS[2]!,
    ];
    const second = await testRepo({ name: 'q', builtInQuestions: release2 });
    const byId = new Map((await second.listQuestions()).map((q) => [q.id, q]));
    expect(byId.get('q-energy')).toMatchObject({
      text: 'How is your energy, honestly?',
      edited: true,
    });
    expect(byId.get('q-blockers')).toMatchObject({
      text: 'What slows you down?',
      enabled: false,
      edited: false,
    });
    expect(byId.get('q-goal')).toMatchObject({ builtIn: true, enabled: true, growStep: 'goal' });

    const reset = await second.resetQuestion('q-energy');
    expect(reset).toMatchObject({ text: 'How is your energy lately?', edited: false });
    await expect(second.deleteQuestion('q-energy')).rejects.toBeInstanceOf(NotAllowedError);
  });

  it("saves, edits and deletes the user's own questions", async () => {
    const repo = await testRepo({ builtInQuestions: BUILT_INS });
    const own = await repo.saveOwnQuestion({
      text: 'What surprised you?',
      category: 'rapport',
      depth: 1,
      relationships: ['peer'],
    });
    expect(own).toMatchObject({ builtIn: false, enabled: true, rev: 1 });
    const edited = await repo.saveOwnQuestion({ ...own, text: 'What surprised you this week?' });
    expect(edited.rev).toBe(2);
    await expect(repo.resetQuestion(own.id)).rejects.toBeInstanceOf(NotAllowedError);
    await expect(repo.saveOwnQuestion({ ...BUILT_INS[0]! })).rejects.toBeInstanceOf(
      NotAllowedError,
    );
    await repo.deleteQuestion(own.id);
    expect((await repo.listQuestions()).some((q) => q.id === own.id)).toBe(false);
  });

  it('keeps a template while its blank is open; filling the blank makes it an ordinary question', async () => {
    const template = {
      id: 'direction-adopt',
      text: "We're planning to adopt ___ soon. Would you like to be involved?",
      category: 'direction' as const,
      depth: 2 as const,
      relationships: ['report' as const],
      template: { blank: 'the technology' },
    };
    const repo = await testRepo({ builtInQuestions: [template] });
    const [seeded] = await repo.listQuestions();
    expect(seeded?.template).toEqual({ blank: 'the technology' });
    const filled = await repo.editQuestion(template.id, {
      text: "We're planning to adopt Kotlin soon. Would you like to be involved?",
    });
    expect(filled.template).toBeUndefined();
    expect(filled.edited).toBe(true);
  });

  it('logs asked and skipped questions per person', async () => {
    const repo = await testRepo({ builtInQuestions: BUILT_INS });
    const { person, meetings } = await personWithMeetings(repo, 1);
    const entry = await repo.logAsked({
      questionId: 'q-energy',
      personId: person.id,
      meetingId: meetings[0]!.id,
      outcome: 'asked',
    });
    await repo.logAsked({
      questionId: 'q-goal',
      personId: person.id,
      meetingId: meetings[0]!.id,
      outcome: 'skipped',
    });
    expect((await repo.prepBundle(meetings[0]!.id)).askedLog.map((l) => l.outcome)).toEqual([
      'skipped',
      'asked',
    ]);
    await repo.deleteAsked(entry.id);
    expect((await repo.prepBundle(meetings[0]!.id)).askedLog).toHaveLength(1);
  });
});

describe('settings', () => {
  it('returns defaults until saved and merges saves by field', async () => {
    const a = await testRepo();
    const b = await testRepo();
    expect(await a.getSettings()).toMatchObject({ ...DEFAULT_SETTINGS, rev: 1 });
    await a.saveSettings({ theme: 'light' });
    const saved = await b.saveSettings({
      extraKeywords: ['sync'],
      seriesOverrides: { s1: 'never' },
    });
    expect(saved).toMatchObject({
      theme: 'light',
      extraKeywords: ['sync'],
      seriesOverrides: { s1: 'never' },
      rev: 2,
    });
    expect(await a.getSettings()).toEqual(saved);
  });
});
