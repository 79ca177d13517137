/**
 * Server benchmark: a story of 2,000 articles on the embedded database, then 50 concurrent clients on
 * loopback (autocannon) reading the fact list and writing reviews. Reports p50/p99 latency and throughput.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { serve } from '@hono/node-server';
import type autocannon from 'autocannon';

import { createApp } from '../src/server/app';
import { addArticles } from '../src/server/services/add-articles';
import { createStory } from '../src/server/services/stories';
import { openDatabase } from '../src/server/storage/open-database';

import { makeCorpus } from './corpus';

const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 2000);

function execFileText(cmd: string, args: string[], opts: { maxBuffer: number }): Promise<string> {
  return new Promise((resolve, reject) => execFile(cmd, args, { encoding: 'utf8', ...opts }, (err, stdout) => (err ? reject(err) : resolve(stdout))));
}

/** autocannon in its own process, so the load generator does not share the server's event loop. */
async function load(url: string, args: string[] = []) {
  const out = await execFileText('node_modules/.bin/autocannon', ['-c', '50', '-d', '10', '-j', ...args, url], { maxBuffer: 64 * 1024 * 1024 });
  const r = JSON.parse(out) as autocannon.Result;
  return { requests: r.requests.total, perSecond: Math.round(r.requests.average), p50: r.latency.p50, p99: r.latency.p99, non2xx: r.non2xx };
}

export async function run(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'tally-bench-'));
  const db = await openDatabase({ kind: 'pglite', dataDir });
  const story = await createStory(db, 'Benchmark story');
  const corpus = makeCorpus(ARTICLES * 4200).slice(0, ARTICLES);
  const loadStart = performance.now();
  for (let i = 0; i < corpus.length; i += 100) await addArticles(db, story.id, corpus.slice(i, i + 100).map((article) => ({ kind: 'article', article })));
  const loadSeconds = (performance.now() - loadStart) / 1000;
  const app = createApp({ db });
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise((r) => server.once('listening', r));
  const address = server.address();
  const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const facts = (await (await fetch(`${base}/api/stories/${story.id}/facts`)).json()) as { facts: Array<{ id: string }> };
  const list = await load(`${base}/api/stories/${story.id}/facts`);
  // After the first, every write carries a stale version and is refused with 409: the same transaction, read and compare.
  const write = await load(`${base}/api/facts/${facts.facts[0]?.id}/review`, ['-m', 'PUT', '-H', 'content-type=application/json', '-b', JSON.stringify({ status: 'disputed', note: 'bench', version: 0 })]);
  // Requests still in flight when the load ends finish before the database closes.
  await new Promise((r) => setTimeout(r, 3000));
  server.close();
  await db.close();
  rmSync(dataDir, { recursive: true, force: true });
  const result = { articles: ARTICLES, facts: facts.facts.length, loadSeconds: Number(loadSeconds.toFixed(1)), factList: list, reviewWrite: write };
  console.log(`\nServer: ${ARTICLES} articles (${result.facts} facts) loaded in ${result.loadSeconds}s; 50 concurrent clients, 10 s each`);
  console.table({ 'GET facts': list, 'PUT review': write });
  writeFileSync('bench/out/server.json', JSON.stringify(result, null, 2));
}
