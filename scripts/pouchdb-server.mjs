/**
 * A CouchDB-protocol server on loopback for the sync e2e and the sync benchmark: pouchdb-server
 * from npm on 127.0.0.1 at a free port, data in a fresh directory, an admin created first
 * (pouchdb-server 4.2 crashes on an unauthenticated database creation once an admin exists),
 * every request with basic auth. Also a copy of a built extension whose manifest already grants
 * the loopback origin: headless browsers cannot answer the prompt of permissions.request.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const ADMIN = { username: 'tandem', password: 'loopback-only-secret' };

/** @returns {Promise<number>} */
async function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/**
 * Starts pouchdb-server; `request` sends with the admin's basic auth; `stop` / `restart` keep the
 * same port and data directory (the e2e takes the server down to test offline edits).
 * @returns {Promise<{ origin: string, dir: string,
 *   request(method: string, pathname: string, body?: string): Promise<{ status: number, text: string }>,
 *   stop(): Promise<void>, restart(): Promise<void> }>}
 */
export async function startPouchServer() {
  const dir = mkdtempSync(path.join(tmpdir(), 'tandem-couch-'));
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  /** @type {import('node:child_process').ChildProcess | null} */
  let child = null;
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
  /** @param {string} method @param {string} pathname @param {string} [body] */
  const request = async (method, pathname, body) => {
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
    await new Promise((resolve) => {
      running.once('exit', () => resolve(undefined));
      running.kill('SIGTERM');
    });
  };
  return { origin, dir, request, stop, restart: launch };
}

/**
 * A copy of the built extension at `sourceDir` (`chrome-mv3` or `firefox-mv3`) whose manifest
 * already holds the loopback host permission.
 * @param {string} sourceDir
 * @returns {{ dir: string, remove(): void }}
 */
export function loopbackGrantedBuild(sourceDir) {
  const root = mkdtempSync(path.join(tmpdir(), 'tandem-sync-build-'));
  const dir = path.join(root, path.basename(sourceDir));
  cpSync(path.resolve(sourceDir), dir, { recursive: true });
  const manifestFile = path.join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
  manifest.host_permissions.push('http://127.0.0.1/*');
  writeFileSync(manifestFile, JSON.stringify(manifest));
  return { dir, remove: () => rmSync(root, { recursive: true, force: true }) };
}
