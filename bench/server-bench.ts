/**
 * Server benchmark: the flood story (bench/story-corpus.ts: 2,000 articles, hundreds of facts, one fact of
 * 2,000 claims) on the embedded database and, when BENCH_DATABASE_URL or TEST_DATABASE_URL names a
 * PostgreSQL server, on a fresh database there. The server runs here as `npm start` runs it (worker-thread
 * analyzer, read cache); the load comes from another process (bench/load.ts, Node's HTTP client, 50 keep-alive
 * connections, 10 s per request kind). Reports requests/s and p50/p99 latency, and how many statements the reads sent.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import type { AddressInfo } from 'node:net';
import { availableParallelism, cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';

import { serve } from '@hono/node-server';

import { factListSchema } from '../src/contract/api';
import { createApp } from '../src/server/app';
import { addArticles } from '../src/server/services/add-articles';
import { createStory } from '../src/server/services/stories';
import { createWorkerAnalyzer } from '../src/server/services/worker-analyzer';
import type { Db } from '../src/server/storage/db';
import { openDatabase } from '../src/server/storage/open-database';

import { makeStoryCorpus } from './story-corpus';

const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 2000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 50;
const PG_URL = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;

type Load = { requests: number; perSecond: number; p50: number; p90: number; p99: number; max: number; errors: number; timeouts: number; statuses: Record<string, number> };

function load(plan: object): Promise<Load> {
  return new Promise((resolve, reject) =>
    execFile('node_modules/.bin/tsx', ['bench/load.ts', JSON.stringify({ connections: CONNECTIONS, seconds: SECONDS, ...plan })], { maxBuffer: 16 * 1024 * 1024 }, (err, stdout) =>
      err ? reject(err) : resolve(JSON.parse(stdout) as Load)));
}

/** A fresh database on the PostgreSQL server, dropped afterwards. */
async function freshPostgres(): Promise<{ url: string; drop: () => Promise<void> }> {
  const { default: pg } = await import('pg');
  const name = `tally_bench_${Date.now().toString(36)}`;
  const admin = async (sql: string) => {
    const c = new pg.Client({ connectionString: PG_URL });
    await c.connect();
    await c.query(sql).finally(() => c.end());
  };
  await admin(`CREATE DATABASE ${name}`);
  const url = new URL(PG_URL as string);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

/** What a client receives, byte for byte as sent: fetch would hand back the body decompressed. */
function wireBytes(url: string, headers: Record<string, string> = {}): Promise<{ bytes: number; encoding: string; etag: string }> {
  return new Promise((resolve, reject) => {
    get(url, { headers }, (res) => {
      let bytes = 0;
      res.on('data', (chunk: Buffer) => void (bytes += chunk.byteLength));
      res.on('end', () => resolve({ bytes, encoding: res.headers['content-encoding'] ?? 'identity', etag: res.headers.etag ?? '' }));
      res.on('error', reject);
    }).on('error', reject);
  });
}

async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const value = await fn();
  return [value, Math.round(performance.now() - started)];
}

