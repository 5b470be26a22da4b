/**
 * Data-layer scale benchmark: ten years of weekly 1:1s with 20 people, measured in a real
 * browser (bench/run-data-layer.mjs). Figures are medians in milliseconds. Budgets: history
 * and prepBundle ≤ 20 ms, search ≤ 50 ms, export ≤ 2 s, import ≤ 5 s.
 */
import { canonicalJson } from '../lib/db/backup-file';
import { newId } from '../lib/db/ids';
import { openRepository, type Repository } from '../lib/db/repository';
import { CATEGORIES, RELATIONSHIPS } from '../lib/schema/common';
import { EXPORT_FORMAT, EXPORT_VERSION, type ExportFile } from '../lib/schema/export-file';
import type {
  ActionItem,
  AgendaItem,
  AskedLog,
  Meeting,
  Note,
  Person,
} from '../lib/schema/records';

export interface SeedOptions {
  people?: number;
  years?: number;
}

export interface SeedCounts {
  people: number;
  meetings: number;
  notes: number;
  agenda: number;
  actions: number;
  askedLog: number;
  fileBytes: number;
}

/** A small deterministic PRNG (mulberry32), so every run seeds the same data. */
function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  'project roadmap hiring budget launch deadline migration customer feedback review design ' +
  'architecture incident postmortem onboarding mentoring promotion career growth training ' +
  'conference offsite vacation workload energy stress priorities quarter planning metrics ' +
  'performance release testing deployment security compliance vendor contract stakeholder ' +
  'alignment strategy reorg headcount interview candidate pairing documentation support ' +
  'escalation latency database frontend backend mobile analytics experiment pricing billing ' +
  'payments search onboarding zürich münchen café résumé naïve team morale retro demo'
).split(' ');
const GLUE = 'the a we they to of and for with about on in next last this that is was'.split(' ');
const FIRST =
  'Ana Ben Chloé Dev Elif Femi Gustav Hana Ivan Jon Kira Luis Maya Nils Omar Priya Quinn Rosa Sven Tomás'.split(
    ' ',
  );

function sentence(rand: () => number, words: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) {
    const pool = rand() < 0.45 ? GLUE : WORDS;
    out.push(pool[Math.floor(rand() * pool.length)] ?? 'work');
  }
  const text = out.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1) + '.';
}

function paragraph(rand: () => number, sentences: number): string {
  return Array.from({ length: sentences }, () => sentence(rand, 6 + Math.floor(rand() * 10))).join(
    ' ',
  );
}

/** The whole dataset as an export file (the fastest honest way in: one validated import). */
export function buildLargeExport(options: SeedOptions = {}): ExportFile {
  const rand = prng(42);
  const peopleCount = options.people ?? 20;
  const weeks = Math.round((options.years ?? 10) * 52);
  const origin = Date.UTC(2016, 0, 4, 9);
  const iso = (ms: number) => new Date(ms).toISOString();
  const base = (ms: number) => ({ id: newId(ms), createdAt: iso(ms), updatedAt: iso(ms), rev: 1 });
  const data: ExportFile['data'] = {
    people: [],
    meetings: [],
    agenda: [],
    actions: [],
    notes: [],
    questions: [],
    askedLog: [],
    settings: null,
    goals: [],
    feedback: [],
  };
  for (let p = 0; p < peopleCount; p++) {
    const name = `${FIRST[p % FIRST.length]} ${String.fromCharCode(65 + (p % 26))}.`;
    const person: Person = {
      ...base(origin + p),
      displayName: name,
      emails: [`person${p}@example.com`],
      relationship: RELATIONSHIPS[p % RELATIONSHIPS.length] ?? 'report',
      role: 'Engineer',
      archived: false,
      standingNotes: paragraph(rand, 2),
      standingTopics: [],
      cadence: 'weekly',
    };
    data.people.push(person);
    for (let w = 0; w < weeks; w++) {
      const start = origin + w * 7 * 86_400_000 + p * 3_600_000 * 0.5;
      const meeting: Meeting = {
        ...base(start - 86_400_000),
        personId: person.id,
        site: p % 3 === 0 ? 'outlook' : 'google',
        eventKey: `ev${p}_${w} person${p}@example.com`,
        seriesKey: `ev${p}`,
        title: `${name} / me`,
        start: iso(start),
        end: iso(start + 1_800_000),
      };
      data.meetings.push(meeting);
      const recent = w >= weeks - 3;
      for (let a = 0; a < 3; a++) {
        const done = !recent || a === 0;
        const item: AgendaItem = {
          ...base(start - 3_600_000 + a),
          personId: person.id,
          meetingId: meeting.id,
          text: sentence(rand, 4 + Math.floor(rand() * 6)),
          addedBy: rand() < 0.4 ? 'them' : 'me',
          order: start + a,
          done,
          ...(done && { doneAt: iso(start + 600_000) }),
          raisedInMeetingId: meeting.id,
          visibility: 'shared',
        };
        data.agenda.push(item);
      }
      // An action item every other meeting and a logged question every other meeting.
      const actionDone = !recent;
      if (w % 2 === 0 || recent) {
        const action: ActionItem = {
          ...base(start + 1_700_000),
          personId: person.id,
          meetingId: meeting.id,
          text: sentence(rand, 5 + Math.floor(rand() * 5)),
          owner: rand() < 0.5 ? 'me' : 'them',
          visibility: 'shared',
          done: actionDone,
          ...(actionDone && { doneAt: iso(start + 5 * 86_400_000) }),
        };
        data.actions.push(action);
      }
      const note: Note = {
        ...base(start + 60_000),
        personId: person.id,
        meetingId: meeting.id,
        text: paragraph(rand, 3 + Math.floor(rand() * 5)),
        private: true,
        topics: [CATEGORIES[Math.floor(rand() * CATEGORIES.length)] ?? 'operative'],
        mood: (1 + Math.floor(rand() * 5)) as Note['mood'],
      };
      data.notes.push(note);
      // Quick notes between meetings bring the total to ~50k.
      for (let q = 0; q < 4; q++) {
        data.notes.push({
          ...base(start + (q + 1) * 86_400_000),
          personId: person.id,
          text: paragraph(rand, 1 + Math.floor(rand() * 3)),
          private: true,
          topics: [],
        });
      }
      if (w % 2 === 1) {
        const asked: AskedLog = {
          ...base(start + 300_000),
          questionId: `q-${w % 40}`,
          personId: person.id,
          meetingId: meeting.id,
          at: iso(start + 300_000),
          outcome: rand() < 0.8 ? 'asked' : 'skipped',
        };
        data.askedLog.push(asked);
      }
    }
  }
  for (let q = 0; q < 40; q++) {
    data.questions.push({
      id: `q-${q}`,
      text: sentence(rand, 8),
      category: CATEGORIES[q % CATEGORIES.length] ?? 'rapport',
      depth: 1,
      relationships: ['report'],
      createdAt: iso(origin),
      updatedAt: iso(origin),
      rev: 1,
      builtIn: false,
      enabled: true,
      edited: false,
    });
  }
  return { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: iso(Date.now()), data };
}

