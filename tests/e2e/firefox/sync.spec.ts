/**
 * Sync across engines: a Firefox ESR profile (puppeteer-core over WebDriver BiDi, the shared
 * driver) and a Chromium profile (Playwright) converge through the same pouchdb-server on
 * loopback, both ways, and stay live. Firefox project only (playwright.config.ts).
 *
 * Both builds are copies whose manifest already grants http://127.0.0.1/*: neither headless
 * browser can answer permissions.request's prompt (Firefox over BiDi: see docs/SYNC.md, Tests).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserContext } from '@playwright/test';
import { expect, test, type Tab } from '../driver/fixture';
import { startFirefoxDriver } from '../driver/firefox';
import { launchExtension } from '../harness';
import { region } from '../shared/steps';
import { ADMIN, startSyncServer } from '../sync-server';
import { dataset, exportFile, PASSPHRASE, SECRETS } from '../sync-data';
// @ts-expect-error plain ESM module shared with the benchmark
import { loopbackGrantedBuild } from '../../../scripts/pouchdb-server.mjs';

/** Every store the user's data lives in (run in an extension page), each sorted by id. */
function readStores(): Promise<string> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('tandem');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const names = [...db.objectStoreNames].filter((n) => n !== 'search');
      const tx = db.transaction(names, 'readonly');
      const out: Record<string, string[]> = {};
      const sorted = (v: unknown): unknown =>
        Array.isArray(v)
          ? v.map(sorted)
          : v && typeof v === 'object'
            ? Object.fromEntries(
                Object.entries(v)
                  .filter(([, x]) => x !== undefined)
                  .sort(([a], [b]) => (a < b ? -1 : 1))
                  .map(([k, x]) => [k, sorted(x)]),
              )
            : v;
      for (const name of names) {
        const r = tx.objectStore(name).getAll();
        r.onsuccess = () => (out[name] = r.result.map((x) => JSON.stringify(sorted(x))).sort());
      }
      tx.oncomplete = () => {
        db.close();
        resolve(JSON.stringify(out));
      };
    };
  });
}

const DATABASE = 'tandem-e2e-firefox';

/** Firefox, through the driver: import a file from Options → Data. */
async function importInFirefox(options: Tab, file: object): Promise<void> {
  await options.upload(`${region('Data')} input[type=file]`, exportFile(file));
  await expect.poll(() => options.count(`${region('Data')} table`)).toBe(1);
  await options.click({ selector: `${region('Data')} button`, hasText: 'Import' });
  await expect.poll(() => options.text(region('Data'))).toContain('Imported.');
}

/** Firefox: fill Options → Sync and press Start sync. */
async function startSyncInFirefox(options: Tab, origin: string): Promise<void> {
  const field = (name: string) => `${region('Sync')} input[name=${name}]`;
  // Typing appends: the form comes with a database name ("tandem") already in it.
  await options.evaluate(
    (selector) => {
      for (const input of document.querySelectorAll<HTMLInputElement>(selector)) {
        input.value = '';
        input.dispatchEvent(new Event('input', { bubbles: true })); // the form's state follows
      }
    },
    `${region('Sync')} input`,
  );
  await options.type(field('url'), origin);
  await options.type(field('database'), DATABASE);
  await options.type(field('username'), ADMIN.username);
  await options.type(field('password'), ADMIN.password);
  await options.type(field('passphrase'), PASSPHRASE);
  await options.click(`${region('Sync')} button[type=submit]`);
}

const phaseOf = (options: Tab) =>
  options.evaluate(
    () => document.querySelector('#sync [role=status]')?.getAttribute('data-phase') ?? null,
  );

