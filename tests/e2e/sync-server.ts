/**
 * A CouchDB-compatible server for the sync e2e: pouchdb-server from npm on 127.0.0.1 at a free
 * port, data in a fresh directory, an admin created first (pouchdb-server 4.2 crashes on an
 * unauthenticated database creation once an admin exists), every request with basic auth.
 * Also a test-only copy of the built extension whose manifest already grants the loopback
 * origin: headless Chromium cannot answer the permission prompt of permissions.request.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import {
  cpSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
  readdirSync,
  statSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const ADMIN = { username: 'tandem', password: 'loopback-only-secret' };

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const port = (server.address() as { port: number }).port;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

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

export async function startSyncServer(): Promise<SyncServerProcess> {
  const dir = mkdtempSync(path.join(tmpdir(), 'tandem-couch-'));
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  let child: ChildProcess | null = null;
  const auth = `Basic ${Buffer.from(`${ADMIN.username}:${ADMIN.password}`).toString('base64')}`;
  const launch = async () => {
    child = spawn(
      path.resolve('node_modules/.bin/pouchdb-server'),
      ['-p', String(port), '-o', '127.0.0.1', '-d', dir, '-c', path.join(dir, 'config.json'), '-n'],
      { stdio: 'ignore', cwd: dir },
    );
    for (let i = 0; i < 200; i++) {
      try {
        if ((await fetch(`${origin}/`)).ok) return;
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('pouchdb-server did not start');
  };
  const request = async (method: string, pathname: string, body?: string) => {
    const response = await fetch(`${origin}${pathname}`, {
      method,
      headers: { authorization: auth, 'content-type': 'application/json' },
      ...(body !== undefined && { body }),
    });
    return { status: response.status, text: await response.text() };
  };
  await launch();
  const created = await fetch(`${origin}/_config/admins/${ADMIN.username}`, {
    method: 'PUT',
    body: JSON.stringify(ADMIN.password),
  });
  if (!created.ok) throw new Error(`admin: ${created.status}`);
  const stop = async () => {
    const running = child;
    child = null;
    if (!running || running.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      running.once('exit', () => resolve());
      running.kill('SIGTERM');
    });
  };
  return {
    origin,
    dir,
    request,
    stop,
    restart: launch,
  };
}

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
export function testBuild(): { dir: string; remove(): void } {
  const root = mkdtempSync(path.join(tmpdir(), 'tandem-sync-build-'));
  const dir = path.join(root, 'chrome-mv3');
  cpSync(path.resolve('.output/chrome-mv3'), dir, { recursive: true });
  const manifestFile = path.join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as { host_permissions: string[] };
  manifest.host_permissions.push('http://127.0.0.1/*');
  writeFileSync(manifestFile, JSON.stringify(manifest));
  return { dir, remove: () => rmSync(root, { recursive: true, force: true }) };
}
