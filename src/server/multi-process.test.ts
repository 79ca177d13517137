import { randomUUID } from 'node:crypto';

import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

import { addArticlesResponseSchema, factDetailSchema, factListSchema, healthSchema, reviewConflictSchema, storySchema } from '../contract/api';

import { openEvents, within } from './test-events';
import { startServerProcess, type ServerProcess } from './test-process';

const TEST_URL = process.env.TEST_DATABASE_URL;

async function admin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: TEST_URL });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}
const json = (url: string, method: string, body: unknown) =>
  fetch(url, { method, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });

/**
 * Two `npm start` processes on one PostgreSQL database, as behind a load balancer: they start together
 * (one seeds), share optimistic concurrency, drop each other's cached reads, pass live updates on, and
 * stop gracefully on SIGTERM.
 */
describe.skipIf(!TEST_URL)('two server processes on one PostgreSQL', () => {
  const database = `tally_mp_${randomUUID().replace(/-/g, '').slice(0, 10)}`;
  let a: ServerProcess;
  let b: ServerProcess;
  let storyId: string;
  let factId: string;
  beforeAll(async () => {
    await admin((c) => c.query(`CREATE DATABASE ${database}`));
    const url = new URL(TEST_URL as string);
    url.pathname = `/${database}`;
    const env = { DATABASE_URL: url.toString(), DATABASE_POOL_SIZE: '4', ANALYSIS_WORKERS: '1' };
    [a, b] = await Promise.all([startServerProcess(env), startServerProcess(env)]);
    const stories = storiesOf(await (await fetch(`${a.url}/api/stories`)).json());
    storyId = stories[0]?.id as string;
    const list = factListSchema.parse(await (await fetch(`${b.url}/api/stories/${storyId}/facts?sort=claims`)).json());
    factId = list.facts[0]?.id as string;
  });
  afterAll(async () => {
    for (const p of [a, b]) {
      if (!p) continue;
      p.signal('SIGKILL');
      await p.exited;
    }
    await admin((c) => c.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`));
  });

  it('start together, seed the KFOR story once, and report the database reachable', async () => {
    for (const p of [a, b]) {
      const health = healthSchema.parse(await (await fetch(`${p.url}/api/health`)).json());
      expect(health).toMatchObject({ ok: true, database: 'postgres', databaseReachable: true, sharedChanges: true, shuttingDown: false });
      expect(storiesOf(await (await fetch(`${p.url}/api/stories`)).json()).map((s) => s.id)).toEqual([storyId]);
    }
    expect(factId).toBeDefined();
  });

  it('let exactly one of 50 writes of one fact with the same version win through both processes, losing nothing', async () => {
    const results = await Promise.all(Array.from({ length: 50 }, (_, i) =>
      json(`${(i % 2 ? b : a).url}/api/facts/${factId}/review`, 'PUT', { status: 'disputed', note: `writer ${i}`, reviewer: `reviewer ${i}`, version: 0 })));
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(49);
    const winner = (await results[statuses.indexOf(200)]?.json()) as { note: string };
    for (const lost of results.filter((r) => r.status === 409).slice(0, 5)) {
      expect(reviewConflictSchema.parse(await lost.json()).current).toMatchObject({ version: 1, note: winner.note });
    }
    for (const p of [a, b]) {
      await vi.waitFor(async () => {
        const fact = factDetailSchema.parse(await (await fetch(`${p.url}/api/facts/${factId}`)).json());
        expect(fact.review).toMatchObject({ version: 1, note: winner.note });
        expect(fact.history.filter((h) => h.action === 'review saved')).toHaveLength(1);
      });
    }
  });

  it("drop each other's cached reads: a write through one is read through the other", async () => {
    const path = `${b.url}/api/stories/${storyId}/facts`;
    const etag = (await fetch(path)).headers.get('etag') as string;
    expect((await fetch(path, { headers: { 'If-None-Match': etag } })).status).toBe(304);
    expect((await json(`${a.url}/api/facts/${factId}/review`, 'PUT', { status: 'verified', note: 'through a', version: 1 })).status).toBe(200);
    await vi.waitFor(async () => expect((await fetch(path, { headers: { 'If-None-Match': etag } })).status).toBe(200));
    const row = factListSchema.parse(await (await fetch(path)).json()).facts.find((f) => f.id === factId);
    expect(row?.review).toMatchObject({ status: 'verified', note: 'through a', version: 2 });
  });

  it('pass live updates on: a dashboard on one hears a save made on the other', async () => {
    const stream = await openEvents(await fetch(`${b.url}/api/events`));
    try {
      expect((await json(`${a.url}/api/facts/${factId}/review`, 'PUT', { status: 'dismissed', version: 2 })).status).toBe(200);
      expect(await within(5_000, stream.until((e) => e.type === 'review'))).toMatchObject({ type: 'review', factId, review: { status: 'dismissed', version: 3 } });
    } finally {
      await stream.close();
    }
  });

  it('stop gracefully on SIGTERM: an upload in flight finishes, then the process exits, and the other serves on', async () => {
    const uploadId = 'graceful-upload-1';
    const stream = await openEvents(await fetch(`${a.url}/api/events`));
    const articles = Array.from({ length: 50 }, (_, i) => ({
      title: `Rotation ${i}`, outlet: `Outlet ${i % 5}`, published: '2024-04-02',
      // About 80 KB each, so the upload is still being analysed when the signal comes.
      text: `${`Slovenia sent ${100 + i} soldiers to the mission in rotation ${i}, officials said. `.repeat(900)}\n`,
    }));
    let answered = false;
    const upload = json(`${a.url}/api/stories/${storyId}/articles?uploadId=${uploadId}`, 'POST', { articles }).then((r) => {
      answered = true;
      return r;
    });
    await within(30_000, stream.until((e) => e.type === 'upload' && e.uploadId === uploadId));
    a.signal('SIGTERM');
    expect(answered).toBe(false);
    const res = await upload;
    expect(res.status).toBe(201);
    expect(addArticlesResponseSchema.parse(await res.json()).articles).toHaveLength(50);
    expect(await within(30_000, a.exited)).toBe(0);
    expect(a.output()).toContain('tally: stopped');
    await expect(fetch(`${a.url}/api/health`)).rejects.toThrow();
    await vi.waitFor(async () => expect(storySchema.parse(await (await fetch(`${b.url}/api/stories/${storyId}`)).json()).articleCount).toBe(55));
  });
});

function storiesOf(body: unknown) {
  return (body as { stories: unknown[] }).stories.map((s) => storySchema.parse(s));
}
