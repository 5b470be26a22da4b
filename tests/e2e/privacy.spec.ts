/**
 * The Vegas rule, tried hard on the built extension: after a full workflow nothing of what the
 * user wrote is reachable by the calendar page's own scripts, no extension context makes a
 * network request, a sidebar.html the page embeds itself stays an empty shell, and messages of
 * the wrong shape or from the wrong sender are refused.
 */
import { readFileSync } from 'node:fs';
import { test, expect } from './harness';
import { openGoogleEvent, prepFor, URLS } from './helpers';
import { pageReachable, recordPageMessages, storeCounts } from './reliability-helpers';

const AGENDA = 'Agenda okapi 7731 salary band';
const ACTION = 'Action narwhal 4410 send the offer';
const NOTE = 'Note axolotl 9921 thinking about leaving';

test('after agenda, action, notes and asked questions, the page can reach none of it; no requests', async ({
  harness,
}) => {
  const page = await harness.context.newPage();
  await recordPageMessages(page);
  await page.goto(URLS.google);
  await openGoogleEvent(page, '1:1 Maria / Tom');
  const frame = await prepFor(page, 'Maria Lopez');

  await frame.getByRole('textbox', { name: 'Add agenda item' }).fill(AGENDA);
  await frame.getByRole('textbox', { name: 'Add agenda item' }).press('Enter');
  await expect(frame.getByRole('region', { name: 'Agenda' })).toContainText(AGENDA);
  await frame.getByRole('textbox', { name: 'Add action item' }).fill(ACTION);
  await frame.getByRole('textbox', { name: 'Add action item' }).press('Enter');
  await expect(frame.getByRole('region', { name: 'Action items' })).toContainText(ACTION);
  // Ask a suggested question (it is logged, and lands in the notes), skip another.
  const questions = frame.getByRole('region', { name: 'Suggested questions' });
  const asked = questions.getByRole('button', { name: /^Asked: / }).first();
  const askedText = (await asked.getAttribute('aria-label'))!.replace(/^Asked: /, '');
  await asked.click();
  const skip = questions.getByRole('button', { name: /^Skip: / }).first();
  const skippedText = (await skip.getAttribute('aria-label'))!.replace(/^Skip: /, '');
  await skip.click();
  const notes = frame.getByRole('textbox', { name: 'Meeting notes' });
  await notes.click();
  await notes.press('End');
  await notes.pressSequentially(NOTE, { delay: 2 });
  await expect(frame.getByText('Saved on this computer')).toBeVisible();

  const secrets = [AGENDA, ACTION, NOTE, askedText, skippedText, 'okapi', 'narwhal', 'axolotl'];
  // Positive controls: the frame shows them, and the probe does read the page (its own text).
  const inFrame = await frame.evaluate(
    () => `${document.body.innerText}\n${document.querySelector('textarea')?.value ?? ''}`,
  );
  for (const s of [AGENDA, ACTION, NOTE]) expect(inFrame).toContain(s);
  const reachable = await pageReachable(page);
  expect(reachable).toContain('Maria Lopez');
  expect(reachable).toContain('1:1 Maria / Tom');
  for (const s of secrets) expect(reachable, s).not.toContain(s);
  // Nor the frame's nonce (a page knowing it could embed a working sidebar of its own).
  const nonce = new URL(frame.url()).hash.slice(1);
  expect(nonce).toMatch(/^[0-9a-f-]{36}$/);
  expect(reachable).not.toContain(nonce);
  // The page sees no frame at all: the host's shadow root is closed, and a frame inside a shadow
  // tree is not in window.frames.
  expect(
    await page.evaluate(() => {
      const host = document.querySelector('tandem-prep');
      return { host: !!host, shadow: host?.shadowRoot ?? null, frames: window.frames.length };
    }),
  ).toEqual({ host: true, shadow: null, frames: 0 });

  // The data reached the database, in the extension's origin.
  const options = await harness.context.newPage();
  await options.goto(`chrome-extension://${harness.extensionId}/options.html`);
  const counts = await storeCounts(options);
  expect(counts.agenda).toBeGreaterThan(0);
  expect(counts.askedLog).toBe(2);

  // Zero network requests from any context during the workflow.
  expect(harness.outbound).toEqual([]);
  // Positive control: a request from the service worker or the frame WOULD be recorded.
  await harness.serviceWorker.evaluate(() => fetch('https://probe.invalid/sw').catch(() => 0));
  await frame.evaluate(() => fetch('https://probe.invalid/frame').catch(() => 0));
  await expect
    .poll(() => [...new Set(harness.outbound)].sort())
    .toEqual(['https://probe.invalid/frame', 'https://probe.invalid/sw']);
});

