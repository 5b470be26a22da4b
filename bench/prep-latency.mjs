/**
 * prepLatencyMsMedian / P95: from Google's details dialog appearing on the fixture week (for a 1:1
 * known only by its guest list: from the guest list appearing) to the sidebar painted with that
 * person's prep ('tandem:prep-painted', set one frame after render), with years of
 * history in the EXTENSION's own database, imported through its options page like a user would.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { START_URLS } from '../tests/fixtures/routes.mjs';
import { BENCH_ORIGIN } from './data-layer-figures.mjs';
import { median, metric, percentile, round } from './lib/stats.mjs';

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
async function writeExportFile(context, { people, years }) {
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
async function importThroughOptions(context, extensionId, file) {
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
      meetingId: m.detail?.meetingId,
    })),
  );

/**
 * @param {{ context: import('playwright-core').BrowserContext, extensionId: string, people: number,
 *   years: number, opens: number, log: (s: string) => void }} o
 */
export async function measurePrepLatency({ context, extensionId, people, years, opens, log }) {
  const file = await writeExportFile(context, { people, years });
  log(
    `    export file: ${(file.bytes / 1e6).toFixed(1)} MB, ${file.meetings} meetings, ${file.notes} notes`,
  );
  const importMs = await importThroughOptions(context, extensionId, file.path);
  log(`    imported through the options page in ${(importMs / 1000).toFixed(1)} s`);

  const page = await context.newPage();
  try {
    await page.addInitScript(installDialogRecorder);
    await page.goto(START_URLS.google, { waitUntil: 'load' });
    const fromShown = [];
    const fromGuests = [];
    for (let i = 0; i < opens; i++) {
      const who = FIXTURE_ONE_ON_ONES[i % FIXTURE_ONE_ON_ONES.length];
      await page.keyboard.press('Escape');
      await page.locator('#xDetDlg').waitFor({ state: 'detached' });
      const frameBefore = page.frames().find((f) => f.url().includes('/sidebar.html'));
      const before = frameBefore ? (await painted(frameBefore)).length : 0;
      const seenBefore = await page.evaluate(() => window.__dialogSeen.length);
      await page.locator('[data-eventchip][data-eventid]', { hasText: who.title }).first().click();
      let marks = [];
      const deadline = Date.now() + 15_000;
      for (;;) {
        const frame = page.frames().find((f) => f.url().includes('/sidebar.html'));
        marks = frame ? await painted(frame).catch(() => []) : [];
        if (marks.length > before) break;
        if (Date.now() > deadline)
          throw new Error(`no prep painted for "${who.title}" (open ${i + 1})`);
        await page.waitForTimeout(20);
      }
      const seen = (await page.evaluate(() => window.__dialogSeen)).slice(seenBefore);
      if (!seen.length) throw new Error(`the dialog for "${who.title}" was not seen`);
      const mark = marks[marks.length - 1];
      // From the moment the dialog shows what makes it a 1:1: the title, or for a 1:1 known only by
      // its guests, the guest list.
      const identifiable = who.byGuests ? seen[0].guests : seen[0].shown;
      if (identifiable) fromShown.push(mark.at - identifiable);
      if (seen[0].guests) fromGuests.push(mark.at - seen[0].guests);
      // Let the sidebar finish (autosave, suggestions) before the next open.
      await page.waitForTimeout(300);
    }
    const name = await (async () => {
      const frame = page.frames().find((f) => f.url().includes('/sidebar.html'));
      return frame
        ?.getByRole('textbox', { name: 'Person name' })
        .inputValue()
        .catch(() => '?');
    })();
    return {
      median: metric({
        value: median(fromShown),
        unit: 'ms',
        budget: 50,
        samples: fromShown,
        digits: 1,
      }),
      p95: metric({
        value: percentile(fromShown, 95),
        unit: 'ms',
        budget: 100,
        samples: fromShown,
        digits: 1,
      }),
      details: {
        people,
        years,
        exportFile: { bytes: file.bytes, meetings: file.meetings, notes: file.notes },
        importThroughOptionsMs: importMs,
        firstOpenMs: round(fromShown[0], 1),
        fromGuestListMs: {
          median: round(median(fromGuests), 1),
          p95: round(percentile(fromGuests, 95), 1),
          runs: fromGuests.length,
        },
        runsMs: fromShown.map((v) => round(v, 1)),
        lastPersonShown: name,
      },
    };
  } finally {
    await page.close();
  }
}
