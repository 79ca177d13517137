import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

import { describe, expect, it } from 'vitest';

import { isLoopbackHost, resolveAuthMode } from './mode';

const root = resolve(import.meta.dirname, '../../..');

describe('personal or team mode', () => {
  it.each([
    [{}, 'personal'],
    [{ HOST: '127.0.0.1' }, 'personal'],
    [{ HOST: 'localhost', AUTH: 'off' }, 'personal'],
    [{ HOST: '::1' }, 'personal'],
    [{ AUTH: 'on' }, 'team'],
    [{ AUTH: 'ON', HOST: '0.0.0.0' }, 'team'],
    [{ AUTH: 'on', HOST: '192.168.1.20' }, 'team'],
  ])('%o runs in %s mode', (env, mode) => {
    expect(resolveAuthMode(env)).toEqual({ ok: true, mode });
  });

  it.each([
    [{ HOST: '0.0.0.0' }, 'not a loopback address'],
    [{ HOST: '::' }, 'not a loopback address'],
    [{ HOST: '192.168.1.20', AUTH: 'off' }, 'AUTH=on'],
    [{ HOST: 'tally.example.org' }, 'AUTH=on'],
    [{ AUTH: 'yes' }, 'AUTH must be "on" or "off"'],
  ])('%o refuses to start', (env, words) => {
    const result = resolveAuthMode(env);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toContain(words);
  });

  it.each([['127.0.0.1', true], ['127.1.2.3', true], ['[::1]', true], ['localhost', true], ['0.0.0.0', false], ['10.0.0.1', false], ['::', false], ['::ffff:10.0.0.1', false], ['example.org', false]])(
    '%s is loopback: %s', (host, loopback) => expect(isLoopbackHost(host)).toBe(loopback),
  );

  it('npm start on a public address without AUTH=on exits with the reason, before opening anything', () => {
    const run = spawnSync(resolve(root, 'node_modules/.bin/tsx'), ['src/server/start.ts'], {
      cwd: root, env: { ...process.env, HOST: '0.0.0.0', AUTH: '', PORT: '0', DATA_DIR: '/nonexistent/tally-never-created' }, encoding: 'utf8', timeout: 60_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('HOST=0.0.0.0 is not a loopback address');
    expect(run.stdout).not.toContain('listening');
  });
});
