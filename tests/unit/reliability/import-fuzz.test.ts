/**
 * Import fuzzing: a fixed-seed generator makes well over a thousand bad backup files (not JSON,
 * truncated, wrong types, wrong format/version, duplicate ids, missing references, deep nesting,
 * huge strings, bad values, duplicate calendar events, and 50 MB files). Every one must be
 * refused by the dry run AND the import with a clear message, and the database must stay
 * byte-for-byte the same (SHA-256 of the export, checked after every file).
 */
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES } from '../../../lib/db/backup-file';
import type { Repository } from '../../../lib/db/repository';
import { BUILT_INS, closeAll, testRepo } from '../db/helpers';
import { digest, populate, seeded, type Random } from './helpers';

afterEach(closeAll);

const SEED = 0x7a4d3;
const COUNT = 1200;
const PREFIX = 'This file cannot be imported; nothing was changed. ';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Obj = { [key: string]: Json };
interface BadFile {
  kind: string;
  text: string;
}

const STORES = ['people', 'meetings', 'agenda', 'actions', 'notes', 'questions', 'askedLog'];
const REFS: Record<string, string[]> = {
  meetings: ['personId'],
  agenda: ['personId', 'meetingId', 'raisedInMeetingId'],
  actions: ['personId', 'meetingId'],
  notes: ['personId', 'meetingId'],
  askedLog: ['personId', 'meetingId', 'questionId'],
};
/** Fields with a maximum length, and the smallest length that breaks it. */
const LIMITS: Record<string, [string, number][]> = {
  people: [
    ['id', 201],
    ['displayName', 301],
    ['role', 301],
  ],
  meetings: [
    ['eventKey', 1001],
    ['title', 1001],
    ['id', 201],
  ],
  agenda: [['text', 5001]],
  actions: [['text', 5001]],
  notes: [['text', 200_001]],
  askedLog: [['id', 201]],
};
/** Values no schema accepts at that place. */
const BAD_VALUES: [string, string, Json][] = [
  ['notes', 'mood', 9],
  ['notes', 'mood', 0],
  ['notes', 'topics', ['not-a-category']],
  ['people', 'relationship', 'boss'],
  ['people', 'startDate', '15/04/2024'],
  ['people', 'emails', ['x']],
  ['meetings', 'site', 'yahoo'],
  ['meetings', 'start', 'next tuesday-ish'],
  ['agenda', 'addedBy', 'nobody'],
  ['actions', 'due', '2026-2-2'],
  ['actions', 'owner', 'both'],
  ['askedLog', 'outcome', 'maybe'],
  ['notes', 'rev', 0],
  ['agenda', 'rev', 1.5],
  ['people', 'rev', -3],
  ['people', 'createdAt', 'yesterday'],
  ['notes', 'updatedAt', ''],
  ['people', 'id', ''],
  ['meetings', 'personId', ''],
];

function wrongTypeFor(value: Json, rng: Random): Json {
  const options: Json[] =
    typeof value === 'string'
      ? [42, true, { a: 1 }, [value], -0.5]
      : typeof value === 'number'
        ? [String(value), true, { n: value }, [value]]
        : typeof value === 'boolean'
          ? [String(value), 1, [value], { b: value }]
          : value === null
            ? [17, true, ['x'], 'NaN-date', {}]
            : Array.isArray(value)
              ? ['[]', 3, { 0: value[0] ?? null }, true]
              : ['{}', 5, [value], false];
  return rng.pick(options);
}

/** Every place inside a record (store, index, path of keys) holding a value. */
function leaves(file: Obj): { store: string; path: (string | number)[] }[] {
  const out: { store: string; path: (string | number)[] }[] = [];
  const data = file.data as Obj;
  const walk = (store: string, value: Json, path: (string | number)[]) => {
    out.push({ store, path });
    if (Array.isArray(value)) value.forEach((v, i) => walk(store, v, [...path, i]));
    else if (value && typeof value === 'object')
      for (const [k, v] of Object.entries(value)) walk(store, v, [...path, k]);
  };
  for (const store of STORES) {
    (data[store] as Json[]).forEach((record, i) => {
      for (const [k, v] of Object.entries(record as Obj)) walk(store, v, ['data', store, i, k]);
    });
  }
  const settings = data.settings as Obj;
  for (const [k, v] of Object.entries(settings)) walk('settings', v, ['data', 'settings', k]);
  return out;
}

