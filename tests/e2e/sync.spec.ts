/**
 * End-to-end encrypted sync between two Chromium profiles through a real CouchDB-protocol
 * server (pouchdb-server on loopback): both datasets converge both ways, a wrong passphrase
 * changes nothing, an edit made while the server is down arrives later, a goal and a feedback
 * entry added on a person page arrive on the other profile, the server stores no plaintext, and
 * nothing goes anywhere but the sync origin (with sync off: nowhere).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { EXPORT_STORES } from '../../lib/schema/export-file';
import { expect, launchExtension, test, type Harness } from './harness';
import { readTree, startSyncServer, testBuild, ADMIN } from './sync-server';
import { screenshotsAndAxe } from './axe';
import { dataset, exportFile, PASSPHRASE, SECRETS } from './sync-data';

const GOAL = 'Goal alpha: chair the walrus guild';
const FEEDBACK = 'Feedback alpha: rushed the narwhal demo';

/** Profile alpha's export with its note edited at `time` on 5 February (rev 2). */
function editedNote(text: string, time: string) {
  const file = dataset('alpha', 'Ada Quillfeather');
  const at = `2026-02-05T${time}:00.000Z`;
  file.data.notes = file.data.notes.map((n) => ({ ...n, text, rev: 2, updatedAt: at }));
  return file;
}

async function openOptions(harness: Harness): Promise<Page> {
  const page = await harness.context.newPage();
  await page.goto(`chrome-extension://${harness.extensionId}/options.html`);
  await expect(page.getByRole('region', { name: 'Sync' })).toBeVisible();
  return page;
}

async function importFile(page: Page, file: object): Promise<void> {
  const data = page.getByRole('region', { name: 'Data' });
  await page.getByLabel('Import data').setInputFiles(exportFile(file));
  await data.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(data.getByText('Imported.')).toBeVisible();
}

async function startSync(page: Page, origin: string, passphrase: string): Promise<void> {
  const sync = page.getByRole('region', { name: 'Sync' });
  await sync.getByLabel('Server URL').fill(origin);
  await sync.getByLabel('Database').fill('tandem-e2e');
  await sync.getByLabel('Username').fill(ADMIN.username);
  await sync.getByLabel('Password', { exact: true }).fill(ADMIN.password);
  await sync.getByLabel('Passphrase').fill(passphrase);
  await sync.getByRole('button', { name: 'Start sync' }).click();
}

/** The records of every store the user's data lives in, read straight from IndexedDB. */
async function records(page: Page): Promise<Record<string, unknown[]>> {
  return page.evaluate(
    (stores) =>
      new Promise<Record<string, unknown[]>>((resolve, reject) => {
        const open = indexedDB.open('tandem');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(stores, 'readonly');
          const out: Record<string, unknown[]> = {};
          for (const name of stores) {
            const r = tx.objectStore(name).getAll();
            r.onsuccess = () => (out[name] = r.result);
          }
          tx.oncomplete = () => {
            db.close();
            resolve(out);
          };
        };
      }),
    [...EXPORT_STORES],
  );
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

/**
 * The records that differ between two profiles, as "store/id" (empty: the same data in every
 * store). Both profiles are read afresh on every call, as either may still be applying.
 */
