/** Shared test helpers: a repository on the fresh fake IndexedDB with a ticking clock. */
import type { QuestionContent } from '../../../lib/schema/question';
import {
  openRepository,
  type Repository,
  type RepositoryOptions,
} from '../../../lib/db/repository';

/** A clock that moves one second every time it is read, so every write has its own time. */
export function tickingClock(start = '2026-01-05T09:00:00.000Z'): () => Date {
  let ms = Date.parse(start);
  return () => new Date((ms += 1000));
}

const open: Repository[] = [];

export async function testRepo(options: RepositoryOptions = {}): Promise<Repository> {
  const repo = await openRepository({
    now: tickingClock(),
    channelName: `test-${Math.random()}`,
    ...options,
  });
  open.push(repo);
  return repo;
}

/** Closes every repository a test opened (BroadcastChannels keep Node alive otherwise). */
export function closeAll(): void {
  for (const repo of open.splice(0)) repo.close();
}

export const BUILT_INS: QuestionContent[] = [
  {
    id: 'q-energy',
    text: 'How is your energy this week?',
    category: 'wellbeing',
    depth: 1,
    relationships: ['report'],
  },
  {
    id: 'q-blockers',
    text: 'What is blocking you?',
    category: 'operative',
    depth: 1,
    relationships: ['report', 'peer'],
  },
  {
    id: 'q-goal',
    text: 'What do you want to achieve?',
    category: 'grow',
    depth: 2,
    relationships: ['report'],
    growStep: 'goal',
  },
];

/** A person with weekly meetings on consecutive Mondays (ids returned in time order). */
export async function personWithMeetings(
  repo: Repository,
  count: number,
  email = 'alice@example.com',
) {
  const person = await repo.ensurePersonForEvent({ name: 'Alice', email });
  const meetings = [];
  for (let i = 0; i < count; i++) {
    const start = new Date(Date.UTC(2026, 0, 5 + 7 * i, 10)).toISOString();
    const end = new Date(Date.UTC(2026, 0, 5 + 7 * i, 10, 30)).toISOString();
    meetings.push(
      await repo.upsertMeeting({
        personId: person.id,
        site: 'google',
        eventKey: `evt${i} ${email}`,
        seriesKey: 'evt',
        title: `Alice / me ${i + 1}`,
        start,
        end,
      }),
    );
  }
  return { person, meetings };
}
