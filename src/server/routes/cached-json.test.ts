import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { factDetailSchema, factListSchema, storySchema } from '../../contract/api';
import { createApp } from '../app';
import type { Db } from '../storage/db';
import { ARTICLE_A, ARTICLE_B, BACKENDS, jsonRequest, openTestDb } from '../test-support';

describe.each(BACKENDS)('reads cached by story revision, on %s', (backend) => {
  let db: Db;
  let app: ReturnType<typeof createApp>;
  beforeAll(async () => {
    db = await openTestDb(backend);
    app = createApp({ db });
  });
  afterAll(async () => db.close());

  let stories = 0;
  /** A story of its own: the same text in two stories makes the same claim ids, and /claims/:id names no story. */
  async function story() {
    const n = ++stories;
    const created = storySchema.parse(await (await jsonRequest(app, 'POST', '/api/stories', { title: 'Cached' })).json());
    const articles = [ARTICLE_A, ARTICLE_B].map((a) => ({ ...a, text: `${a.text}Dispatch number ${n}.\n` }));
    expect((await jsonRequest(app, 'POST', `/api/stories/${created.id}/articles`, { articles })).status).toBe(201);
    const list = factListSchema.parse(await (await app.request(`/api/stories/${created.id}/facts?sort=label`)).json());
    const fact = list.facts.find((f) => f.reported.some((r) => r.number === 100) && f.reported.some((r) => r.number === 120));
    expect(fact).toBeDefined();
    return { storyId: created.id, factId: fact?.id as string };
  }
  /** The statements a request sends to the database. */
  async function queriesOf(request: () => Response | Promise<Response>) {
    const before = db.stats.queries;
    const res = await request();
    await res.arrayBuffer();
    return { res, queries: db.stats.queries - before };
  }

  it('answers the fact list, a fact and a story again without the database, with the same ETag', async () => {
    const { storyId, factId } = await story();
    for (const path of [`/api/stories/${storyId}/facts`, `/api/stories/${storyId}/facts?assessment=conflict`, `/api/facts/${factId}`, `/api/facts/${factId}/claims?offset=1`, `/api/stories/${storyId}`]) {
      const first = await queriesOf(() => app.request(path));
      expect(first.res.status, path).toBe(200);
      expect(first.queries, path).toBeGreaterThan(0);
      const again = await queriesOf(() => app.request(path));
      expect(again.res.status, path).toBe(200);
      expect(again.queries, path).toBe(0);
      expect(again.res.headers.get('etag'), path).toBe(first.res.headers.get('etag'));
      expect(again.res.headers.get('cache-control')).toBe('no-cache');
    }
  });

  it('answers 304 to an If-None-Match of the current ETag, and 200 with a new ETag once the story changed', async () => {
    const { storyId, factId } = await story();
    const path = `/api/stories/${storyId}/facts`;
    const first = await app.request(path);
    const etag = first.headers.get('etag') as string;
    expect(etag).toMatch(/^W\/"\d+-[\w-]+"$/);
    const unchanged = await queriesOf(() => app.request(path, { headers: { 'If-None-Match': etag } }));
    expect(unchanged.res.status).toBe(304);
    expect(unchanged.queries).toBe(0);
    expect(await unchanged.res.text()).toBe('');
    expect((await jsonRequest(app, 'PUT', `/api/facts/${factId}/review`, { status: 'verified', version: 0 })).status).toBe(200);
    const changed = await app.request(path, { headers: { 'If-None-Match': etag } });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).not.toBe(etag);
    const row = factListSchema.parse(await changed.json()).facts.find((f) => f.id === factId);
    expect(row?.review.status).toBe('verified');
  });

  it('shows every kind of change at once: review, mark, move, rename, upload, article deleted, re-analysis', async () => {
    const { storyId, factId } = await story();
    const read = async () => {
      const res = await app.request(`/api/facts/${factId}`);
      return { etag: res.headers.get('etag'), fact: res.status === 200 ? factDetailSchema.parse(await res.json()) : null };
    };
    const etags = new Set([(await read()).etag]);
    const claim = (await read()).fact?.claims.find((c) => c.number === 100);
    expect((await jsonRequest(app, 'PUT', `/api/facts/${factId}/review`, { status: 'disputed', version: 0 })).status).toBe(200);
    expect((await read()).fact?.review.status).toBe('disputed');
    expect((await jsonRequest(app, 'PUT', `/api/claims/${claim?.id}/mark`, { mark: 'wrong' })).status).toBe(200);
    expect((await read()).fact?.claims.find((c) => c.id === claim?.id)?.mark).toBe('wrong');
    etags.add((await read()).etag);
    expect((await jsonRequest(app, 'PATCH', `/api/stories/${storyId}`, { title: 'Cached, renamed' })).status).toBe(200);
    expect(storySchema.parse(await (await app.request(`/api/stories/${storyId}`)).json()).title).toBe('Cached, renamed');
    etags.add((await read()).etag);
    expect((await jsonRequest(app, 'POST', `/api/stories/${storyId}/articles`, { ...ARTICLE_A, title: 'Third', url: 'https://c.example/3', text: 'Bulgaria sent 140 soldiers to the mission.\n' })).status).toBe(201);
    expect((await read()).fact?.claims.map((c) => c.number).sort()).toEqual([100, 120, 140]);
    etags.add((await read()).etag);
    expect((await jsonRequest(app, 'POST', `/api/claims/${claim?.id}/move`, { newFact: true })).status).toBe(200);
    expect((await read()).fact?.claims.map((c) => c.number).sort()).toEqual([120, 140]);
    etags.add((await read()).etag);
    expect((await app.request(`/api/stories/${storyId}/reanalyze`, { method: 'POST' })).status).toBe(200);
    etags.add((await read()).etag);
    const third = (await read()).fact?.claims.find((c) => c.number === 140);
    expect((await app.request(`/api/articles/${third?.article.id}`, { method: 'DELETE' })).status).toBe(200);
    expect((await read()).fact?.claims.map((c) => c.number)).toEqual([120]);
    etags.add((await read()).etag);
    expect(etags.size).toBe(7);
  });

  it('caches no 404, and forgets a deleted story', async () => {
    const { storyId, factId } = await story();
    expect((await app.request('/api/facts/f-none')).status).toBe(404);
    expect((await app.request(`/api/stories/${storyId}/facts`)).status).toBe(200);
    expect((await app.request(`/api/stories/${storyId}`, { method: 'DELETE' })).status).toBe(200);
    expect((await app.request(`/api/stories/${storyId}/facts`)).status).toBe(404);
    expect((await app.request(`/api/facts/${factId}`)).status).toBe(404);
  });

  it('compresses a large body when the client accepts gzip', async () => {
    const { storyId } = await story();
    const plain = await app.request(`/api/stories/${storyId}/facts`);
    const zipped = await app.request(`/api/stories/${storyId}/facts`, { headers: { 'Accept-Encoding': 'gzip, deflate' } });
    expect(zipped.headers.get('content-encoding')).toBe('gzip');
    expect(zipped.headers.get('vary')).toBe('Accept-Encoding');
    const body = new Uint8Array(await zipped.arrayBuffer());
    const { gunzipSync } = await import('node:zlib');
    expect(gunzipSync(body).toString('utf8')).toBe(await plain.text());
  });
});
