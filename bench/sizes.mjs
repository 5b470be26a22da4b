/**
 * contentScriptGzipKB and sidebarGzipKB: gzip (level 9) of the built files, JavaScript only.
 * sidebarGzipKB counts the sidebar's first paint: what the frame waits for before its first
 * render. Chunks it imports later are in the details beside it, and in the total.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { metric } from './lib/stats.mjs';

const gzipKB = (file) => gzipSync(readFileSync(file), { level: 9 }).length / 1024;

const resolve = (entry, spec) =>
  spec.startsWith('/')
    ? spec.slice(1)
    : path.posix.normalize(path.posix.join(path.posix.dirname(entry), spec));

/** The JavaScript files a module names: static (`import … from`, bare `import "…"`) and dynamic (`import("…")`). */
function importsOf(dir, entry) {
  const code = readFileSync(path.join(dir, entry), 'utf8');
  const statics = [...code.matchAll(/(?:\bfrom\s*|\bimport\s*)["']([^"']+\.js)["']/g)];
  const dynamics = [...code.matchAll(/\bimport\s*\(\s*["']([^"']+\.js)["']/g)];
  // Vite's preload helper lists a dynamic import's dependencies as plain strings ("chunks/x.js").
  const deps = [...code.matchAll(/["'](chunks\/[^"']+\.js)["']/g)];
  return {
    statics: statics.map(([, s]) => resolve(entry, s)),
    dynamics: [...dynamics.map(([, s]) => resolve(entry, s)), ...deps.map(([, s]) => s)],
  };
}

/**
 * The sidebar's first-paint chunks (sidebar.html's scripts and everything they import
 * statically: all of it loads before the first render) and the chunks it loads later by dynamic
 * `import()` (the tone lint, another language's question library), with what those import.
 */
export function sidebarChunks(extDir) {
  const html = readFileSync(path.join(extDir, 'sidebar.html'), 'utf8');
  const entries = [...html.matchAll(/<script[^>]*\bsrc="([^"]+\.js)"/g)].map(([, src]) =>
    src.replace(/^\//, ''),
  );
  const firstPaint = new Set();
  const later = new Set();
  const walk = (file, into) => {
    if (firstPaint.has(file) || into.has(file)) return;
    into.add(file);
    const { statics, dynamics } = importsOf(extDir, file);
    for (const s of statics) walk(s, into);
    for (const d of dynamics) if (!firstPaint.has(d)) later.add(d);
  };
  for (const entry of entries) walk(entry, firstPaint);
  for (const file of [...later]) {
    later.delete(file);
    walk(file, later);
  }
  for (const f of firstPaint) later.delete(f);
  return { firstPaint: [...firstPaint], later: [...later] };
}

export function measureSizes(extDir) {
  const csDir = path.join(extDir, 'content-scripts');
  const scripts = readdirSync(csDir)
    .filter((f) => f.endsWith('.js'))
    .map((f) => ({ file: `content-scripts/${f}`, kb: gzipKB(path.join(csDir, f)) }))
    .sort((a, b) => b.kb - a.kb);
  const largest = scripts[0];

  const chunks = sidebarChunks(extDir);
  const sized = (files) => files.map((file) => ({ file, kb: gzipKB(path.join(extDir, file)) }));
  const firstPaint = sized(chunks.firstPaint);
  const later = sized(chunks.later);
  const sum = (files) => files.reduce((s, f) => s + f.kb, 0);
  const sidebarKB = sum(firstPaint);
  const round = (files) => files.map((f) => ({ file: f.file, gzipKB: +f.kb.toFixed(2) }));
  return {
    contentScript: metric({ value: largest.kb, unit: 'KB', budget: 10, samples: [largest.kb] }),
    sidebar: metric({ value: sidebarKB, unit: 'KB', budget: 40, samples: [sidebarKB] }),
    details: {
      contentScripts: scripts.map((s) => ({ file: s.file, gzipKB: +s.kb.toFixed(2) })),
      sidebarFirstPaint: round(firstPaint),
      sidebarLater: round(later),
      sidebarTotalGzipKB: +(sidebarKB + sum(later)).toFixed(2),
    },
  };
}