function getAt(root: Json, path: (string | number)[]): Json {
  return path.reduce<Json>((node, key) => (node as Obj)[key as string] as Json, root);
}
function setAt(root: Json, path: (string | number)[], value: Json): void {
  const parent = getAt(root, path.slice(0, -1)) as Obj;
  parent[path[path.length - 1] as string] = value;
}

function deep(depth: number, rng: Random): string {
  const [open, close] = rng.pick([
    ['[', ']'],
    ['{"a":', '}'],
  ]);
  return `${open.repeat(depth)}1${close.repeat(depth)}`;
}

function generator(good: Obj, goodText: string, rng: Random) {
  const all = leaves(good);
  const clone = () => structuredClone(good) as Obj;
  const records = (f: Obj, store: string) => (f.data as Obj)[store] as Obj[];
  const pickRecord = (f: Obj, stores: string[]) => {
    const store = rng.pick(stores.filter((s) => records(f, s).length > 0));
    return { store, index: rng.int(0, records(f, store).length - 1) };
  };
  const out = (kind: string, value: Json | string): BadFile => ({
    kind,
    text: typeof value === 'string' ? value : JSON.stringify(value),
  });

  const makers: Record<string, () => BadFile> = {
    'not json': () => {
      const junk = [
        '',
        ' ',
        'undefined',
        "{'format': 'tandem-export'}",
        '<?xml version="1.0"?><tandem/>',
        'id,text\n1,hello',
        '\u0000\u0001\u0002PK\u0003\u0004',
        'NaN',
        '{"format":"tandem-export",}',
        goodText.replace(/"/g, "'"),
        `${goodText}}`,
        `${goodText},`,
      ];
      if (rng.next() < 0.5) return out('not json', rng.pick(junk));
      const bytes = Array.from({ length: rng.int(1, 400) }, () =>
        String.fromCharCode(rng.int(0, 0xd7ff)),
      ).join('');
      return out('not json', bytes.startsWith('"') ? `x${bytes}` : `{${bytes}`);
    },
    truncated: () => out('truncated', goodText.slice(0, rng.int(0, goodText.length - 1))),
    'not an export': () =>
      out(
        'not an export',
        rng.pick<Json>([
          null,
          42,
          'tandem-export',
          [],
          [good],
          {},
          { ...good, format: 'tandem' },
          { ...good, format: 'TANDEM-EXPORT' },
          { ...good, format: null },
          { data: good.data as Json },
        ]),
      ),
    'wrong version': () =>
      out('wrong version', {
        ...good,
        version: rng.pick<Json>([0, 2, 99, -1, '1', null, 1.5, [1], true]),
      }),
    'bad top level': () => {
      const f = clone();
      const field = rng.pick(['data', 'exportedAt']);
      if (rng.next() < 0.3) delete f[field];
      else f[field] = field === 'data' ? rng.pick<Json>([null, [], 'data', 7]) : 'not a time';
      return out('bad top level', f);
    },
    'missing store': () => {
      const f = clone();
      delete (f.data as Obj)[rng.pick([...STORES, 'settings'])];
      return out('missing store', f);
    },
    'wrong type': () => {
      const f = clone();
      const { path } = rng.pick(all);
      setAt(f, path, wrongTypeFor(getAt(f, path), rng));
      return out('wrong type', f);
    },
    'missing field': () => {
      const f = clone();
      const { store, index } = pickRecord(f, STORES);
      const field = rng.pick(['id', 'rev', 'createdAt', 'updatedAt']);
      delete records(f, store)[index]![field];
      return out('missing field', f);
    },
    'bad value': () => {
      const f = clone();
      const [store, field, value] = rng.pick(BAD_VALUES);
      const list = records(f, store);
      list[rng.int(0, list.length - 1)]![field] = value;
      return out('bad value', f);
    },
    'duplicate id': () => {
      const f = clone();
      const { store, index } = pickRecord(f, STORES);
      const list = records(f, store);
      const copy = structuredClone(list[index]!);
      if (typeof copy.text === 'string') copy.text += ' (copy)';
      list.splice(rng.int(0, list.length), 0, copy);
      return out('duplicate id', f);
    },
    'missing reference': () => {
      const f = clone();
      const { store, index } = pickRecord(f, Object.keys(REFS));
      const field = rng.pick(REFS[store]!);
      const record = records(f, store)[index]!;
      record[field] = `ghost-${rng.int(0, 1e9)}`;
      if (rng.next() < 0.5) record.id = `new-${rng.int(0, 1e9)}`;
      return out('missing reference', f);
    },
    'dangling after removal': () => {
      // The file's person/meeting is gone from the file and was never in the database.
      const f = clone();
      const people = records(f, 'people');
      const person = people[rng.int(0, people.length - 1)]!;
      const fresh = `renamed-${rng.int(0, 1e9)}`;
      for (const store of ['meetings', 'agenda', 'actions', 'notes', 'askedLog'])
        for (const r of records(f, store)) if (r.personId === person.id) r.personId = fresh;
      return out('dangling after removal', f);
    },
    'deep nesting': () => {
      const depth = rng.pick([64, 1000, 10_000, 100_000]);
      if (rng.next() < 0.3) return out('deep nesting', deep(depth, rng));
      const f = clone();
      const { path } = rng.pick(all);
      const marker = '"__DEEP__"';
      setAt(f, path, '__DEEP__');
      return out('deep nesting', JSON.stringify(f).replace(marker, deep(depth, rng)));
    },
    'huge string': () => {
      const f = clone();
      const store = rng.pick(Object.keys(LIMITS));
      const [field, min] = rng.pick(LIMITS[store]!);
      const list = records(f, store);
      const record = list[rng.int(0, list.length - 1)]!;
      const length = min + rng.int(0, rng.next() < 0.1 ? 2_000_000 : 50_000);
      // Limits count code points: repeat whole characters.
      const unit = rng.pick(['x', 'é', '<script>', '\u{1F600}']);
      record[field] = unit.repeat(Math.ceil(length / [...unit].length));
      return out(`huge string ${store}.${field}`, f);
    },
    'huge missing reference': () => {
      // A reference to a missing record whose id is enormous: the message must stay readable.
      const f = clone();
      const { store, index } = pickRecord(f, Object.keys(REFS));
      records(f, store)[index]![rng.pick(REFS[store]!)] = 'z'.repeat(rng.int(1000, 300_000));
      return out('huge missing reference', f);
    },
    'duplicate event in file': () => {
      // Two meetings in one file for the same calendar event.
      const f = clone();
      const meetings = records(f, 'meetings');
      const copy = structuredClone(meetings[rng.int(0, meetings.length - 1)]!);
      copy.id = `twin-${rng.int(0, 1e9)}`;
      copy.eventKey = `fresh-${rng.int(0, 1e9)}`;
      const twin = { ...copy, id: `twin-${rng.int(0, 1e9)}b` };
      meetings.push(copy, twin);
      return out('duplicate event in file', f);
    },
    'event stored under another id': () => {
      const f = clone();
      const meetings = records(f, 'meetings');
      meetings[rng.int(0, meetings.length - 1)]!.id = `other-${rng.int(0, 1e9)}`;
      return out('event stored under another id', f);
    },
    'bad settings': () => {
      const f = clone();
      const settings = (f.data as Obj).settings as Obj;
      const [field, value] = rng.pick<[string, Json]>([
        ['id', 'other'],
        ['theme', 'neon'],
        ['sites', { google: 'yes', outlook: true }],
        ['seriesOverrides', { evt0: 'sometimes' }],
        ['extraKeywords', ['k'.repeat(201)]],
        ['selfIdentities', [{ site: 'yahoo' }]],
      ]);
      settings[field] = value;
      return out('bad settings', f);
    },
  };
  const kinds = Object.keys(makers);
  return (i: number): BadFile => makers[kinds[i % kinds.length]!]!();
}

const figures = { files: 0, bytes: 0, kinds: {} as Record<string, number>, digests: 0 };

async function expectRefused(repo: Repository, input: string | Blob, before: string) {
  const dry = await repo.checkImport(input);
  const real = await repo.importBackup(input);
  for (const result of [dry, real]) {
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message.startsWith(PREFIX)).toBe(true);
    expect(result.message.length).toBeGreaterThan(PREFIX.length + 5);
    // Clear: a sentence, not the file echoed back.
    expect(result.message.length).toBeLessThan(2000);
    expect(result.problems.length).toBeGreaterThan(0);
  }
  expect(await digest(repo)).toBe(before);
  figures.digests++;
}

