/**
 * The sync figures, in the real built extension against pouchdb-server on 127.0.0.1 (started
 * here), each beside its floor in the same run, interleaved:
 * - syncFirstMs: profile A holds the bench's data set (imported through the options page);
 *   Start sync to an empty database → the status says up to date and the server holds every
 *   document A sent. Floor: the same records as plaintext documents, written into a fresh local
 *   PouchDB and replicated to a fresh database of the same server by bare PouchDB in a plain
 *   page of the same browser (bench/probes/sync-floor-probe.ts).
 * - syncEditLatencyMs: A and B both open and live on one database; a quick note saved in A's
 *   popup → the note is in B's IndexedDB. Floor: a plain page in each browser, each with a
 *   bare PouchDB replicating live with one database of the same server; a put in A's page →
 *   the document is in B's page.
 * Also the mirror's cost (details only): disk (navigator.storage.estimate and the profile's
 * IndexedDB directory, before the first sync and after it) and the write time one edit adds
 * (the quick note in A's IndexedDB → its sealed document in A's mirror).
 */
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { launchBrowser } from '../scripts/browser.mjs';
import { ADMIN, loopbackGrantedBuild, startPouchServer } from '../scripts/pouchdb-server.mjs';
import { BENCH_ORIGIN, benchOriginRoute, dataLayerProbe } from './data-layer-figures.mjs';
import { bundle } from './lib/bundle.mjs';
import { median, pairedMetric, round } from './lib/stats.mjs';
import { importThroughOptions, writeExportFile } from './prep-latency.mjs';

/** Ratio budgets (× the floor) and absolute sanity ceilings (ms): see bench/README.md. */
export const SYNC_BUDGETS = {
  syncFirstMs: { budget: 2.5, ceiling: 300_000 },
  syncEditLatencyMs: { budget: 5, ceiling: 2_000 },
};

const PASSPHRASE = 'bench harbour seven lanterns';
// lib/schema/export-file.ts's EXPORT_STORES (a plain .mjs cannot import the TypeScript): the
// stores sync carries. bench/fixtures/large-export.ts writes no goals or feedback yet.
const STORES = [
  'people',
  'meetings',
  'agenda',
  'actions',
  'notes',
  'questions',
  'askedLog',
  'settings',
  'goals',
  'feedback',
];
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function dirBytes(dir) {
  let total = 0;
  for (const name of readdirSync(dir)) {
    const file = path.join(dir, name);
    const s = statSync(file);
    total += s.isDirectory() ? dirBytes(file) : s.size;
  }
  return total;
}

const indexedDbBytes = (profileDir) => dirBytes(path.join(profileDir, 'Default', 'IndexedDB'));

/** Options page helpers (the real UI, as a user would). */
async function openOptions(context, extensionId) {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await page.getByRole('region', { name: 'Sync' }).waitFor();
  return page;
}

async function startSync(page, origin, database) {
  const sync = page.getByRole('region', { name: 'Sync' });
  await sync.getByLabel('Server URL').fill(origin);
  await sync.getByLabel('Database').fill(database);
  await sync.getByLabel('Username').fill(ADMIN.username);
  await sync.getByLabel('Password', { exact: true }).fill(ADMIN.password);
  await sync.getByLabel('Passphrase').fill(PASSPHRASE);
  const t0 = Date.now();
  await sync.getByRole('button', { name: 'Start sync' }).click();
  return t0;
}

/** Waits (polling every 200 ms) until the status says up to date and `done(counts)` holds. */
async function waitUpToDate(page, done, timeoutMs) {
  const status = page.getByRole('region', { name: 'Sync' }).getByRole('status');
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if ((await status.getAttribute('data-phase')) === 'up-to-date') {
      const text = (await status.textContent()) ?? '';
      const num = (re) => Number((re.exec(text)?.[1] ?? '0').replace(/\D/g, ''));
      const counts = { sent: num(/([\d.,\s]+) sent/), received: num(/([\d.,\s]+) received/) };
      if (await done(counts)) return { at: Date.now(), ...counts };
    }
    if (Date.now() > deadline) throw new Error(`sync not up to date after ${timeoutMs} ms`);
    await sleep(200);
  }
}

