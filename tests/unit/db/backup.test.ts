import { afterEach, describe, expect, it } from 'vitest';
import type { Repository } from '../../../lib/db/repository';
import { MAX_IMPORT_BYTES } from '../../../lib/db/backup-file';
import { BUILT_INS, closeAll, personWithMeetings, testRepo } from './helpers';

afterEach(closeAll);

/** A database with a bit of everything, conflicts included. */
async function populate(repo: Repository) {
  const { person, meetings } = await personWithMeetings(repo, 3);
  const m = meetings[0]!.id;
  await repo.savePerson(
    person.id,
    { standingNotes: 'Likes <b>bold</b> plans', cadence: 'weekly' },
    { baseRev: person.rev, baseStandingNotes: '' },
  );
  const item = await repo.addAgendaItem({ personId: person.id, meetingId: m, text: 'Roadmap' });
  await repo.setAgendaDone(item.id, true, { inMeetingId: meetings[1]!.id });
  await repo.addAgendaItem({ personId: person.id, meetingId: null, text: 'Next time: travel' });
  await repo.addActionItem({
    personId: person.id,
    meetingId: m,
    text: 'Book room',
    due: '2026-02-02',
  });
  await repo.saveMeetingNote(m, {
    text: 'First version',
    baseRev: 0,
    baseText: '',
    topics: ['career'],
    mood: 5,
  });
  await repo.saveMeetingNote(m, { text: 'Other version', baseRev: 0, baseText: '' });
  await repo.addQuickNote({ personId: person.id, text: 'Quick' });
  await repo.setQuestionEnabled('q-energy', false);
  await repo.editQuestion('q-goal', { text: 'What is your goal, really?' });
  await repo.saveOwnQuestion({
    text: 'Anything on your mind?',
    category: 'support',
    depth: 1,
    relationships: ['peer'],
  });
  await repo.logAsked({
    questionId: 'q-energy',
    personId: person.id,
    meetingId: m,
    outcome: 'skipped',
  });
  await repo.saveSettings({
    theme: 'dark',
    seriesOverrides: { evt: 'always' },
    selfIdentities: [{ site: 'google', email: 'me@x.io' }],
  });
  return { person, meetings };
}

function normalise(json: string): string {
  return json.replace(/"exportedAt":"[^"]+"/, '"exportedAt":"X"');
}

async function snapshot(repo: Repository): Promise<string> {
  return normalise(await repo.exportJson());
}

describe('export and import', () => {
  it('export → erase → import → export gives the same bytes', async () => {
    const repo = await testRepo({ builtInQuestions: BUILT_INS });
    await populate(repo);
    const first = await repo.exportJson();
    const file = JSON.parse(first);
    expect(file).toMatchObject({ format: 'tandem-export', version: 1 });
    expect(file.data.notes[0].conflicts).toHaveLength(1);
    await repo.eraseAll();
    expect((await repo.exportData()).data.people).toEqual([]);
    const result = await repo.importBackup(first);
    expect(result.ok).toBe(true);
    // The questions come back exactly as exported (edited, disabled, own), not as re-seeded.
    expect(result.ok && result.summary.questions).toEqual({
      new: 1,
      updated: 2,
      conflicting: 0,
      unchanged: 1,
    });
    expect(normalise(await repo.exportJson())).toBe(normalise(first));
    // The search index came back with the data.
    expect(await repo.search('roadmap')).toHaveLength(1);
  });

  it('dry-runs, then merges by id: new, updated, conflicting, unchanged; never deletes', async () => {
    const source = await testRepo({ name: 'source', builtInQuestions: BUILT_INS });
    const { person, meetings } = await populate(source);
    const file = await source.exportJson();

    const target = await testRepo({ name: 'target', builtInQuestions: BUILT_INS });
    // The fresh profile saved its settings once, with the values the file has.
    const sourceSettings = await source.getSettings();
    await target.saveSettings({
      theme: sourceSettings.theme,
      seriesOverrides: sourceSettings.seriesOverrides,
      selfIdentities: sourceSettings.selfIdentities,
    });
    const check = await target.checkImport(file);
    expect(check.ok && check.summary.people).toEqual({
      new: 1,
      updated: 0,
      conflicting: 0,
      unchanged: 0,
    });
    // Built-ins the fresh profile seeded itself: same content is no conflict; the edited and
    // the disabled one are the user's and win.
    expect(check.ok && check.summary.questions).toEqual({
      new: 1,
      updated: 2,
      conflicting: 0,
      unchanged: 1,
    });
    expect(check.ok && check.summary.settings).toEqual({
      new: 0,
      updated: 0,
      conflicting: 0,
      unchanged: 1,
    });
    expect((await target.exportData()).data.people).toEqual([]);
    expect((await target.importBackup(file)).ok).toBe(true);

    // Change things on both sides.
    const note = (await source.getMeetingNote(meetings[0]!.id))!;
    await source.saveNote(note.id, {
      text: 'Edited in source',
      baseRev: note.rev,
      baseText: note.text,
    });
    await target.saveNote(note.id, {
      text: 'Edited in target',
      baseRev: note.rev,
      baseText: note.text,
    });
    const renamed = await source.savePerson(
      person.id,
      { role: 'Lead' },
      { baseRev: person.rev + 1 },
    );
    expect(renamed.record.role).toBe('Lead');
    const kept = await target.addQuickNote({ personId: person.id, text: 'Only in target' });

    const again = await target.checkImport(await source.exportJson());
    expect(again.ok).toBe(true);
    if (!again.ok) return;
    expect(again.summary.people).toEqual({ new: 0, updated: 1, conflicting: 0, unchanged: 0 });
    expect(again.summary.notes).toEqual({ new: 0, updated: 0, conflicting: 1, unchanged: 1 });
    await target.importBackup(await source.exportJson());
    const merged = (await target.getMeetingNote(meetings[0]!.id))!;
    expect([merged.text, ...(merged.conflicts ?? []).map((c) => c.text)]).toEqual(
      expect.arrayContaining(['Edited in source', 'Edited in target']),
    );
    expect((await target.getPerson(person.id))?.role).toBe('Lead');
    expect((await target.notesForPerson(person.id)).some((n) => n.id === kept.id)).toBe(true);
  });
});

