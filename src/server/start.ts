/**
 * `npm start`: decides personal or team mode (AUTH, HOST), builds the dashboard when needed, opens the
 * database (PGlite under DATA_DIR, or PostgreSQL at DATABASE_URL), runs migrations, seeds the KFOR story on
 * first start, and serves the dashboard and the API on HOST:PORT.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';

import { serve } from '@hono/node-server';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';

import { readArticles } from '../ingest/read-articles';

import { createApp } from './app';
import { resolveAuthMode } from './auth/mode';
import { seedIfEmpty } from './seed';
import { refreshStaleFacts } from './services/recompute-facts';
import { markDataDirInUse } from './storage/data-dir-lock';
import { openDatabase } from './storage/open-database';
import { store } from './storage/store';

const root = resolve(import.meta.dirname, '../..');
const port = Number(process.env.PORT ?? 8080);
const host = process.env.HOST ?? '127.0.0.1';

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
  const mode = resolveAuthMode(process.env);
  if (!mode.ok) throw new Error(mode.message);
  const trustProxy = process.env.TRUST_PROXY === '1';
  await buildIfNeeded();
  const url = process.env.DATABASE_URL;
  const dataDir = resolve(process.env.DATA_DIR ?? join(root, 'data'));
  if (!url) mkdirSync(dataDir, { recursive: true });
  const db = await openDatabase(url ? { kind: 'postgres', url } : { kind: 'pglite', dataDir });
  const release = url ? () => undefined : markDataDirInUse(dataDir);
  const seeded = await seedIfEmpty(db, readArticles([join(root, 'fixtures/articles')]).articles);
  if (seeded) console.log(`tally: loaded the KFOR story (${seeded})`);
  const refreshed = await refreshStaleFacts(db);
  if (refreshed) console.log(`tally: recomputed the facts of ${refreshed} stories stored by an older version`);
  const allowPrivate = process.env.ALLOW_PRIVATE_FETCH === '1';
  if (allowPrivate) console.log('tally: ALLOW_PRIVATE_FETCH=1: articles may be fetched from loopback and private addresses');

  if (mode.mode === 'team') {
    const users = await store.countUsers(db);
    console.log(`tally: team mode: sign-in and roles (${users} user${users === 1 ? '' : 's'})${trustProxy ? ', behind a trusted reverse proxy' : ''}`);
    if (users === 0) console.log('tally: no users yet: stop the server and create the first admin with `npm run users -- add NAME --role admin`');
  }

  const indexHtml = readFileSync(join(root, 'dist/index.html'), 'utf8');
  const server = new Hono()
    .route('/', createApp({ db, fetch: { allowPrivate }, auth: { mode: mode.mode, trustProxy } }))
    .use('/*', serveStatic({ root: join(root, 'dist') }))
    .get('*', (c) => c.html(indexHtml));
  const running = serve({ fetch: server.fetch, port, hostname: host }, (info) => {
    console.log(`tally: listening on http://${host}:${info.port} (database: ${url ? 'PostgreSQL' : `PGlite in ${dataDir}`})`);
  });
  const stop = () => {
    release();
    running.close();
    void db.close().finally(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((e: unknown) => {
  console.error('tally: could not start:', e instanceof Error ? e.message : e);
  process.exit(1);
});
