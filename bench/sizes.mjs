/** contentScriptGzipKB and sidebarGzipKB: gzip (level 9) of the built files, JavaScript only. */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { metric } from './lib/stats.mjs';

const gzipKB = (file) => gzipSync(readFileSync(file), { level: 9 }).length / 1024;

/** Every JavaScript file a module loads: static `import … from`, bare `import "…"` and `import("…")`. */
function moduleGraph(dir, entry, seen = new Set()) {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  const code = readFileSync(path.join(dir, entry), 'utf8');
  const specifiers = /(?:\bfrom\s*|\bimport\s*\(?\s*)["']([^"']+\.js)["']/g;
  for (const [, spec] of code.matchAll(specifiers)) {
    const next = spec.startsWith('/')
      ? spec.slice(1)
      : path.posix.normalize(path.posix.join(path.posix.dirname(entry), spec));
    moduleGraph(dir, next, seen);
  }
  return seen;
}

export function measureSizes(extDir) {
  const csDir = path.join(extDir, 'content-scripts');
  const scripts = readdirSync(csDir)
    .filter((f) => f.endsWith('.js'))
    .map((f) => ({ file: `content-scripts/${f}`, kb: gzipKB(path.join(csDir, f)) }))
    .sort((a, b) => b.kb - a.kb);
  const largest = scripts[0];

  const html = readFileSync(path.join(extDir, 'sidebar.html'), 'utf8');
  const entries = [...html.matchAll(/<script[^>]*\bsrc="([^"]+\.js)"/g)].map(([, src]) =>
    src.replace(/^\//, ''),
  );
  const files = new Set();
  for (const entry of entries) moduleGraph(extDir, entry, files);
  const sidebar = [...files].map((file) => ({ file, kb: gzipKB(path.join(extDir, file)) }));
  const sidebarKB = sidebar.reduce((s, f) => s + f.kb, 0);
  return {
    contentScript: metric({ value: largest.kb, unit: 'KB', budget: 10, samples: [largest.kb] }),
    sidebar: metric({ value: sidebarKB, unit: 'KB', budget: 40, samples: [sidebarKB] }),
    details: {
      contentScripts: scripts.map((s) => ({ file: s.file, gzipKB: +s.kb.toFixed(2) })),
      sidebarFiles: sidebar.map((s) => ({ file: s.file, gzipKB: +s.kb.toFixed(2) })),
    },
  };
}