describe('erase', () => {
  it('erases everything and re-seeds the built-in questions at once, for every connection', async () => {
    const repo = await testRepo({ name: 'erase', builtInQuestions: BUILT_INS });
    const other = await testRepo({ name: 'erase', builtInQuestions: BUILT_INS });
    await populate(repo);
    await repo.eraseAll();
    const data = (await other.exportData()).data;
    expect(data.people).toEqual([]);
    expect(data.notes).toEqual([]);
    expect(data.settings).toBeNull();
    const questions = await other.listQuestions();
    expect(questions.map((q) => q.id).sort()).toEqual(BUILT_INS.map((q) => q.id).sort());
    expect(questions.every((q) => q.builtIn && q.enabled && !q.edited && q.rev === 1)).toBe(true);
    expect(questions.find((q) => q.id === 'q-goal')?.text).toBe('What do you want to achieve?');
    expect(await other.search('roadmap')).toEqual([]);
  });
});

describe('invalid imports change nothing', () => {
  async function expectRefused(repo: Repository, input: string | Blob, pattern: RegExp) {
    const before = await snapshot(repo);
    const dry = await repo.checkImport(input);
    const result = await repo.importBackup(input);
    expect(dry.ok).toBe(false);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(pattern);
    expect(await snapshot(repo)).toBe(before);
    return result;
  }

  it('refuses broken JSON, other formats and wrong fields, naming the path', async () => {
    const repo = await testRepo({ builtInQuestions: BUILT_INS });
    await populate(repo);
    const good = JSON.parse(await repo.exportJson());
    await expectRefused(repo, '{"format": "tandem-export", ', /Not a JSON file/);
    await expectRefused(repo, JSON.stringify({ hello: 1 }), /Not a Tandem export/);

    const badMood = structuredClone(good);
    badMood.data.notes[0].mood = 9;
    const result = await expectRefused(repo, JSON.stringify(badMood), /data\.notes\[0\]\.mood/);
    expect(!result.ok && result.problems[0]?.path).toBe('data.notes[0].mood');

    const badVersion = { ...structuredClone(good), version: 99 };
    await expectRefused(repo, JSON.stringify(badVersion), /version/);

    const missingField = structuredClone(good);
    delete missingField.data.people[0].displayName;
    await expectRefused(repo, JSON.stringify(missingField), /data\.people\[0\]\.displayName/);
  });

  it('refuses duplicate ids and references to missing records', async () => {
    const repo = await testRepo({ builtInQuestions: BUILT_INS });
    await populate(repo);
    const good = JSON.parse(await repo.exportJson());
    const duplicate = structuredClone(good);
    duplicate.data.agenda.push(duplicate.data.agenda[0]);
    await expectRefused(repo, JSON.stringify(duplicate), /data\.agenda\[2\]\.id: Duplicate id/);

    const dangling = structuredClone(good);
    dangling.data.notes[0].meetingId = 'no-such-meeting';
    dangling.data.notes[0].id = 'fresh-note';
    await expectRefused(
      repo,
      JSON.stringify(dangling),
      /data\.notes\[0\]\.meetingId: Refers to a missing meetings record/,
    );

    const clash = structuredClone(good);
    clash.data.meetings[0].id = 'another-id';
    await expectRefused(repo, JSON.stringify(clash), /same calendar event/);
  });

  it('refuses files over the size limit before reading them', async () => {
    const repo = await testRepo();
    const huge = {
      size: MAX_IMPORT_BYTES + 1,
      text: () => Promise.reject(new Error('read')),
    } as unknown as Blob;
    await expectRefused(repo, huge, /larger than 50 MB/);
  });
});

describe('personMarkdown', () => {
  it('renders a readable history with hostile text kept literal', async () => {
    const repo = await testRepo();
    const person = await repo.ensurePersonForEvent({
      name: '# <script>alert(1)</script>',
      email: 'x@y.io',
    });
    const m = await repo.upsertMeeting({
      personId: person.id,
      site: 'google',
      eventKey: 'e1',
      title: '# <img src=x onerror=alert(1)>',
      start: '2026-03-02T10:00:00Z',
      end: '2026-03-02T10:30:00Z',
    });
    await repo.addAgendaItem({
      personId: person.id,
      meetingId: m.id,
      text: '[link](javascript:alert(1))',
    });
    await repo.addActionItem({
      personId: person.id,
      meetingId: m.id,
      text: '*bold*',
      owner: 'them',
      due: '2026-03-09',
    });
    await repo.saveMeetingNote(m.id, {
      text: 'line one\n- not a list',
      baseRev: 0,
      baseText: '',
      mood: 3,
    });
    const md = await repo.personMarkdown(person.id);
    expect(md).toContain('# \\# &lt;script&gt;alert\\(1\\)&lt;/script&gt;');
    expect(md).toContain('## 2026-03-02 — \\# &lt;img src=x onerror=alert\\(1\\)&gt;');
    expect(md).toContain('- [ ] \\[link\\]\\(javascript:alert\\(1\\)\\)');
    expect(md).toContain('- [ ] \\*bold\\* _(them, due 2026-03-09)_');
    expect(md).toContain('line one  \n\\- not a list');
    expect(md).not.toMatch(/<script|<img/);
  });
});
