/**
 * prepLatencyMsMedian / P95: from Google's details dialog appearing on the fixture week (for a 1:1
 * known only by its guest list: from the guest list appearing) to the sidebar painted with that
 * person's prep ('tandem:prep-painted', set one frame after render), with years of
 * history in the EXTENSION's own database, imported through its options page like a user would.
 * Floor, interleaved open by open in a second tab: the same week at a host where the bench's floor
 * extension (bench/floor-ext) sends the event to a frame at the sidebar's place that paints one
 * static line (the browser's own cost of frame + message + paint).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { START_URLS } from '../tests/fixtures/routes.mjs';
import { BENCH_ORIGIN } from './data-layer-figures.mjs';
import { median, pairedMetric, percentile, round } from './lib/stats.mjs';

/** The fixture week's 1:1s, by chip title, and the person each is with (same emails as the fixture). */
export const FIXTURE_ONE_ON_ONES = [
  { title: '1:1 Maria / Tom', name: 'Maria Lopez', email: 'maria.lopez@northwind.example' },
  { title: 'Raj <> Tom', name: 'Raj Patel', email: 'raj.patel@northwind.example' },
  // No 1:1 marker in its title: only its guest list (which Google fills in last) makes it one,
  // so its latency is measured from the guest list appearing.
  {
    title: 'Weekly sync',
    name: 'Sofia Nguyen',
    email: 'sofia.nguyen@northwind.example',
    byGuests: true,
  },
  { title: '1:1 Tom / Jonas', name: 'Jonas Weber', email: 'jonas.weber@northwind.example' },
];

/** bench/data-layer.ts's data set as an export file, its first people renamed to the fixture's. */
export async function writeExportFile(context, { people, years }) {
  const page = await context.newPage();
  try {
    await page.goto(`${BENCH_ORIGIN}/export`);
    const text = await page.evaluate((o) => window.__largeExportText(o), { people, years });
    const file = JSON.parse(text);
    FIXTURE_ONE_ON_ONES.forEach((p, i) => {
      const person = file.data.people[i];
      const old = person.emails[0];
      person.displayName = p.name;
      person.emails = [p.email];
      for (const m of file.data.meetings) {
        if (m.personId === person.id) m.eventKey = m.eventKey.replace(old, p.email);
      }
    });
    const out = path.resolve('out/bench/tandem-bench-export.json');
    mkdirSync(path.dirname(out), { recursive: true });
    writeFileSync(out, JSON.stringify(file));
    return {
      path: out,
      bytes: Buffer.byteLength(JSON.stringify(file)),
      meetings: file.data.meetings.length,
      notes: file.data.notes.length,
    };
  } finally {
    await page.close();
  }
}

/** Imports through the options page: "Import data" file input, the dry run, then "Import". */
export async function importThroughOptions(context, extensionId, file) {
  const page = await context.newPage();
  try {
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    const t0 = Date.now();
    await page.getByLabel('Import data').setInputFiles(file);
    await page.getByRole('button', { name: 'Import', exact: true }).click({ timeout: 120_000 });
    await page.getByText('Imported.').waitFor({ timeout: 300_000 });
    return Date.now() - t0;
  } finally {
    await page.close();
  }
}

/** Main-world recorder of when the details dialog shows an event, and when its guest list arrives. */
function installDialogRecorder() {
  const seen = [];
  window.__dialogSeen = seen;
  let lastEid = null;
  let lastGuests = null;
  new MutationObserver(() => {
    const dlg = document.getElementById('xDetDlg');
    const eid = dlg ? dlg.getAttribute('data-eventid') : null;
    const now = performance.timeOrigin + performance.now();
    if (eid && eid !== lastEid) seen.push({ eid, shown: now, guests: null });
    lastEid = eid;
    const guests = eid && document.getElementById('xDetDlgAtt') ? eid : null;
    if (guests && guests !== lastGuests && seen.length) seen[seen.length - 1].guests = now;
    lastGuests = guests;
  }).observe(document, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['data-eventid'],
  });
}

const painted = (frame) =>
  frame.evaluate(() =>
    performance.getEntriesByName('tandem:prep-painted').map((m) => ({
      at: performance.timeOrigin + m.startTime,
    })),
  );

const frameOf = (page, file) => page.frames().find((f) => f.url().includes(file));

/**
 * Opens `who`'s event on `page` and waits for the first paint (of the frame named `file`) after
 * the moment the dialog showed what makes the event a 1:1 (its title, or its guest list).
 * Returns { fromShown, fromGuests } in ms.
 */
