import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { sessionSchema } from '../contract/api';
import { createApp } from '../server/app';
import { openDatabase } from '../server/storage/open-database';

const root = resolve(import.meta.dirname, '../..');
const dataDir = mkdtempSync(join(tmpdir(), 'tally-users-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

/** `npm run users -- ...args` on the test's data directory, with `stdin` piped in. */
function users(args: string[], stdin = '') {
  const run = spawnSync(resolve(root, 'node_modules/.bin/tsx'), ['src/cli/users.ts', ...args], {
    cwd: root, input: stdin, encoding: 'utf8', timeout: 60_000, env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '' },
  });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

const SECRET = 'a long enough secret 42';

// Each run starts tsx and opens the embedded database: seconds, not milliseconds.
describe('npm run users', { timeout: 60_000 }, () => {
  it('adds users with the password on stdin, lists, changes a role and removes, never printing a password', () => {
    const add = users(['add', 'Ada', '--role', 'admin', '--password-stdin'], `${SECRET}\n`);
    expect(add).toMatchObject({ code: 0, out: 'added ada (admin)\n' });
    expect(users(['add', 'bo', '--role', 'reviewer'], 'another secret 4242\n').code).toBe(0);
    const list = users(['list']);
    expect(list.code).toBe(0);
    expect(list.out.split('\n').filter(Boolean).map((l) => l.split(/\s+/).slice(0, 2).join(' '))).toEqual(['ada admin', 'bo reviewer']);
    expect(users(['role', 'bo', 'viewer'])).toMatchObject({ code: 0, out: 'bo is now viewer\n' });
    expect(users(['remove', 'bo'])).toMatchObject({ code: 0 });
    expect(users(['list']).out).not.toContain('bo');
    for (const r of [add, list]) expect(`${r.out}${r.err}`).not.toContain(SECRET);
  });

  it('stores a password the server signs in with', async () => {
    const db = await openDatabase({ kind: 'pglite', dataDir });
    try {
      const app = createApp({ db, auth: { mode: 'team' } });
      const res = await app.request('/api/session', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ username: 'ada', password: SECRET }) });
      expect(res.status).toBe(200);
      expect(sessionSchema.parse(await res.json())).toEqual({ mode: 'team', user: 'ada', role: 'admin' });
    } finally {
      await db.close();
    }
  });

  it.each([
    ['a password under 12 characters', ['add', 'cy', '--role', 'viewer', '--password-stdin'], 'short\n', 2, 'at least 12 characters'],
    ['an unknown role', ['add', 'cy', '--role', 'owner', '--password-stdin'], `${SECRET}\n`, 2, 'role'],
    ['no role', ['add', 'cy', '--password-stdin'], `${SECRET}\n`, 2, '--role'],
    ['an unknown command', ['promote', 'cy'], '', 2, 'unknown command'],
    ['a name already taken', ['add', 'ADA', '--role', 'viewer', '--password-stdin'], `${SECRET}\n`, 1, 'already exists'],
    ['removing the last admin', ['remove', 'ada'], '', 1, 'last admin'],
    ['demoting the last admin', ['role', 'ada', 'viewer'], '', 1, 'last admin'],
    ['removing nobody', ['remove', 'nobody'], '', 1, 'does not exist'],
  ])('refuses %s', (_name, args, stdin, code, words) => {
    const r = users(args, stdin);
    expect(r.code).toBe(code);
    expect(r.err).toContain(words);
  });

  it('added nobody and changed no one when it refused', () => {
    expect(users(['list']).out.split('\n').filter(Boolean).map((l) => l.split(/\s+/).slice(0, 2).join(' '))).toEqual(['ada admin']);
  });

  it('refuses to open the embedded database while a server holds it', () => {
    // This test's own process stands in for a running server.
    writeFileSync(join(dataDir, 'server.pid'), String(process.pid));
    try {
      const r = users(['list']);
      expect(r.code).toBe(1);
      expect(r.err).toContain(`the server (pid ${process.pid})`);
    } finally {
      rmSync(join(dataDir, 'server.pid'));
    }
  });
});
