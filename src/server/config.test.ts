import { describe, expect, it } from 'vitest';

import { readConfig } from './config';

describe('server settings from the environment', () => {
  it('has defaults for a laptop: embedded database under ./data, personal mode, the dashboard, a pool of 10', () => {
    const read = readConfig({}, '/srv/tally');
    expect(read.ok && read.config).toMatchObject({ port: 8080, host: '127.0.0.1', dataDir: '/srv/tally/data', databaseUrl: undefined, poolSize: 10, dashboard: true, auth: 'personal', shutdownTimeoutMs: 10_000 });
    expect(read.ok && read.config.analysisWorkers).toBeGreaterThanOrEqual(1);
  });

  it('reads PostgreSQL, pool size, workers, API-only and the shutdown timeout', () => {
    const read = readConfig({ DATABASE_URL: 'postgres://db/tally', DATABASE_POOL_SIZE: '25', ANALYSIS_WORKERS: '0', DASHBOARD: 'off', SHUTDOWN_TIMEOUT_MS: '3000', AUTH: 'on', HOST: '0.0.0.0', TRUST_PROXY: '1' }, '/x');
    expect(read.ok && read.config).toMatchObject({ databaseUrl: 'postgres://db/tally', poolSize: 25, analysisWorkers: 0, dashboard: false, shutdownTimeoutMs: 3000, auth: 'team', trustProxy: true });
  });

  it.each([
    [{ DATABASE_POOL_SIZE: 'ten' }, 'DATABASE_POOL_SIZE'],
    [{ DATABASE_POOL_SIZE: '0' }, 'DATABASE_POOL_SIZE'],
    [{ ANALYSIS_WORKERS: '-1' }, 'ANALYSIS_WORKERS'],
    [{ DASHBOARD: 'maybe' }, 'DASHBOARD'],
    [{ PORT: '70000' }, 'PORT'],
    [{ HOST: '0.0.0.0' }, 'not a loopback address'],
  ])('refuses %o, naming it', (env, named) => {
    const read = readConfig(env, '/x');
    expect(read.ok).toBe(false);
    expect(!read.ok && read.message).toContain(named);
  });
});
