/**
 * `npm start`: reads the settings (config.ts), builds the dashboard when needed, opens the database
 * (PGlite under DATA_DIR, or PostgreSQL at DATABASE_URL, shared by any number of such processes), runs
 * migrations and seeds the KFOR story on first start (one process at a time), and serves the dashboard and
 * the API on HOST:PORT until SIGTERM or SIGINT, which stop it gracefully (shutdown.ts).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import type { Server } from 'node:http';
import { join, resolve } from 'node:path';

import { serve } from '@hono/node-server';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';

import { readArticles } from '../ingest/read-articles';

import { createApp } from './app';
import { readConfig } from './config';
import { seedIfEmpty } from './seed';
import { inlineAnalyzer } from './services/analyzer';
import { LiveHub } from './services/live-events';
import { refreshStaleFacts } from './services/recompute-facts';
import { createWorkerAnalyzer } from './services/worker-analyzer';
import { gracefulShutdown } from './shutdown';
import { markDataDirInUse, serverHoldingDataDir } from './storage/data-dir-lock';
import { openDatabase } from './storage/open-database';
import { store } from './storage/store';

const root = resolve(import.meta.dirname, '../..');

async function newestMtime(dir: string): Promise<number> {
  let newest = 0;
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

async function buildIfNeeded(): Promise<void> {
  const index = join(root, 'dist/index.html');
  const built = existsSync(index) ? statSync(index).mtimeMs : 0;
  const sources = Math.max(await newestMtime(join(root, 'src')), statSync(join(root, 'index.html')).mtimeMs);
  if (built >= sources) return;
  console.log('tally: building the dashboard (vite build)…');
  execFileSync(join(root, 'node_modules/.bin/vite'), ['build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
}

async function main(): Promise<void> {
  const read = readConfig(process.env, root);
  if (!read.ok) throw new Error(read.message);
  const config = read.config;
  const url = config.databaseUrl;
  if (!url) {
    const holder = serverHoldingDataDir(config.dataDir);
    if (holder) throw new Error(`another server (pid ${holder}) has ${config.dataDir} open: the embedded database serves one process; use DATABASE_URL for several`);
    mkdirSync(config.dataDir, { recursive: true });
  }
  const db = await openDatabase(url ? { kind: 'postgres', url, poolSize: config.poolSize } : { kind: 'pglite', dataDir: config.dataDir });
  const release = url ? () => undefined : markDataDirInUse(config.dataDir);
  const analyzer = config.analysisWorkers > 0 ? createWorkerAnalyzer(config.analysisWorkers) : inlineAnalyzer;
  // Several processes may start at once on one PostgreSQL: one builds and seeds, the others find it done.
  await db.exclusive(async () => {
    if (config.dashboard) await buildIfNeeded();
    const seeded = await seedIfEmpty(db, readArticles([join(root, 'fixtures/articles')]).articles, undefined, analyzer);
    if (seeded) console.log(`tally: loaded the KFOR story (${seeded})`);
    const refreshed = await refreshStaleFacts(db, analyzer);
    if (refreshed) console.log(`tally: recomputed the facts of ${refreshed} stories stored by an older version`);
  });
  if (config.allowPrivateFetch) console.log('tally: ALLOW_PRIVATE_FETCH=1: articles may be fetched from loopback and private addresses');
  if (config.auth === 'team') {
    const users = await store.countUsers(db);
    console.log(`tally: team mode: sign-in and roles (${users} user${users === 1 ? '' : 's'})${config.trustProxy ? ', behind a trusted reverse proxy' : ''}`);
    if (users === 0) console.log('tally: no users yet: stop the server and create the first admin with `npm run users -- add NAME --role admin`');
  }

  const live = new LiveHub(db.bus);
  const lifecycle = { shuttingDown: false };
  const api = createApp({ db, live, analyzer, lifecycle, fetch: { allowPrivate: config.allowPrivateFetch }, auth: { mode: config.auth, trustProxy: config.trustProxy } });
  const server = new Hono().route('/', api);
  if (config.dashboard) {
    const indexHtml = readFileSync(join(root, 'dist/index.html'), 'utf8');
    server.use('/*', serveStatic({ root: join(root, 'dist') })).get('*', (c) => c.html(indexHtml));
  }
  const where = url ? `PostgreSQL, pool of ${config.poolSize}` : `PGlite in ${config.dataDir}`;
  const running = serve({ fetch: server.fetch, port: config.port, hostname: config.host }, (info) => {
    console.log(`tally: listening on http://${config.host}:${info.port} (database: ${where}; analysis: ${config.analysisWorkers || 'no'} worker thread${config.analysisWorkers === 1 ? '' : 's'}${config.dashboard ? '' : '; API only'})`);
  }) as Server;
  const stop = gracefulShutdown({ server: running, db, live, analyzer, lifecycle, release, timeoutMs: config.shutdownTimeoutMs, log: (line) => console.log(line) });
  const onSignal = (signal: string) => {
    console.log(`tally: ${signal}: finishing the requests in flight, then stopping`);
    stop().then(() => process.exit(0), (e: unknown) => {
      console.error('tally: could not stop cleanly:', e instanceof Error ? e.message : e);
      process.exit(1);
    });
  };
  process.on('SIGINT', () => onSignal('SIGINT'));
  process.on('SIGTERM', () => onSignal('SIGTERM'));
}

main().catch((e: unknown) => {
  console.error('tally: could not start:', e instanceof Error ? e.message : e);
  process.exit(1);
});