test('a sidebar.html the page embeds itself gets an empty shell, even with a stolen nonce', async ({
  harness,
}) => {
  const page = await harness.context.newPage();
  await page.goto(URLS.google);
  await openGoogleEvent(page, '1:1 Maria / Tom');
  const frame = await prepFor(page, 'Maria Lopez');
  await frame.getByRole('textbox', { name: 'Add agenda item' }).fill('Private walrus topic');
  await frame.getByRole('textbox', { name: 'Add agenda item' }).press('Enter');
  await expect(frame.getByRole('region', { name: 'Agenda' })).toContainText('walrus');
  const realUrl = frame.url();
  const base = realUrl.split('#')[0]!;

  // The page embeds its own copies: no nonce, a made-up nonce, a well-formed random one.
  const fakes = [base, `${base}#guess`, `${base}#${crypto.randomUUID()}`];
  await page.evaluate((urls) => {
    for (const url of urls) {
      const f = document.createElement('iframe');
      f.src = url;
      f.className = 'hostile-embed';
      document.body.append(f);
    }
  }, fakes);
  // A second calendar tab that somehow learned the real nonce embeds the exact URL.
  const other = await harness.context.newPage();
  await other.goto(URLS.google);
  await other.evaluate((url) => {
    const f = document.createElement('iframe');
    f.src = url;
    f.className = 'hostile-embed';
    document.body.append(f);
  }, realUrl);

  // A page cannot load sidebar.html at all (web-accessible only through the dynamic URL, and
  // only for our content script); whatever it got, it is no prep.
  const pageMade = () => [
    ...page.frames().filter((f) => f !== page.mainFrame() && f !== frame),
    ...other.frames().filter((f) => f !== other.mainFrame()),
  ];
  await expect.poll(() => pageMade().length).toBe(4);
  for (const f of pageMade()) {
    await f.waitForLoadState();
    const text = await f.evaluate(() => document.body?.innerText ?? '').catch(() => '');
    expect(text).not.toContain('Maria');
    expect(text).not.toContain('walrus');
  }
  // An extension page CAN load it (same origin): the nonce is what keeps it empty, even the
  // real nonce stolen from the calendar tab (nonces belong to the tab that registered them).
  const ext = await harness.context.newPage();
  await ext.goto(`chrome-extension://${harness.extensionId}/options.html`);
  await ext.evaluate(
    (urls) => {
      for (const url of urls) {
        const f = document.createElement('iframe');
        f.src = url;
        document.body.append(f);
      }
    },
    [realUrl, ...fakes],
  );
  await expect
    .poll(() => ext.frames().filter((f) => f.url().includes('/sidebar.html')).length)
    .toBe(4);
  for (const f of ext.frames().filter((x) => x.url().includes('/sidebar.html'))) {
    await expect(f.getByText('Open a 1:1 in your calendar to prepare it here.')).toBeVisible();
    // Stays a shell: give the background every chance to answer it.
    await f.waitForTimeout(300);
    await expect(f.getByRole('textbox', { name: 'Person name' })).toHaveCount(0);
    const text = await f.evaluate(() => document.body.innerText);
    expect(text).not.toContain('Maria');
    expect(text).not.toContain('walrus');
  }
  // Our own frame keeps its port and its data.
  await frame.getByRole('textbox', { name: 'Add agenda item' }).fill('Second walrus topic');
  await frame.getByRole('textbox', { name: 'Add agenda item' }).press('Enter');
  await expect(frame.getByRole('region', { name: 'Agenda' })).toContainText('Second walrus');
  await openGoogleEvent(page, 'Raj <> Tom');
  await expect(frame.getByRole('textbox', { name: 'Person name' })).toHaveValue('Raj Patel');

  // The gate itself: frames in the calendar tab that did not come from our frame code. Made from
  // the content script's world (the page can't), one with a made-up nonce stays a shell; one
  // with the real nonce (positive control) shows the prep, so the shell is the nonce's doing.
  const cdp = await harness.context.newCDPSession(page);
  const contexts: { id: number; origin: string }[] = [];
  cdp.on('Runtime.executionContextCreated', (e) => contexts.push(e.context));
  await cdp.send('Runtime.enable');
  const origin = `chrome-extension://${harness.extensionId}`;
  await expect.poll(() => contexts.some((c) => c.origin === origin)).toBe(true);
  const embed = (hash: string, id: string) =>
    cdp.send('Runtime.evaluate', {
      contextId: contexts.find((c) => c.origin === origin)!.id,
      expression: `(() => { const f = document.createElement('iframe'); f.src = chrome.runtime.getURL('/sidebar.html') + ${JSON.stringify(hash)}; f.name = ${JSON.stringify(id)}; f.style.width = '400px'; f.style.height = '600px'; document.body.append(f); })()`,
    });
  await embed(`#${crypto.randomUUID()}`, 'fake');
  await expect.poll(() => page.frame({ name: 'fake' })?.url() ?? '').toContain('/sidebar.html');
  const fake = page.frame({ name: 'fake' })!;
  await expect(fake.getByText('Open a 1:1 in your calendar to prepare it here.')).toBeVisible();
  await fake.waitForTimeout(300);
  await expect(fake.getByRole('textbox', { name: 'Person name' })).toHaveCount(0);
  await embed(new URL(realUrl).hash, 'control');
  await expect.poll(() => page.frame({ name: 'control' })?.url() ?? '').toContain('/sidebar.html');
  await expect(
    page.frame({ name: 'control' })!.getByRole('textbox', { name: 'Person name' }),
  ).toHaveValue('Raj Patel');
  expect(harness.outbound).toEqual([]);
});

