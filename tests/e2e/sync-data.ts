/**
 * The sync e2e's data: a small export file per profile (every text names the profile's tag, so
 * a scan of the server can look for each), and reading and comparing every store of a profile.
 * Shared by the sync specs.
 */
const T = '2026-02-02T09:00:00.000Z';

function record(id: string) {
  return { id, createdAt: T, updatedAt: T, rev: 1 };
}

/** A small export file for one profile; every text names the profile's tag. */
export function dataset(tag: string, name: string) {
  const person = `p-${tag}`;
  const meeting = `m-${tag}`;
  return {
    format: 'tandem-export',
    version: 1,
    exportedAt: T,
    data: {
      people: [
        {
          ...record(person),
          displayName: name,
          emails: [`${tag}.zebrafinch@example.org`],
          relationship: 'report',
          archived: false,
          standingNotes: `Standing note ${tag} marmalade`,
        },
      ],
      meetings: [
        {
          ...record(meeting),
          personId: person,
          site: 'manual',
          eventKey: `event-${tag}`,
          title: `Weekly ${tag} kingfisher sync`,
          start: '2026-02-03T10:00:00.000Z',
          end: '2026-02-03T10:30:00.000Z',
        },
      ],
      agenda: [
        {
          ...record(`a-${tag}`),
          personId: person,
          meetingId: meeting,
          text: `Agenda ${tag} pomegranate budget`,
          addedBy: 'me',
          order: 0,
          done: false,
          raisedInMeetingId: meeting,
        },
      ],
      actions: [
        {
          ...record(`t-${tag}`),
          personId: person,
          meetingId: meeting,
          text: `Action ${tag} saxophone draft`,
          owner: 'them',
          done: false,
        },
      ],
      notes: [
        {
          ...record(`n-${tag}`),
          personId: person,
          meetingId: meeting,
          text: `Note ${tag} wants to lead the tangerine migration`,
          private: true,
          topics: [],
        },
      ],
      questions: [],
      askedLog: [],
      settings: null,
    },
  };
}

/** Profile alpha's export with its note edited at `time` on 5 February (rev 2). */
export function editedNote(text: string, time: string) {
  const file = dataset('alpha', 'Ada Quillfeather');
  const at = `2026-02-05T${time}:00.000Z`;
  file.data.notes = file.data.notes.map((n) => ({ ...n, text, rev: 2, updatedAt: at }));
  return file;
}

export const SECRETS = (tag: string, name: string) => [
  name,
  `${tag}.zebrafinch@example.org`,
  `${tag} marmalade`,
  `${tag} kingfisher`,
  `${tag} pomegranate`,
  `${tag} saxophone`,
  `${tag} wants to lead the tangerine`,
];

/** Every store the user's data lives in, read straight from IndexedDB (run in an extension page). */
export function readStores(): Promise<Record<string, unknown[]>> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('tandem');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const names = [
        'people',
        'meetings',
        'agenda',
        'actions',
        'notes',
        'questions',
        'askedLog',
        'settings',
      ];
      const tx = db.transaction(names, 'readonly');
      const out: Record<string, unknown[]> = {};
      for (const name of names) {
        const r = tx.objectStore(name).getAll();
        r.onsuccess = () => (out[name] = r.result);
      }
      tx.oncomplete = () => {
        db.close();
        resolve(out);
      };
    };
  });
}

/** JSON with every object's keys sorted: the same data, whatever order its keys were written in. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    entries.sort(([x], [y]) => (x < y ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** The records that differ between two profiles' stores, as "store/id" (empty: the same data). */
export function storeDifferences(
  x: Record<string, unknown[]>,
  y: Record<string, unknown[]>,
): string[] {
  const out: string[] = [];
  for (const store of Object.keys(x)) {
    const byId = (list: unknown[]) =>
      new Map(list.map((r) => [String((r as { id: unknown }).id), canonical(r)]));
    const [mx, my] = [byId(x[store]!), byId(y[store] ?? [])];
    for (const id of new Set([...mx.keys(), ...my.keys()]))
      if (mx.get(id) !== my.get(id)) out.push(`${store}/${id}`);
  }
  return out;
}