async function openOnce(page, file, who, label) {
  await page.bringToFront();
  await page.keyboard.press('Escape');
  await page.locator('#xDetDlg').waitFor({ state: 'detached' });
  const frameBefore = frameOf(page, file);
  const before = frameBefore ? (await painted(frameBefore)).length : 0;
  const seenBefore = await page.evaluate(() => window.__dialogSeen.length);
  await page.locator('[data-eventchip][data-eventid]', { hasText: who.title }).first().click();
  const deadline = Date.now() + 15_000;
  for (;;) {
    const frame = frameOf(page, file);
    const marks = frame ? (await painted(frame).catch(() => [])).slice(before) : [];
    const seen = (await page.evaluate(() => window.__dialogSeen)).slice(seenBefore);
    const identifiable = seen[0] && (who.byGuests ? seen[0].guests : seen[0].shown);
    const mark = identifiable && marks.find((m) => m.at >= identifiable);
    if (mark) {
      // Let the frame finish (autosave, suggestions) before the next open.
      await page.waitForTimeout(300);
      return {
        fromShown: mark.at - identifiable,
        fromGuests: seen[0].guests ? mark.at - seen[0].guests : NaN,
      };
    }
    if (Date.now() > deadline) throw new Error(`no ${label} paint for "${who.title}"`);
    await page.waitForTimeout(20);
  }
}

export const PREP_BUDGETS = {
  median: { budget: 1.5, ceiling: 250 },
  p95: { budget: 2, ceiling: 500 },
};

/**
 * @param {{ context: import('playwright-core').BrowserContext, extensionId: string, floorUrl: string,
 *   people: number, years: number, opens: number, log: (s: string) => void }} o
 *   floorUrl: the same week at the host where bench/floor-ext's frame paints one static line.
 */
export async function measurePrepLatency({
  context,
  extensionId,
  floorUrl,
  people,
  years,
  opens,
  log,
}) {
  const file = await writeExportFile(context, { people, years });
  log(
    `    export file: ${(file.bytes / 1e6).toFixed(1)} MB, ${file.meetings} meetings, ${file.notes} notes`,
  );
  const importMs = await importThroughOptions(context, extensionId, file.path);
  log(`    imported through the options page in ${(importMs / 1000).toFixed(1)} s`);

  const page = await context.newPage();
  const floorPage = await context.newPage();
  try {
    await page.addInitScript(installDialogRecorder);
    await floorPage.addInitScript(installDialogRecorder);
    await page.goto(START_URLS.google, { waitUntil: 'load' });
    await floorPage.goto(floorUrl, { waitUntil: 'load' });
    const values = [];
    const floors = [];
    const fromGuests = [];
    let cold;
    // One more open than measured: the tab's first open (i = -1) also loads the frame and opens the
    // database; it is reported on its own (details.firstOpen), so the median and the 95th
    // percentile describe the opens a user makes all day, and two runs' tails can agree.
    for (let i = -1; i < opens; i++) {
      const who =
        FIXTURE_ONE_ON_ONES[(i + FIXTURE_ONE_ON_ONES.length) % FIXTURE_ONE_ON_ONES.length];
      const real = () => openOnce(page, '/sidebar.html', who, 'prep');
      const floor = () => openOnce(floorPage, '/frame.html', who, 'floor');
      let a;
      let b;
      if (i % 2 !== 1) {
        a = await real();
        b = await floor();
      } else {
        b = await floor();
        a = await real();
      }
      if (i < 0) {
        cold = { value: round(a.fromShown, 1), floor: round(b.fromShown, 1) };
        continue;
      }
      values.push(a.fromShown);
      floors.push(b.fromShown);
      if (Number.isFinite(a.fromGuests)) fromGuests.push(a.fromGuests);
    }
    log(`    the tab's first open, not in the figures: ${cold.value} ms (floor ${cold.floor} ms)`);
    const name = await frameOf(page, '/sidebar.html')
      ?.getByRole('textbox', { name: 'Person name' })
      .inputValue()
      .catch(() => '?');
    const p95 = {
      ...pairedMetric({ values, floors, unit: 'ms', ...PREP_BUDGETS.p95, digits: 1 }),
    };
    // The tail: Tandem's 95th percentile against the empty frame's median. Not against the
    // frame's own 95th percentile: that one sits on the edge of the frame's few spikes (a shared
    // machine's pauses: in one run 4 of 40 opens took 5 – 7.7 ms against a body of 1.7 – 4.6 ms),
    // so it read 3.5 ms in one full run and 7 ms in the next, and the ratio moved 42 % with it
    // (resampling one run's 40 pairs: ± 42 %, against ± 11 % for this ratio). The frame's
    // typical cost is what no implementation beats; its spikes are luck. Kept in details.
    p95.value = round(percentile(values, 95), 1);
    p95.floor = round(median(floors), 1);
    p95.ratio = round(p95.value / p95.floor, 3);
    p95.pass = p95.ratio <= p95.budget && p95.value <= p95.ceiling;
    return {
      median: pairedMetric({ values, floors, unit: 'ms', ...PREP_BUDGETS.median, digits: 1 }),
      p95,
      details: {
        people,
        years,
        exportFile: { bytes: file.bytes, meetings: file.meetings, notes: file.notes },
        importThroughOptionsMs: importMs,
        firstOpen: cold,
        floorP95Ms: round(percentile(floors, 95), 1),
        fromGuestListMs: {
          median: round(median(fromGuests), 1),
          p95: round(percentile(fromGuests, 95), 1),
          runs: fromGuests.length,
        },
        runsMs: values.map((v) => round(v, 1)),
        floorRunsMs: floors.map((v) => round(v, 1)),
        lastPersonShown: name,
      },
    };
  } finally {
    await page.close();
    await floorPage.close();
  }
}