async function chromiumOptions(context: BrowserContext, id: string) {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${id}/options.html`);
  await expect(page.getByRole('region', { name: 'Sync' })).toBeVisible();
  return page;
}

test('a Firefox and a Chromium profile converge through the same CouchDB, live', async ({
  firefox,
}) => {
  test.setTimeout(240_000);
  const server = await startSyncServer();
  // The server's own origin too (its port): see scripts/pouchdb-server.mjs.
  const ffBuild = loopbackGrantedBuild('.output/firefox-mv3', [`${server.origin}/*`]) as {
    dir: string;
    remove(): void;
  };
  const crBuild = loopbackGrantedBuild('.output/chrome-mv3') as { dir: string; remove(): void };
  const ff = await startFirefoxDriver(firefox!, { extensionDir: ffBuild.dir });
  const cr = await launchExtension({
    userDataDir: mkdtempSync(path.join(tmpdir(), 'tandem-sync-profile-')),
    extensionDir: crBuild.dir,
    allowOrigin: server.origin,
  });
  try {
    const optionsF = await ff.openExtensionPage('options.html');
    const optionsC = await chromiumOptions(cr.context, cr.extensionId!);
    await importInFirefox(optionsF, dataset('fox', 'Fenna Foxglove'));
    const data = optionsC.getByRole('region', { name: 'Data' });
    await optionsC
      .getByLabel('Import data')
      .setInputFiles(exportFile(dataset('chrome', 'Cato Chromewell')));
    await data.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(data.getByText('Imported.')).toBeVisible();

    // Firefox first: it creates the database and the key check.
    await startSyncInFirefox(optionsF, server.origin);
    await expect.poll(() => phaseOf(optionsF), { timeout: 60_000 }).toBe('up-to-date');

    const sync = optionsC.getByRole('region', { name: 'Sync' });
    await sync.getByLabel('Server URL').fill(server.origin);
    await sync.getByLabel('Database').fill(DATABASE);
    await sync.getByLabel('Username').fill(ADMIN.username);
    await sync.getByLabel('Password', { exact: true }).fill(ADMIN.password);
    await sync.getByLabel('Passphrase').fill(PASSPHRASE);
    await sync.getByRole('button', { name: 'Start sync' }).click();
    await expect(sync.getByRole('status')).toContainText('Up to date', { timeout: 60_000 });

    // The same data in every store of both profiles: each has the other's person and all.
    await expect
      .poll(() => optionsF.text(region('People')), { timeout: 60_000 })
      .toContain('Cato Chromewell');
    await expect(optionsC.getByRole('region', { name: 'People' })).toContainText('Fenna Foxglove', {
      timeout: 30_000,
    });
    const same = async () =>
      (await optionsF.evaluate(readStores)) === (await optionsC.evaluate(readStores));
    await expect.poll(same, { timeout: 30_000 }).toBe(true);

    // Live, both open: Chromium → Firefox, then Firefox → Chromium.
    const live = optionsC.getByRole('region', { name: 'Data' });
    await optionsC
      .getByLabel('Import data')
      .setInputFiles(exportFile(dataset('delta', 'Dora Livewell')));
    await live.getByRole('button', { name: 'Import', exact: true }).click();
    await expect
      .poll(() => optionsF.text(region('People')), { timeout: 30_000 })
      .toContain('Dora Livewell');
    await importInFirefox(optionsF, dataset('echo', 'Emil Echoford'));
    await expect(optionsC.getByRole('region', { name: 'People' })).toContainText('Emil Echoford', {
      timeout: 30_000,
    });
    await expect.poll(same, { timeout: 30_000 }).toBe(true);

    // The server holds ciphertext only, whichever browser wrote it.
    const all = await server.request('GET', `/${DATABASE}/_all_docs?include_docs=true`);
    expect(all.text).toContain('tandem-key-check');
    for (const secret of [
      ...SECRETS('fox', 'Fenna Foxglove'),
      ...SECRETS('chrome', 'Cato Chromewell'),
      ...SECRETS('echo', 'Emil Echoford'),
      PASSPHRASE,
    ])
      expect(all.text, secret).not.toContain(secret);

    // Nothing left the extension pages but to the sync origin (Chromium sees every request;
    // the driver sees Firefox's pages, not its background).
    expect(ff.outbound).toEqual([]);
    expect(cr.outbound).toEqual([]);
    for (const url of cr.allowed) expect(url.startsWith(`${server.origin}/`)).toBe(true);
  } finally {
    await cr.context.close();
    await ff.close();
    await server.stop();
    ffBuild.remove();
    crBuild.remove();
  }
});