async function forget(page) {
  const sync = page.getByRole('region', { name: 'Sync' });
  await sync.getByRole('button', { name: 'Forget this server' }).click();
  await sync.locator('[role="status"][data-phase="off"]').waitFor({ timeout: 60_000 });
}

/** Every record of the user's stores, as the plaintext documents of the floor. */
const plaintextDocs = (page) =>
  page.evaluate(
    (stores) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('tandem');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(stores, 'readonly');
          const docs = [];
          for (const store of stores) {
            const keys = tx.objectStore(store).getAllKeys();
            const rows = tx.objectStore(store).getAll();
            rows.onsuccess = () =>
              rows.result.forEach((r, i) => docs.push({ _id: `${store}-${keys.result[i]}`, r }));
          }
          tx.oncomplete = () => {
            db.close();
            resolve(JSON.stringify(docs));
          };
        };
      }),
    STORES,
  );

const recordCount = (page) =>
  page.evaluate(
    (stores) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('tandem');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(stores, 'readonly');
          let n = 0;
          for (const s of stores)
            tx.objectStore(s).count().onsuccess = (e) => (n += e.target.result);
          tx.oncomplete = () => {
            db.close();
            resolve(n);
          };
        };
      }),
    STORES,
  );

const estimate = (page) =>
  page.evaluate(async () => {
    const e = await navigator.storage.estimate();
    return { usage: e.usage, indexedDB: e.usageDetails?.indexedDB ?? null };
  });

/**
 * In an extension page: polls (every `everyMs`) the number of `personId`'s notes and, when
 * `mirror`, the last sequence of the sync mirror (PouchDB's idb adapter: `_pouch_<name>`,
 * store `by-sequence`); resolves with Date.now() when each first grows.
 */
function watchEdit(page, { personId, mirror, everyMs }) {
  return page.evaluate(
    ({ personId, mirror, everyMs }) => {
      const openDb = (name) =>
        new Promise((resolve, reject) => {
          const r = indexedDB.open(name);
          r.onerror = () => reject(r.error);
          r.onsuccess = () => resolve(r.result);
        });
      const req = (r) =>
        new Promise((resolve, reject) => {
          r.onsuccess = () => resolve(r.result);
          r.onerror = () => reject(r.error);
        });
      const range = IDBKeyRange.bound([personId], [personId, []]);
      const notes = (db) =>
        req(db.transaction('notes').objectStore('notes').index('byPersonAt').count(range));
      const lastSeq = async (db) => {
        const c = await req(
          db.transaction('by-sequence').objectStore('by-sequence').openKeyCursor(null, 'prev'),
        );
        return c ? c.key : 0;
      };
      return (async () => {
        const db = await openDb('tandem');
        const m = mirror ? await openDb('_pouch_tandem-sync-mirror') : null;
        if (m && !m.objectStoreNames.contains('by-sequence')) throw new Error('no mirror');
        const n0 = await notes(db);
        const s0 = m ? await lastSeq(m) : 0;
        let localAt = null;
        let mirrorAt = null;
        window.__editWatchReady = true;
        for (;;) {
          if (localAt === null && (await notes(db)) > n0) localAt = Date.now();
          if (m && mirrorAt === null && (await lastSeq(m)) > s0) mirrorAt = Date.now();
          if (localAt !== null && (!m || mirrorAt !== null)) break;
          await new Promise((r) => setTimeout(r, everyMs));
        }
        db.close();
        m?.close();
        return { localAt, mirrorAt };
      })();
    },
    { personId, mirror, everyMs },
  );
}

/** A quick note for `name`, saved from the popup with Ctrl+Enter; returns when it was pressed. */
async function quickNote(popup, extensionId, name, text) {
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  const person = popup.getByRole('combobox', { name: 'Person' });
  await person.fill(name);
  await popup.getByRole('option', { name, exact: true }).waitFor();
  await person.press('Enter');
  const note = popup.getByRole('textbox', { name: 'Quick note' });
  await note.fill(text);
  const t0 = Date.now();
  await note.press('Control+Enter');
  return {
    t0,
    saved: () => popup.getByRole('status').filter({ hasText: 'Saved' }).waitFor(),
  };
}