async function differences(a: Page, b: Page): Promise<string[]> {
  const [x, y] = await Promise.all([records(a), records(b)]);
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

test('two profiles sync end-to-end encrypted through their own CouchDB', async () => {
  test.setTimeout(300_000);
  const server = await startSyncServer();
  const build = testBuild();
  const dirA = mkdtempSync(path.join(tmpdir(), 'tandem-sync-profile-'));
  const profile = (userDataDir = mkdtempSync(path.join(tmpdir(), 'tandem-sync-profile-'))) =>
    launchExtension({ userDataDir, extensionDir: build.dir, allowOrigin: server.origin });
  let a = await profile(dirA);
  const b = await profile();
  const allowedA: string[] = [];
  try {
    let optionsA = await openOptions(a);
    const optionsB = await openOptions(b);
    await importFile(optionsA, dataset('alpha', 'Ada Quillfeather'));
    await importFile(optionsB, dataset('beta', 'Bruno Tallowmere'));
    // Sync off: not one request, anywhere.
    expect(a.allowed).toEqual([]);
    expect(b.allowed).toEqual([]);

    await startSync(optionsA, server.origin, PASSPHRASE);
    const syncA = optionsA.getByRole('region', { name: 'Sync' });
    await expect(syncA.getByRole('status')).toContainText('Up to date', { timeout: 60_000 });

    // A wrong passphrase on B: refused, nothing written here or there.
    const docsBefore = JSON.parse((await server.request('GET', '/tandem-e2e')).text).doc_count;
    const localBefore = JSON.stringify(await records(optionsB));
    await startSync(optionsB, server.origin, 'quiet harbour seven lantern');
    const syncB = optionsB.getByRole('region', { name: 'Sync' });
    await expect(syncB.getByRole('alert')).toContainText('does not open the data');
    expect(JSON.parse((await server.request('GET', '/tandem-e2e')).text).doc_count).toBe(
      docsBefore,
    );
    await expect(optionsB.getByRole('region', { name: 'People' })).not.toContainText('Ada');
    expect(JSON.stringify(await records(optionsB))).toBe(localBefore);

    await startSync(optionsB, server.origin, PASSPHRASE);
    await expect(syncB.getByRole('status')).toContainText('Up to date', { timeout: 60_000 });
    await expect(optionsB.getByRole('region', { name: 'People' })).toContainText(
      'Ada Quillfeather',
      { timeout: 30_000 },
    );
    await expect(optionsA.getByRole('region', { name: 'People' })).toContainText(
      'Bruno Tallowmere',
      { timeout: 30_000 },
    );
    await expect.poll(() => differences(optionsA, optionsB), { timeout: 30_000 }).toEqual([]);

    // While the server is down: a new person on A, and the same note edited on both sides.
    await server.stop();
    await importFile(optionsA, dataset('gamma', 'Greta Offlinewood'));
    await importFile(optionsA, editedNote('Note alpha, as A wrote it offline', '10:00'));
    await importFile(optionsB, editedNote('Note alpha, as B wrote it offline', '11:00'));
    await server.restart();
    // Opening the options page wakes the background if the browser stopped it meanwhile.
    await optionsA.reload();
    await optionsB.reload();
    await expect(optionsB.getByRole('region', { name: 'People' })).toContainText(
      'Greta Offlinewood',
      { timeout: 90_000 },
    );
    // Nothing lost: the later text wins, the other is kept beside it, on both profiles alike.
    const noteOf = async (page: Page) =>
      (
        (await records(page)).notes as {
          id: string;
          text: string;
          conflicts?: { text: string }[];
        }[]
      )
        .filter((n) => n.id === 'n-alpha')
        .map((n) => ({ text: n.text, kept: (n.conflicts ?? []).map((c) => c.text) }));
    const merged = [
      { text: 'Note alpha, as B wrote it offline', kept: ['Note alpha, as A wrote it offline'] },
    ];
    await expect.poll(() => noteOf(optionsA), { timeout: 60_000 }).toEqual(merged);
    await expect.poll(() => noteOf(optionsB), { timeout: 60_000 }).toEqual(merged);
    await expect.poll(() => differences(optionsA, optionsB), { timeout: 30_000 }).toEqual([]);

    await screenshotsAndAxe(optionsA, 'options-sync-up-to-date');

    // A browser restart: the key was in memory only. Local use goes on at once; sync waits for
    // the passphrase, which the popup asks for (a wrong one is refused), then resumes live.
    expect(a.outbound).toEqual([]);
    allowedA.push(...a.allowed);
    await a.context.close();
    a = await profile(dirA);
    optionsA = await openOptions(a);
    await expect(optionsA.getByRole('region', { name: 'People' })).toContainText(
      'Bruno Tallowmere',
    );
    await expect(optionsA.getByRole('region', { name: 'Sync' }).getByRole('status')).toContainText(
      'waits for your passphrase',
    );
    const popup = await a.context.newPage();
    await popup.goto(`chrome-extension://${a.extensionId}/popup.html`);
    const unlock = popup.getByRole('form', { name: 'Sync waits for your passphrase' });
    // The popup renders after it has asked the background: check it once it is there.
    await expect(unlock).toBeVisible();
    await screenshotsAndAxe(popup, 'popup-sync-locked');
    await unlock.getByLabel('Passphrase').fill('not the passphrase');
    await unlock.getByRole('button', { name: 'Resume sync' }).click();
    await expect(unlock.getByRole('alert')).toContainText('does not open the data');
    await unlock.getByLabel('Passphrase').fill(PASSPHRASE);
    await unlock.getByRole('button', { name: 'Resume sync' }).click();
    await expect(unlock).toBeHidden({ timeout: 30_000 });
    await expect(optionsA.getByRole('region', { name: 'Sync' }).getByRole('status')).toContainText(
      'Up to date',
      { timeout: 60_000 },
    );
    // Live, both open: an edit on B shows on A within seconds.
    await importFile(optionsB, dataset('delta', 'Dora Livewell'));
    await expect(optionsA.getByRole('region', { name: 'People' })).toContainText('Dora Livewell', {
      timeout: 20_000,
    });

    // Goals and the feedback log (schema v7) sync too: added on Ada's person page on A, they
    // show on hers on B.
    const prepA = await a.context.newPage();
    await prepA.goto(`chrome-extension://${a.extensionId}/prep.html?person=p-alpha`);
    const growthA = prepA.getByRole('region', { name: 'Growth and feedback' });
    await growthA.getByRole('textbox', { name: 'Add goal' }).fill(GOAL);
    await growthA.getByRole('textbox', { name: 'Add goal' }).press('Enter');
    await expect(growthA.getByRole('group', { name: 'Goals' })).toContainText(GOAL);
    const logA = growthA.getByRole('group', { name: 'Feedback log' });
    await logA.getByRole('combobox', { name: 'Kind' }).selectOption('concern');
    await logA.getByRole('textbox', { name: 'Add feedback' }).fill(FEEDBACK);
    await logA.getByRole('textbox', { name: 'Add feedback' }).press('Enter');
    await expect(logA).toContainText(FEEDBACK);
    const growthTexts = async (page: Page) => {
      const { goals, feedback } = (await records(page)) as Record<string, { text: string }[]>;
      return [...goals!, ...feedback!].map((r) => r.text).sort();
    };
    await expect.poll(() => growthTexts(optionsB), { timeout: 20_000 }).toEqual([FEEDBACK, GOAL]);
    const prepB = await b.context.newPage();
    await prepB.goto(`chrome-extension://${b.extensionId}/prep.html?person=p-alpha`);
    const growthB = prepB.getByRole('region', { name: 'Growth and feedback' });
    await expect(growthB.getByRole('group', { name: 'Goals' })).toContainText(GOAL);
    const entryB = growthB.getByRole('group', { name: 'Feedback log' }).getByRole('listitem');
    await expect(entryB.filter({ hasText: FEEDBACK })).toContainText('concern');
    await expect.poll(() => differences(optionsA, optionsB), { timeout: 30_000 }).toEqual([]);

    // Everything the server stores: its API with include_docs, and its data directory.
    const dbs = JSON.parse((await server.request('GET', '/_all_dbs')).text) as string[];
    let stored = '';
    for (const db of dbs) {
      stored += (await server.request('GET', `/${db}/_all_docs?include_docs=true&conflicts=true`))
        .text;
      stored += (await server.request('GET', `/${db}/_changes?include_docs=true&style=all_docs`))
        .text;
    }
    stored += readTree(server.dir);
    expect(stored).toContain('tandem-key-check');
    const secrets = [
      ...SECRETS('alpha', 'Ada Quillfeather'),
      ...SECRETS('beta', 'Bruno Tallowmere'),
      ...SECRETS('gamma', 'Greta Offlinewood'),
      ...SECRETS('delta', 'Dora Livewell'),
      'p-alpha',
      'n-beta',
      'as A wrote it offline',
      'as B wrote it offline',
      'walrus guild',
      'narwhal demo',
      PASSPHRASE,
    ];
    for (const secret of secrets) expect(stored, secret).not.toContain(secret);

    // Requests went to the sync origin only.
    expect(a.outbound).toEqual([]);
    expect(b.outbound).toEqual([]);
    expect(a.allowed.length).toBeGreaterThan(0);
    for (const url of [...allowedA, ...a.allowed, ...b.allowed])
      expect(url.startsWith(`${server.origin}/`)).toBe(true);
  } finally {
    await a.context.close();
    await b.context.close();
    await server.stop();
    build.remove();
  }
});
