import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

import { factDetailSchema, factListSchema, storySchema } from '../../contract/api';
import { createApp } from '../app';
import { openEvents, within } from '../test-events';
import { ARTICLE_A, ARTICLE_B, jsonRequest, openSharedPostgres } from '../test-support';

import type { Db } from './db';
import type { PgBus } from './pg-bus';

/**
 * Two databases on one PostgreSQL schema, each with its own pool, bus listener and app: two server
 * processes as far as caches, revisions and live updates can tell (the real two-process test is
 * multi-process.test.ts).
 */
describe.skipIf(!process.env.TEST_DATABASE_URL)('two server processes on one PostgreSQL', () => {
  let dbs: Db[];
  let a: ReturnType<typeof createApp>;
  let b: ReturnType<typeof createApp>;
  beforeAll(async () => {
    dbs = await openSharedPostgres(2);
    [a, b] = dbs.map((db) => createApp({ db })) as [ReturnType<typeof createApp>, ReturnType<typeof createApp>];
    await vi.waitFor(() => expect(dbs.every((db) => db.bus.connected)).toBe(true));
  });
  afterAll(async () => Promise.all(dbs.map((db) => db.close())));

  let stories = 0;
  async function story() {
    const n = ++stories;
    const created = storySchema.parse(await (await jsonRequest(a, 'POST', '/api/stories', { title: `Shared ${n}` })).json());
    const articles = [ARTICLE_A, ARTICLE_B].map((x) => ({ ...x, text: `${x.text}Dispatch number ${n}.\n` }));
    expect((await jsonRequest(a, 'POST', `/api/stories/${created.id}/articles`, { articles })).status).toBe(201);
    const list = factListSchema.parse(await (await b.request(`/api/stories/${created.id}/facts`)).json());
    const fact = list.facts.find((f) => f.reported.some((r) => r.number === 100) && f.reported.some((r) => r.number === 120));
    return { storyId: created.id, factId: fact?.id as string };
  }

  it("drops a process's cached reads when another process changes the story", async () => {
    const { storyId, factId } = await story();
    const path = `/api/stories/${storyId}/facts`;
    const cached = await b.request(path);
    const etag = cached.headers.get('etag') as string;
    expect((await b.request(path, { headers: { 'If-None-Match': etag } })).status).toBe(304);
    expect((await jsonRequest(a, 'PUT', `/api/facts/${factId}/review`, { status: 'verified', note: 'from a', version: 0 })).status).toBe(200);
    await vi.waitFor(async () => expect((await b.request(path, { headers: { 'If-None-Match': etag } })).status).toBe(200));
    const fact = factDetailSchema.parse(await (await b.request(`/api/facts/${factId}`)).json());
    expect(fact.review).toMatchObject({ status: 'verified', note: 'from a', version: 1 });
    expect(dbs[1]?.revisions.peek(storyId)).toBe(dbs[0]?.revisions.peek(storyId));
  });

  it('lets exactly one of 50 writes with the same version win across both, and loses nothing', async () => {
    const { storyId, factId } = await story();
    const results = await Promise.all(Array.from({ length: 50 }, (_, i) =>
      jsonRequest(i % 2 ? b : a, 'PUT', `/api/facts/${factId}/review`, { status: 'disputed', note: `writer ${i}`, version: 0 })));
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(49);
    const winner = (await results[statuses.indexOf(200)]?.json()) as { note: string };
    for (const app of [a, b]) {
      await vi.waitFor(async () => expect(factDetailSchema.parse(await (await app.request(`/api/facts/${factId}`)).json()).review).toMatchObject({ version: 1, note: winner.note }));
    }
    const saved = await dbs[0]?.query<{ n: number }>(`SELECT count(*)::int AS n FROM history WHERE story_id = $1 AND action = 'review saved'`, [storyId]);
    expect(saved?.[0]?.n).toBe(1);
  });

  it("carries a change made through one process to the other's live streams, a long note included", async () => {
    const { factId } = await story();
    const stream = await openEvents(await b.request('/api/events'));
    try {
      const note = 'checked '.repeat(2_000);
      expect((await jsonRequest(a, 'PUT', `/api/facts/${factId}/review`, { status: 'verified', note, version: 0 })).status).toBe(200);
      // The upload that made the story may still be on its way: wait for the review.
      const event = await within(5_000, stream.until((e) => e.type === 'review'));
      expect(event).toMatchObject({ type: 'review', factId, review: { note, version: 1 } });
    } finally {
      await stream.close();
    }
  });

  it('catches up after losing its listening connection: what changed meanwhile is read again', async () => {
    const { storyId, factId } = await story();
    const path = `/api/facts/${factId}`;
    expect(factDetailSchema.parse(await (await b.request(path)).json()).review.version).toBe(0);
    await (dbs[1]?.bus as PgBus).dropConnection();
    expect((await jsonRequest(a, 'PUT', `/api/facts/${factId}/review`, { status: 'dismissed', version: 0 })).status).toBe(200);
    await vi.waitFor(() => expect(dbs[1]?.bus.connected).toBe(true));
    await vi.waitFor(async () => expect(factDetailSchema.parse(await (await b.request(path)).json()).review.status).toBe('dismissed'));
    expect((await b.request(`/api/stories/${storyId}`)).status).toBe(200);
  });
});
