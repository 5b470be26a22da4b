/** Bundles a TypeScript probe with esbuild (the same sources the extension is built from). */
import { build } from 'esbuild';
import path from 'node:path';

export const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');

/** @param {string} entry path relative to the repo root; @param {'browser'|'node'} platform */
export async function bundle(entry, platform = 'browser') {
  const result = await build({
    entryPoints: [path.join(ROOT, entry)],
    bundle: true,
    format: platform === 'node' ? 'esm' : 'iife',
    platform,
    target: 'es2022',
    write: false,
    logLevel: 'warning',
    alias: { '@': ROOT },
  });
  return result.outputFiles[0].text;
}