async function benchOn(kind: 'pglite' | 'postgres') {
  const dataDir = mkdtempSync(join(tmpdir(), 'tally-bench-'));
  const pg = kind === 'postgres' ? await freshPostgres() : null;
  const db: Db = await openDatabase(pg ? { kind: 'postgres', url: pg.url, poolSize: 10 } : { kind: 'pglite', dataDir });
  const analyzer = createWorkerAnalyzer(Math.max(1, availableParallelism() - 1));
  const story = await createStory(db, 'Floods: benchmark story');
  const corpus = makeStoryCorpus(ARTICLES);
  const [, loadMs] = await timed(async () => {
    for (let i = 0; i < corpus.length; i += 100) await addArticles(db, story.id, corpus.slice(i, i + 100).map((article) => ({ kind: 'article', article })), { analyzer });
  });
  const app = createApp({ db, analyzer });
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise((r) => server.once('listening', r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const listPath = `/api/stories/${story.id}/facts`;
  const [listRes, listColdMs] = await timed(() => fetch(`${base}${listPath}?sort=claims`));
  const list = factListSchema.parse(await listRes.json());
  const biggest = list.facts[0];
  if (!biggest) throw new Error('no facts');
  const factPath = `/api/facts/${biggest.id}`;
  const [factRes, factColdMs] = await timed(() => fetch(`${base}${factPath}`));
  await factRes.arrayBuffer();
  // As a client that takes no compression, and as a browser: the gzip must be what goes over the wire.
  const [plain, zipped, factPlain, factZipped] = await Promise.all([
    wireBytes(`${base}${listPath}`), wireBytes(`${base}${listPath}`, { 'accept-encoding': 'gzip, deflate, br' }),
    wireBytes(`${base}${factPath}`), wireBytes(`${base}${factPath}`, { 'accept-encoding': 'gzip, deflate, br' }),
  ]);
  if (zipped.encoding !== 'gzip' || factZipped.encoding !== 'gzip') throw new Error(`reads not sent gzipped: ${zipped.encoding}, ${factZipped.encoding}`);
  const etag = plain.etag;

  const rows: Record<string, Load & { statementsPerRequest?: number }> = {};
  const measure = async (name: string, plan: object, read = false) => {
    const before = db.stats.queries;
    const result = await load({ base, ...plan });
    rows[name] = { ...result, ...(read ? { statementsPerRequest: Number(((db.stats.queries - before) / result.requests).toFixed(4)) } : {}) };
    console.log(`  ${kind}: ${name}: ${result.perSecond}/s, p50 ${result.p50} ms, p99 ${result.p99} ms ${JSON.stringify(result.statuses)}`);
  };
  await measure('GET fact list (200, gzip)', { kind: 'get', path: listPath }, true);
  await measure('GET fact list (304, If-None-Match)', { kind: 'get', path: listPath, etag }, true);
  await measure(`GET one fact (${biggest.claimCount} claims, 200, gzip)`, { kind: 'get', path: factPath }, true);
  const versions = Object.fromEntries(list.facts.slice(1).map((f) => [f.id, f.review.version]));
  await measure('PUT review, different facts (200)', { kind: 'reviews', facts: versions });
  // The biggest fact now has a review; version 0 is long gone.
  await fetch(`${base}/api/facts/${biggest.id}/review`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ status: 'verified', version: biggest.review.version }) });
  await measure('PUT review, stale version (409)', { kind: 'stale', path: `/api/facts/${biggest.id}/review` });
  const [, listAfterWriteMs] = await timed(async () => (await fetch(`${base}${listPath}`)).arrayBuffer());
  const [, factAfterWriteMs] = await timed(async () => (await fetch(`${base}${factPath}`)).arrayBuffer());

  await new Promise((r) => server.close(r));
  await analyzer.close();
  const version = kind === 'postgres' ? (await db.query<{ v: string }>("SELECT current_setting('server_version') AS v"))[0]?.v : 'PGlite';
  await db.close();
  await pg?.drop();
  rmSync(dataDir, { recursive: true, force: true });
  return {
    database: kind === 'postgres' ? `PostgreSQL ${version}, pool of 10` : 'PGlite (embedded), data on disk',
    articles: ARTICLES, facts: list.facts.length, claims: list.facts.reduce((n, f) => n + f.claimCount, 0), biggestFactClaims: biggest.claimCount,
    loadSeconds: Number((loadMs / 1000).toFixed(1)),
    firstRead: { factListMs: listColdMs, factMs: factColdMs, factListAfterWriteMs: listAfterWriteMs, factAfterWriteMs: factAfterWriteMs },
    bytes: { factList: plain.bytes, factListGzip: zipped.bytes, fact: factPlain.bytes, factGzip: factZipped.bytes },
    rows,
  };
}

export async function run(): Promise<void> {
  const machine = { cpu: cpus()[0]?.model ?? 'unknown', cores: availableParallelism(), memoryGB: Math.round(totalmem() / 2 ** 30), node: process.version, date: new Date().toISOString().slice(0, 10) };
  console.log(`\nServer: the flood story (${ARTICLES} articles), ${CONNECTIONS} connections, ${SECONDS} s per request kind, load from another process`);
  const results: Record<string, Awaited<ReturnType<typeof benchOn>>> = {};
  const kinds: Array<'pglite' | 'postgres'> = PG_URL ? ['pglite', 'postgres'] : ['pglite'];
  for (const kind of kinds) results[kind] = await benchOn(kind);
  if (!PG_URL) console.log('  (no BENCH_DATABASE_URL or TEST_DATABASE_URL: PostgreSQL not measured)');
  for (const [kind, r] of Object.entries(results)) {
    console.log(`\n${r.database}: ${r.facts} facts, ${r.claims} claims (largest fact ${r.biggestFactClaims}), loaded in ${r.loadSeconds} s; list ${r.bytes.factList} B (${r.bytes.factListGzip} B gzip), fact page ${r.bytes.fact} B (${r.bytes.factGzip} B gzip)`);
    console.table(Object.fromEntries(Object.entries(r.rows).map(([name, x]) => [name, { 'req/s': x.perSecond, p50: x.p50, p99: x.p99, max: x.max, statuses: JSON.stringify(x.statuses), 'db statements/req': x.statementsPerRequest ?? '' }])));
    console.log(`  first reads (ms): ${JSON.stringify(r.firstRead)} [${kind}]`);
  }
  writeFileSync('bench/out/server.json', JSON.stringify({ machine, connections: CONNECTIONS, seconds: SECONDS, results }, null, 2));
}