export async function seedLargeDataset(
  repo: Repository,
  options: SeedOptions = {},
): Promise<SeedCounts> {
  const file = buildLargeExport(options);
  const text = canonicalJson(file);
  const result = await repo.importBackup(text);
  if (!result.ok) throw new Error(result.message);
  const d = file.data;
  return {
    people: d.people.length,
    meetings: d.meetings.length,
    notes: d.notes.length,
    agenda: d.agenda.length,
    actions: d.actions.length,
    askedLog: d.askedLog.length,
    fileBytes: text.length,
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const value = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return Math.round(value * 100) / 100;
}

/** Receives every timed sample (bench/run.mjs reports runs and spread from them). */
export type SampleSink = (figure: string, ms: number) => void;

async function timeEach(
  runs: number,
  fn: (i: number) => Promise<unknown>,
  figure = '',
  onSample?: SampleSink,
): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn(i);
    times.push(performance.now() - t0);
    onSample?.(figure, times[i]!);
  }
  return median(times);
}

export interface BenchFigures {
  historyMs: number;
  prepBundleMs: number;
  searchMs: number;
  exportMs: number;
  importMs: number;
  searchQueries: Record<string, number>;
}

const QUERIES = [
  'roadmap',
  'zurich budget',
  'migr',
  'cafe resume',
  'promotion career growth',
  'postmortem',
];

/** Medians over several runs. `openEmpty` opens an empty repository for the import figure. */
export async function runDataLayerBench(
  repo: Repository,
  openEmpty: () => Promise<Repository> = () => openRepository({ name: 'tandem-bench-import' }),
  onSample?: SampleSink,
): Promise<BenchFigures> {
  const people = await repo.listPeople();
  const person = (i: number) => people[i % people.length]!;
  await repo.historyPage(person(0).id); // warm up
  const historyMs = await timeEach(
    21,
    (i) => repo.historyPage(person(i).id, { limit: 20 }),
    'historyMs',
    onSample,
  );
  const latest = await Promise.all(people.map((p) => repo.meetingsForPerson(p.id, { limit: 1 })));
  const prepBundleMs = await timeEach(
    21,
    (i) => repo.prepBundle(latest[i % latest.length]![0]!.id),
    'prepBundleMs',
    onSample,
  );

  const searchQueries: Record<string, number> = {};
  for (const q of QUERIES)
    searchQueries[q] = await timeEach(7, () => repo.search(q, { limit: 20 }), 'searchMs', onSample);
  searchQueries['roadmap (one person)'] = await timeEach(
    7,
    (i) => repo.search('roadmap', { personId: person(i).id, limit: 20 }),
    'searchMs',
    onSample,
  );
  const searchMs = median(Object.values(searchQueries));

  let text = '';
  const exportMs = await timeEach(
    3,
    async () => {
      text = await repo.exportJson();
    },
    'exportMs',
    onSample,
  );
  const importTimes: number[] = [];
  for (let i = 0; i < 3; i++) {
    const empty = await openEmpty();
    await empty.eraseAll();
    const t0 = performance.now();
    const result = await empty.importBackup(text);
    importTimes.push(performance.now() - t0);
    onSample?.('importMs', importTimes[i]!);
    if (!result.ok) throw new Error(result.message);
    empty.close();
  }
  return {
    historyMs,
    prepBundleMs,
    searchMs,
    exportMs,
    importMs: median(importTimes),
    searchQueries,
  };
}