test('wrong-shaped messages and wrong senders are refused; nothing external can connect', async ({
  harness,
}) => {
  const manifest = JSON.parse(readFileSync('.output/chrome-mv3/manifest.json', 'utf8'));
  expect(manifest.externally_connectable).toBeUndefined();
  // scripting: the popup's layout report reads a broken page's shape only when asked.
  expect(manifest.permissions).toEqual(['storage', 'scripting']);
  expect(
    manifest.web_accessible_resources.flatMap((r: { resources: string[] }) => r.resources),
  ).not.toContain('popup.html');

  const page = await harness.context.newPage();
  await page.goto(URLS.google);
  await openGoogleEvent(page, '1:1 Maria / Tom');
  const frame = await prepFor(page, 'Maria Lopez');

  // The page's main world has no way to message the extension.
  const fromPage = await page.evaluate((id) => {
    const chrome = (globalThis as unknown as { chrome?: { runtime?: { sendMessage?: unknown } } })
      .chrome;
    if (typeof chrome?.runtime?.sendMessage !== 'function') return 'no runtime.sendMessage';
    try {
      (chrome.runtime.sendMessage as (id: string, m: unknown) => void)(id, { type: 'rpc' });
      return 'sent';
    } catch (e) {
      return `threw ${String(e)}`;
    }
  }, harness.extensionId);
  expect(fromPage).not.toBe('sent');

  const options = await harness.context.newPage();
  await options.goto(`chrome-extension://${harness.extensionId}/options.html`);
  const before = await storeCounts(options);
  const send = (message: unknown) =>
    options.evaluate(
      (m) =>
        (
          globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): unknown } } }
        ).chrome.runtime.sendMessage(m),
      message,
    );
  const person = 'x';
  const bad: unknown[] = [
    'hello',
    null,
    { type: 'rpc', method: 'eraseAll', args: [] },
    { type: 'rpc', method: 'importBackup', args: ['{}'] },
    { type: 'rpc', method: 'addAgendaItem', args: [{ personId: person, text: 'x' }] },
    {
      type: 'rpc',
      method: 'addAgendaItem',
      args: [{ personId: person, meetingId: null, text: 'y'.repeat(5001) }],
    },
    { type: 'rpc', method: 'saveMeetingNote', args: ['m', { text: 5, baseRev: 0 }] },
    { type: 'rpc', method: 'listQuestions', args: new Array(6).fill(0) },
    // Content-script messages from an extension page: not its to send.
    { type: 'frame:register', nonce: crypto.randomUUID() },
    { type: 'page:state', status: 'recognised', open: null, detection: null, visible: [] },
    { type: 'tab:status', tabId: 'one' },
  ];
  for (const message of bad) {
    const reply = (await send(message)) as { ok?: boolean } | undefined;
    expect(reply?.ok, JSON.stringify(message)?.slice(0, 80)).toBe(false);
  }
  // Positive control: a well-formed call from the same page works.
  const good = (await send({ type: 'rpc', method: 'listQuestions', args: [] })) as {
    ok: boolean;
    value: unknown[];
  };
  expect(good.ok).toBe(true);
  expect(good.value.length).toBeGreaterThan(3);
  expect(await storeCounts(options)).toEqual(before);

  // The content script (the page-facing context) cannot reach the database.
  const cdp = await harness.context.newCDPSession(page);
  const contexts: { id: number; origin: string; auxData?: { type?: string } }[] = [];
  cdp.on('Runtime.executionContextCreated', (e) => contexts.push(e.context));
  await cdp.send('Runtime.enable');
  await expect
    .poll(() => contexts.some((c) => c.origin === `chrome-extension://${harness.extensionId}`))
    .toBe(true);
  // Our content script's world (not Playwright's utility world).
  const isolated = contexts.find(
    (c) =>
      c.auxData?.type === 'isolated' && c.origin === `chrome-extension://${harness.extensionId}`,
  )!;
  const { result } = await cdp.send('Runtime.evaluate', {
    contextId: isolated.id,
    awaitPromise: true,
    returnByValue: true,
    expression: `chrome.runtime.sendMessage({ type: 'rpc', method: 'listQuestions', args: [] })`,
  });
  expect(result.value).toEqual({ ok: false });
  // And its malformed page reports are refused, without disturbing the open prep.
  const { result: malformed } = await cdp.send('Runtime.evaluate', {
    contextId: isolated.id,
    awaitPromise: true,
    returnByValue: true,
    expression: `chrome.runtime.sendMessage({ type: 'page:state', status: 'recognised', open: { site: 'google', eventKey: '', title: 1 }, detection: null, visible: [] })`,
  });
  expect(malformed.value).toEqual({ ok: false });
  await expect(frame.getByRole('textbox', { name: 'Person name' })).toHaveValue('Maria Lopez');
  expect(harness.outbound).toEqual([]);
});
