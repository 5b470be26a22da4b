/**
 * The sync e2e's server and build: pouchdb-server on loopback and a copy of the built extension
 * that already grants the loopback origin (scripts/pouchdb-server.mjs, shared with the bench).
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
// @ts-expect-error plain ESM module shared with the benchmark
import * as pouchServer from '../../scripts/pouchdb-server.mjs';

export const ADMIN = pouchServer.ADMIN as { username: string; password: string };

export interface SyncServerProcess {
  origin: string;
  dir: string;
  /** GET/PUT/… with the admin's basic auth. */
  request(
    method: string,
    pathname: string,
    body?: string,
  ): Promise<{ status: number; text: string }>;
  stop(): Promise<void>;
  restart(): Promise<void>;
}

export const startSyncServer = pouchServer.startPouchServer as () => Promise<SyncServerProcess>;

/** Everything under a directory as one string (the server's data files). */
export function readTree(dir: string): string {
  let out = '';
  for (const name of readdirSync(dir)) {
    const file = path.join(dir, name);
    out += statSync(file).isDirectory() ? readTree(file) : readFileSync(file).toString('latin1');
  }
  return out;
}

/** A copy of the built extension that already holds the loopback host permission. */
export const testBuild = (): { dir: string; remove(): void } =>
  pouchServer.loopbackGrantedBuild('.output/chrome-mv3') as { dir: string; remove(): void };
