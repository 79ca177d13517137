/**
 * The server's settings, from the environment, checked with zod before anything opens: a typo in
 * DATABASE_POOL_SIZE stops the start with the reason instead of running with a guess.
 */
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';

import { z } from 'zod';

import { resolveAuthMode, type AuthMode } from './auth/mode';

const flag = z.enum(['0', '1']).optional().transform((v) => v === '1');
const count = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

const envSchema = z.object({
  PORT: count(0, 65_535).default(8080),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATA_DIR: z.string().min(1).optional(),
  DATABASE_URL: z.string().optional().transform((v) => v || undefined),
  /** Connections each process keeps at most; with several processes, their sum must stay under PostgreSQL's max_connections. */
  DATABASE_POOL_SIZE: count(1, 1_000).default(10),
  /** Worker threads that read, analyse and regroup articles; 0 runs them on the main thread. */
  ANALYSIS_WORKERS: count(0, 64).optional(),
  /** `off`: the API only, when the dashboard's files are served elsewhere (a CDN, another process). */
  DASHBOARD: z.enum(['on', 'off']).default('on'),
  /** How long a graceful shutdown waits for requests in flight before closing them. */
  SHUTDOWN_TIMEOUT_MS: count(0, 600_000).default(10_000),
  ALLOW_PRIVATE_FETCH: flag,
  TRUST_PROXY: flag,
});

export interface ServerConfig {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  poolSize: number;
  analysisWorkers: number;
  dashboard: boolean;
  shutdownTimeoutMs: number;
  allowPrivateFetch: boolean;
  trustProxy: boolean;
  auth: AuthMode;
}

/** The settings, or a sentence saying what is wrong. */
export function readConfig(env: NodeJS.ProcessEnv, root: string): { ok: true; config: ServerConfig } | { ok: false; message: string } {
  const mode = resolveAuthMode(env);
  if (!mode.ok) return mode;
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) return { ok: false, message: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') };
  const e = parsed.data;
  return {
    ok: true,
    config: {
      port: e.PORT, host: e.HOST, dataDir: resolve(e.DATA_DIR ?? join(root, 'data')), databaseUrl: e.DATABASE_URL, poolSize: e.DATABASE_POOL_SIZE,
      analysisWorkers: e.ANALYSIS_WORKERS ?? Math.max(1, availableParallelism() - 1), dashboard: e.DASHBOARD === 'on',
      shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_MS, allowPrivateFetch: e.ALLOW_PRIVATE_FETCH, trustProxy: e.TRUST_PROXY, auth: mode.mode,
    },
  };
}
