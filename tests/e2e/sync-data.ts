/**
 * What the sync specs share: the passphrase, a small export file per profile whose every text
 * names the profile's tag, the texts of it the server must never see, and writing a file to import.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const PASSPHRASE = 'quiet harbour seven lanterns';
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

/** The texts of `dataset(tag, name)` that only a profile may read. */
export const SECRETS = (tag: string, name: string) => [
  name,
  `${tag}.zebrafinch@example.org`,
  `${tag} marmalade`,
  `${tag} kingfisher`,
  `${tag} pomegranate`,
  `${tag} saxophone`,
  `${tag} wants to lead the tangerine`,
];

/** The export file written to a fresh temporary folder, for an "Import data" file input. */
export function exportFile(file: object): string {
  const where = path.join(mkdtempSync(path.join(tmpdir(), 'tandem-sync-data-')), 'data.json');
  writeFileSync(where, JSON.stringify(file));
  return where;
}