describe('import fuzzing', () => {
  afterAll(() => {
    console.info(
      `import fuzzing: ${figures.files} bad files (${(figures.bytes / 1e6).toFixed(1)} MB), ` +
        `${figures.digests} database digests compared; by kind ${JSON.stringify(figures.kinds)}`,
    );
  });

  it(`refuses ${COUNT} generated bad files (seed ${SEED}) and changes nothing`, async () => {
    const repo = await testRepo({ builtInQuestions: BUILT_INS });
    await populate(repo);
    const goodText = await repo.exportJson();
    const good = JSON.parse(goodText) as Obj;
    const before = await digest(repo);
    let changes = 0;
    repo.onChange(() => changes++);

    // Positive control: the unmutated file is accepted, so refusals below are the mutations'.
    expect((await repo.checkImport(goodText)).ok).toBe(true);

    const make = generator(good, goodText, seeded(SEED));
    for (let i = 0; i < COUNT; i++) {
      const file = make(i);
      figures.files++;
      figures.bytes += file.text.length;
      figures.kinds[file.kind] = (figures.kinds[file.kind] ?? 0) + 1;
      try {
        await expectRefused(repo, file.text, before);
      } catch (error) {
        throw new Error(`file #${i} (${file.kind}, ${file.text.slice(0, 300)}): ${String(error)}`);
      }
    }
    expect(changes).toBe(0);
    expect(await digest(repo)).toBe(before);
  }, 90_000);

  it('refuses 50 MB files: one over the limit (as a File) and one at the limit', async () => {
    const repo = await testRepo({ builtInQuestions: BUILT_INS });
    await populate(repo, 1, 1);
    const before = await digest(repo);
    const over = new Blob(['{"format":"tandem-export","data":"', 'a'.repeat(MAX_IMPORT_BYTES)]);
    expect(over.size).toBeGreaterThan(MAX_IMPORT_BYTES);
    await expectRefused(repo, over, before);
    const result = await repo.importBackup(over);
    expect(!result.ok && result.message).toMatch(/larger than 50 MB/);

    // Exactly 50 MB (accepted by size, then refused by content): a note far over its limit.
    const file = JSON.parse(await repo.exportJson()) as Obj;
    const notes = (file.data as Obj).notes as Obj[];
    notes[0]!.text = '';
    const skeleton = JSON.stringify(file);
    notes[0]!.text = 'n'.repeat(MAX_IMPORT_BYTES - skeleton.length);
    const atLimit = new Blob([JSON.stringify(file)]);
    expect(atLimit.size).toBe(MAX_IMPORT_BYTES);
    await expectRefused(repo, atLimit, before);
    const second = await repo.importBackup(atLimit);
    expect(!second.ok && second.problems[0]?.path).toBe('data.notes[0].text');
    figures.files += 2;
    figures.bytes += over.size + atLimit.size;
  }, 60_000);

  it('positive control: the digest sees a one-character change', async () => {
    const repo = await testRepo({ builtInQuestions: BUILT_INS });
    await populate(repo, 1, 1);
    const before = await digest(repo);
    const file = JSON.parse(await repo.exportJson()) as Obj;
    const note = ((file.data as Obj).notes as Obj[])[0]!;
    note.text = `${String(note.text)}!`;
    note.rev = (note.rev as number) + 1;
    note.updatedAt = '2030-01-01T00:00:00.000Z';
    expect((await repo.importBackup(JSON.stringify(file))).ok).toBe(true);
    expect(await digest(repo)).not.toBe(before);
  });
});
