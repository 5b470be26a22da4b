/**
 * V8 CPU profiles of a tab (the same data DevTools' JavaScript profiler shows). Content scripts run
 * in the page's own isolate, in worlds of their own, so the profile sees them with their
 * `chrome-extension://` script URLs, including the work the trace leaves unnamed: code resumed
 * after an `await` (a browser API's reply) runs as a microtask of an unrelated task, with no
 * FunctionCall event naming its script.
 */

/** Starts sampling every `intervalUs` µs; `stop()` returns the profile. */
export async function startCpuProfile(context, page, intervalUs = 100) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: intervalUs });
  await cdp.send('Profiler.start');
  return async function stop() {
    const { profile } = await cdp.send('Profiler.stop');
    await cdp.detach().catch(() => undefined);
    return profile;
  };
}

/**
 * Milliseconds of samples whose call stack holds a frame of a script whose URL starts with
 * `prefix`: that code's own time plus the browser work it called (DOM queries, API bindings).
 */
export function cpuMsUnder(profile, prefix) {
  const parent = new Map();
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parent.set(child, node);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const under = new Map();
  const isUnder = (node) => {
    if (!node) return false;
    if (under.has(node.id)) return under.get(node.id);
    const yes = node.callFrame.url.startsWith(prefix) || isUnder(parent.get(node.id));
    under.set(node.id, yes);
    return yes;
  };
  let us = 0;
  profile.samples.forEach((id, i) => {
    // timeDeltas[i] is the time before sample i; the time a sample stands for is the next delta.
    const dt = profile.timeDeltas[i + 1] ?? 0;
    if (isUnder(byId.get(id))) us += dt;
  });
  return us / 1000;
}