/**
 * @param {{ extensionDir: string, people: number, years: number, pairs: number, edits: number,
 *   log: (s: string) => void }} o
 */
export async function measureSync({ extensionDir, people, years, pairs, edits, log }) {
  const server = await startPouchServer();
  const build = loopbackGrantedBuild(extensionDir);
  const dirA = mkdtempSync(path.join(tmpdir(), 'tandem-bench-sync-a-'));
  const dirB = mkdtempSync(path.join(tmpdir(), 'tandem-bench-sync-b-'));
  const floorScript = await bundle('bench/probes/sync-floor-probe.ts');
  const benchRoute = benchOriginRoute({ '/probe.js': await dataLayerProbe() });
  let docsJson = '[]';
  const launch = async (userDataDir) => {
    const b = await launchBrowser({
      extensionDir: build.dir,
      userDataDir,
      allowOrigin: server.origin,
      extraRoute: (u) => (u.startsWith(BENCH_ORIGIN) ? benchRoute(u) : null),
    });
    // The floor's plain page, at the server's own origin (routes added later are asked first).
    await b.context.route(`${server.origin}/__bench/**`, (route) => {
      const { pathname } = new URL(route.request().url());
      if (pathname.endsWith('.js'))
        return route.fulfill({ contentType: 'text/javascript', body: floorScript });
      if (pathname.endsWith('.json'))
        return route.fulfill({ contentType: 'application/json', body: docsJson });
      return route.fulfill({
        contentType: 'text/html',
        body: '<!doctype html><meta charset="utf-8"><title>floor</title><script src="/__bench/floor.js"></script>',
      });
    });
    return b;
  };
  let a = await launch(dirA);
  let b = null;
  const auth = { username: ADMIN.username, password: ADMIN.password };
  const docCount = async (db) =>
    JSON.parse((await server.request('GET', `/${db}`)).text).doc_count ?? -1;
  try {
    const file = await writeExportFile(a.context, { people, years });
    const importMs = await importThroughOptions(a.context, a.extensionId, file.path);
    log(`    A: ${(file.bytes / 1e6).toFixed(1)} MB imported in ${(importMs / 1000).toFixed(1)} s`);
    let options = await openOptions(a.context, a.extensionId);
    const personId = await options.evaluate(
      (name) =>
        new Promise((resolve) => {
          const open = indexedDB.open('tandem');
          open.onsuccess = () => {
            const r = open.result.transaction('people').objectStore('people').getAll();
            r.onsuccess = () => resolve(r.result.find((p) => p.displayName === name)?.id);
          };
        }),
      'Maria Lopez',
    );
    let popupA = await a.context.newPage();

    // The write time of an edit with sync off: the quick note in IndexedDB.
    const localOff = [];
    for (let i = 0; i < edits; i++) {
      const watch = watchEdit(options, { personId, mirror: false, everyMs: 5 });
      await options.waitForFunction(() => window.__editWatchReady);
      const q = await quickNote(popupA, a.extensionId, 'Maria Lopez', `Sync off edit ${i}`);
      const r = await watch;
      await options.evaluate(() => (window.__editWatchReady = false));
      await q.saved();
      localOff.push(r.localAt - q.t0);
    }

    docsJson = await plaintextDocs(options);
    const records = JSON.parse(docsJson).length;
    // Disk at rest: IndexedDB's LevelDB writes a log first and compacts later; a browser that
    // starts again on the profile has folded it into tables.
    const atRest = async () => {
      const outbound = a.outbound;
      await a.context.close();
      a = await launch(dirA);
      a.outbound.push(...outbound);
      options = await openOptions(a.context, a.extensionId);
      popupA = await a.context.newPage();
      await sleep(2000);
      return { estimate: await estimate(options), dirBytes: indexedDbBytes(dirA) };
    };
    const before = await atRest();
    log(`    ${records} records (${(docsJson.length / 1e6).toFixed(1)} MB as plaintext documents)`);

    const floorA = await a.context.newPage();
    await floorA.goto(`${server.origin}/__bench/floor.html`);
    const values = [];
    const floors = [];
    const runs = [];
    let after = null;
    let liveDb = '';
    for (let i = 0; i < pairs; i++) {
      const real = async () => {
        const db = `bench-sync-${i}`;
        const t0 = await startSync(options, server.origin, db);
        const done = await waitUpToDate(
          options,
          async ({ sent }) => sent > 0 && (await docCount(db)) === sent + 1,
          SYNC_BUDGETS.syncFirstMs.ceiling * 2,
        );
        values.push(done.at - t0);
        runs.push({ db, ms: done.at - t0, sent: done.sent, serverDocs: await docCount(db) });
        if (!after) after = { estimate: await estimate(options), dirBytes: indexedDbBytes(dirA) };
        if (i < pairs - 1) await forget(options);
        else liveDb = db;
      };
      const floor = async () => {
        const r = await floorA.evaluate((o) => window.__floorFirstSync(o), {
          docsUrl: '/__bench/docs.json',
          remote: `bench-floor-${i}`,
          local: `floor-${i}`,
          auth,
        });
        floors.push(r.ms);
        runs.push({
          floor: `bench-floor-${i}`,
          ...r,
          serverDocs: await docCount(`bench-floor-${i}`),
        });
      };
      if (i % 2 === 0) {
        await real();
        await floor();
      } else {
        await floor();
        await real();
      }
      log(`    pair ${i + 1}: sync ${values[i]} ms, floor ${round(floors[i], 0)} ms`);
    }
    const first = pairedMetric({
      values,
      floors,
      unit: 'ms',
      ...SYNC_BUDGETS.syncFirstMs,
      digits: 0,
    });

    // Profile B: the second device, given the same server, database and passphrase.
    b = await launch(dirB);
    const optionsB = await openOptions(b.context, b.extensionId);
    const total = await recordCount(options);
    const tB = await startSync(optionsB, server.origin, liveDb);
    const doneB = await waitUpToDate(
      optionsB,
      async () => (await recordCount(optionsB)) >= total,
      SYNC_BUDGETS.syncFirstMs.ceiling * 2,
    );
    log(`    B: first sync from the server in ${doneB.at - tB} ms`);

    const floorB = await b.context.newPage();
    await floorB.goto(`${server.origin}/__bench/floor.html`);
    const live = { remote: 'bench-floor-live', auth };
    await floorA.evaluate((o) => window.__floorLiveOpen(o), { ...live, local: 'live-a' });
    await floorB.evaluate((o) => window.__floorLiveOpen(o), { ...live, local: 'live-b' });

    const latency = [];
    const latencyFloor = [];
    const realEdit = async (i) => {
      const seen = optionsB.evaluate(({ personId, n0 }) => window.__waitNote(personId, n0), {
        personId,
        n0: await notesOf(optionsB, personId),
      });
      const q = await quickNote(popupA, a.extensionId, 'Maria Lopez', `Live edit ${i}`);
      latency.push((await seen) - q.t0);
      await q.saved();
    };
    const floorEdit = async (i) => {
      const id = `edit-${i}`;
      const seen = floorB.evaluate((id) => window.__floorWait(id), id);
      const t0 = Date.now();
      await floorA.evaluate((doc) => window.__floorPut(doc), {
        _id: id,
        r: { personId, text: `Live edit ${i}`, private: true, topics: [] },
      });
      latencyFloor.push((await seen) - t0);
    };
    await installNoteWaiter(optionsB);
    for (let i = 0; i < edits; i++) {
      if (i % 2 === 0) {
        await realEdit(i);
        await floorEdit(i);
      } else {
        await floorEdit(i);
        await realEdit(i);
      }
    }
    const edit = pairedMetric({
      values: latency,
      floors: latencyFloor,
      unit: 'ms',
      ...SYNC_BUDGETS.syncEditLatencyMs,
      digits: 0,
    });

    // The write time with sync on, watched exactly as with sync off (the note in IndexedDB);
    // then, in separate edits (a second watched database slows the first), until the mirror.
    const localOn = [];
    const mirrorAdds = [];
    for (const mirror of [false, true]) {
      for (let i = 0; i < edits; i++) {
        const watch = watchEdit(options, { personId, mirror, everyMs: 5 });
        await options.waitForFunction(() => window.__editWatchReady);
        const text = `Sync on edit ${mirror ? 'm' : 'l'}${i}`;
        const q = await quickNote(popupA, a.extensionId, 'Maria Lopez', text);
        const r = await watch;
        await options.evaluate(() => (window.__editWatchReady = false));
        await q.saved();
        if (mirror) mirrorAdds.push(r.mirrorAt - r.localAt);
        else localOn.push(r.localAt - q.t0);
      }
    }

    const atRestWithMirror = await atRest();
    const mb = (x) => (x === null || x === undefined ? null : round(x / 2 ** 20, 1));
    const sized = (x) => ({ estimateMB: mb(x.estimate.indexedDB), dirMB: mb(x.dirBytes) });
    const disk = {
      tandemOnly: sized(before),
      rightAfterFirstSync: sized(after),
      withMirror: sized(atRestWithMirror),
    };
    disk.mirrorMB = {
      estimate: round(disk.withMirror.estimateMB - disk.tandemOnly.estimateMB, 1),
      dir: round(disk.withMirror.dirMB - disk.tandemOnly.dirMB, 1),
    };
    disk.serverMB = mb(
      Buffer.byteLength(
        (await server.request('GET', `/${liveDb}/_all_docs?include_docs=true`)).text,
      ),
    );
    const write = {
      localMsSyncOff: round(median(localOff), 0),
      localMsSyncOn: round(median(localOn), 0),
      mirrorMsAfterLocal: round(median(mirrorAdds), 0),
      samples: { localOff, localOn, mirrorAdds },
    };
    log(
      `    mirror: ${disk.mirrorMB.estimate} MB (estimate; dir ${disk.mirrorMB.dir} MB) beside ` +
        `Tandem's ${disk.tandemOnly.estimateMB} MB (at rest; right after the first sync ` +
        `${disk.rightAfterFirstSync.estimateMB} MB in all); the server's documents ${disk.serverMB} MB; an edit: local ${write.localMsSyncOff} ms ` +
        `(sync off) / ${write.localMsSyncOn} ms (on), then ${write.mirrorMsAfterLocal} ms to the mirror`,
    );
    return {
      first,
      edit,
      details: {
        people,
        years,
        records,
        plaintextMB: round(docsJson.length / 1e6, 1),
        importThroughOptionsMs: importMs,
        runs,
        secondDeviceFirstSyncMs: doneB.at - tB,
        secondDeviceReceived: doneB.received,
        latencyMs: latency,
        latencyFloorMs: latencyFloor,
        disk,
        write,
        outbound: [...a.outbound, ...(b?.outbound ?? [])],
      },
    };
  } finally {
    await a.context.close();
    await b?.context.close();
    await server.stop();
    build.remove();
    for (const d of [dirA, dirB, server.dir]) rmSync(d, { recursive: true, force: true });
  }
}

/** How many notes `personId` has in this profile (index count: cheap at any size). */
const notesOf = (page, personId) => page.evaluate((p) => window.__countNotes(p), personId);

/** In B's options page: a 10 ms poll for one more note of a person (the floor polls alike). */
async function installNoteWaiter(page) {
  await page.evaluate(() => {
    const dbp = new Promise((resolve) => {
      const r = indexedDB.open('tandem');
      r.onsuccess = () => resolve(r.result);
    });
    window.__countNotes = async (personId) => {
      const db = await dbp;
      const range = IDBKeyRange.bound([personId], [personId, []]);
      return new Promise((resolve) => {
        const r = db.transaction('notes').objectStore('notes').index('byPersonAt').count(range);
        r.onsuccess = () => resolve(r.result);
      });
    };
    window.__waitNote = async (personId, n0) => {
      for (;;) {
        if ((await window.__countNotes(personId)) > n0) return Date.now();
        await new Promise((r) => setTimeout(r, 10));
      }
    };
  });
}
