/**
 * Reading and writing the export file (pure: no database). The whole file is validated before
 * anything is written: shape (zod), duplicate ids and references between records. Problems are
 * reported with their path in the file, e.g. `data.notes[12].mood`.
 */
import { EXPORT_STORES, ExportFile, type ExportData } from '../schema/export-file';

/** Files above this are refused before they are read or parsed. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;
const MAX_PROBLEMS = 5;

export interface ImportProblem {
  /** Where in the file, e.g. `data.notes[12].mood` ('' = the file itself). */
  path: string;
  message: string;
}

export type FileCheck =
  { ok: true; file: ExportFile } | { ok: false; problems: ImportProblem[]; message: string };

export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, i) =>
      typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`,
    )
    .join('');
}

/** An id from the file, shortened for a message: a bad file must not turn into a huge message. */
function quoted(id: string): string {
  return JSON.stringify(id.length > 80 ? `${id.slice(0, 80)}…` : id);
}

function refuse(problems: ImportProblem[]): FileCheck {
  const shown = problems.slice(0, MAX_PROBLEMS);
  const lines = shown.map((p) => (p.path ? `${p.path}: ${p.message}` : p.message));
  const more =
    problems.length > shown.length ? ` (and ${problems.length - shown.length} more)` : '';
  return {
    ok: false,
    problems: shown,
    message: `This file cannot be imported; nothing was changed. ${lines.join('; ')}${more}`,
  };
}

/** Reads a File/Blob or takes a string; refuses oversized input before parsing it. */
export async function readImportText(input: string | Blob): Promise<string | FileCheck> {
  const size = typeof input === 'string' ? input.length : input.size;
  if (size > MAX_IMPORT_BYTES) {
    const mb = Math.round(MAX_IMPORT_BYTES / 1024 / 1024);
    return refuse([
      { path: '', message: `The file is larger than ${mb} MB, the most Tandem imports.` },
    ]);
  }
  return typeof input === 'string' ? input : input.text();
}

/** Parses and validates a whole export file. `known` answers "does the database have this id?". */
export function checkExportText(text: string): FileCheck {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return refuse([{ path: '', message: `Not a JSON file (${(error as Error).message}).` }]);
  }
  if (
    typeof json !== 'object' ||
    json === null ||
    (json as { format?: unknown }).format !== 'tandem-export'
  ) {
    return refuse([
      { path: 'format', message: 'Not a Tandem export (format must be "tandem-export").' },
    ]);
  }
  const parsed = ExportFile.safeParse(json);
  if (!parsed.success) {
    return refuse(
      parsed.error.issues.map((i) => ({ path: formatPath(i.path), message: i.message })),
    );
  }
  const duplicates = duplicateIds(parsed.data.data);
  if (duplicates.length > 0) return refuse(duplicates);
  return { ok: true, file: parsed.data };
}

function duplicateIds(data: ExportData): ImportProblem[] {
  const problems: ImportProblem[] = [];
  for (const store of EXPORT_STORES) {
    if (store === 'settings') continue;
    const seen = new Set<string>();
    data[store].forEach((record, i) => {
      if (seen.has(record.id)) {
        problems.push({
          path: `data.${store}[${i}].id`,
          message: `Duplicate id ${quoted(record.id)}.`,
        });
      }
      seen.add(record.id);
    });
  }
  return problems;
}

export interface Reference {
  path: string;
  store: 'people' | 'meetings' | 'questions';
  id: string;
}

/** Every reference from one record to another, with its path, for the referential check. */
export function references(data: ExportData): Reference[] {
  const refs: Reference[] = [];
  const add = (path: string, store: Reference['store'], id: string | null | undefined) => {
    if (id) refs.push({ path, store, id });
  };
  data.meetings.forEach((m, i) => add(`data.meetings[${i}].personId`, 'people', m.personId));
  data.agenda.forEach((a, i) => {
    add(`data.agenda[${i}].personId`, 'people', a.personId);
    add(`data.agenda[${i}].meetingId`, 'meetings', a.meetingId);
    add(`data.agenda[${i}].raisedInMeetingId`, 'meetings', a.raisedInMeetingId);
  });
  data.actions.forEach((a, i) => {
    add(`data.actions[${i}].personId`, 'people', a.personId);
    add(`data.actions[${i}].meetingId`, 'meetings', a.meetingId);
  });
  data.notes.forEach((n, i) => {
    add(`data.notes[${i}].personId`, 'people', n.personId);
    add(`data.notes[${i}].meetingId`, 'meetings', n.meetingId);
  });
  data.askedLog.forEach((l, i) => {
    add(`data.askedLog[${i}].personId`, 'people', l.personId);
    add(`data.askedLog[${i}].meetingId`, 'meetings', l.meetingId);
    add(`data.askedLog[${i}].questionId`, 'questions', l.questionId);
  });
  data.goals.forEach((g, i) => add(`data.goals[${i}].personId`, 'people', g.personId));
  data.feedback.forEach((f, i) => add(`data.feedback[${i}].personId`, 'people', f.personId));
  return refs;
}

/** References that point neither into the file nor into the database. */
export function missingReferences(
  data: ExportData,
  inDatabase: Record<Reference['store'], ReadonlySet<string>>,
): FileCheck | null {
  const inFile = {
    people: new Set(data.people.map((r) => r.id)),
    meetings: new Set(data.meetings.map((r) => r.id)),
    questions: new Set(data.questions.map((r) => r.id)),
  };
  const problems = references(data)
    .filter((ref) => !inFile[ref.store].has(ref.id) && !inDatabase[ref.store].has(ref.id))
    .map((ref) => ({
      path: ref.path,
      message: `Refers to a missing ${ref.store} record ${quoted(ref.id)}.`,
    }));
  return problems.length > 0 ? refuse(problems) : null;
}

/** JSON with object keys sorted: the same data always gives the same bytes. */
export function canonicalJson(value: unknown, indent?: number): string {
  return JSON.stringify(value, (_key, v: unknown) => sortKeys(v), indent);
}

function sortKeys(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  const sorted: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort())
    sorted[key] = (value as Record<string, unknown>)[key];
  return sorted;
}
