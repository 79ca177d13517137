import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';

import { apiErrorSchema, deletedStorySchema, factDetailSchema, factListSchema, storyDetailSchema, storyHistorySchema, storySchema } from '../../contract/api';
import { createApp } from '../app';
import type { Db } from '../storage/db';
import { ARTICLE_A, ARTICLE_B, BACKENDS, jsonRequest, openTestDb, resetDb } from '../test-support';

const storyListSchema = z.object({ stories: z.array(storySchema) });

describe.each(BACKENDS)('stories: rename, delete, unknown routes, on %s', (backend) => {
  let db: Db;
  let app: ReturnType<typeof createApp>;
  beforeAll(async () => {
    db = await openTestDb(backend);
    app = createApp({ db });
  });
  afterAll(async () => db.close());
  beforeEach(async () => resetDb(db));

  async function reviewedStory(title: string): Promise<string> {
    const story = storySchema.parse(await (await jsonRequest(app, 'POST', '/api/stories', { title })).json());
    // Titles of their own: claim ids come from the article, and a claim is marked by its id alone.
    const articles = [ARTICLE_A, ARTICLE_B].map((a) => ({ ...a, title: `${a.title} (${title})` }));
    expect((await jsonRequest(app, 'POST', `/api/stories/${story.id}/articles`, { articles })).status).toBe(201);
    const list = factListSchema.parse(await (await app.request(`/api/stories/${story.id}/facts`)).json());
    const fact = list.facts.find((f) => f.reported.some((r) => r.number === 100) && f.reported.some((r) => r.number === 120));
    expect((await jsonRequest(app, 'PUT', `/api/facts/${fact?.id}/review`, { status: 'disputed', version: 0 })).status).toBe(200);
    const claimId = factDetailSchema.parse(await (await app.request(`/api/facts/${fact?.id}`)).json()).claims[0]?.id;
    expect((await jsonRequest(app, 'PUT', `/api/claims/${claimId}/mark`, { mark: 'wrong' })).status).toBe(200);
    return story.id;
  }
  const rowsOf = async (table: string, storyId: string) =>
    (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table} WHERE story_id = $1`, [storyId]))[0]?.n;

  it('renames a story and records the old and new titles in the history of the list', async () => {
    const id = await reviewedStory('Bulgaria');
    const res = await jsonRequest(app, 'PATCH', `/api/stories/${id}`, { title: '  Bulgarian contingent  ' });
    expect(res.status).toBe(200);
    expect(storySchema.parse(await res.json())).toMatchObject({ id, title: 'Bulgarian contingent', articleCount: 2 });
    const detail = storyDetailSchema.parse(await (await app.request(`/api/stories/${id}`)).json());
    expect(detail.title).toBe('Bulgarian contingent');
    const history = storyHistorySchema.parse(await (await app.request('/api/stories/history')).json());
    expect(history.entries[0]).toMatchObject({ action: 'story renamed', entityId: id, before: { title: 'Bulgaria' }, after: { title: 'Bulgarian contingent' } });
  });

  it.each([
    ['an empty title', { title: '   ' }, 'title'],
    ['an unknown field', { title: 'x', owner: 'me' }, 'owner'],
  ])('refuses a rename with %s (400, nothing changed)', async (_name, body, word) => {
    const id = await reviewedStory('Bulgaria');
    const res = await jsonRequest(app, 'PATCH', `/api/stories/${id}`, body);
    expect(res.status).toBe(400);
    expect(apiErrorSchema.parse(await res.json()).error.message).toContain(word);
    expect(storyDetailSchema.parse(await (await app.request(`/api/stories/${id}`)).json()).title).toBe('Bulgaria');
  });

  it('deletes a story with its articles, claims, facts, reviews and marks, leaves the others alone, and logs it at list level', async () => {
    const gone = await reviewedStory('To delete');
    const kept = await reviewedStory('To keep');
    const res = await app.request(`/api/stories/${gone}`, { method: 'DELETE' });
    expect(res.status).toBe(200);
    expect(deletedStorySchema.parse(await res.json())).toMatchObject({ deleted: gone, title: 'To delete', articles: 2 });
    expect((await app.request(`/api/stories/${gone}`)).status).toBe(404);
    for (const table of ['articles', 'claims', 'facts', 'reviews', 'marks', 'corrections']) expect(await rowsOf(table, gone), table).toBe(0);
    for (const table of ['articles', 'claims', 'facts', 'reviews', 'marks']) expect(await rowsOf(table, kept), table).toBeGreaterThan(0);
    const list = storyListSchema.parse(await (await app.request('/api/stories')).json());
    expect(list.stories.map((s) => s.id)).toEqual([kept]);
    const history = storyHistorySchema.parse(await (await app.request('/api/stories/history')).json());
    expect(history.entries[0]).toMatchObject({ action: 'story deleted', entity: 'story', entityId: gone, before: { title: 'To delete', articles: 2, reviews: 1, marks: 1 }, after: null });
    expect(history.entries.filter((e) => e.action === 'story created')).toHaveLength(2);
    expect((await app.request(`/api/stories/${gone}`, { method: 'DELETE' })).status).toBe(404);
  });

  it('deletes in one transaction: a failure half-way leaves the story whole', async () => {
    const id = await reviewedStory('Whole');
    // Scenario: the history insert at the end of the delete fails (a constraint added for this test).
    await db.query(`ALTER TABLE history ADD CONSTRAINT no_deletes CHECK (action <> 'story deleted')`);
    try {
      expect((await app.request(`/api/stories/${id}`, { method: 'DELETE' })).status).toBe(500);
    } finally {
      await db.query('ALTER TABLE history DROP CONSTRAINT no_deletes');
    }
    const story = storyDetailSchema.parse(await (await app.request(`/api/stories/${id}`)).json());
    expect(story.articleCount).toBe(2);
    for (const table of ['claims', 'facts', 'reviews', 'marks']) expect(await rowsOf(table, id), table).toBeGreaterThan(0);
  });

  it('never stores "unknown" as an outlet: the URL\'s site name, else "outlet not given"', async () => {
    const story = storySchema.parse(await (await jsonRequest(app, 'POST', '/api/stories', { title: 'Outlets' })).json());
    const articles = [
      { ...ARTICLE_A, outlet: 'unknown', url: 'https://www.novinite.com/articles/1' },
      { ...ARTICLE_B, outlet: undefined, url: null },
    ];
    expect((await jsonRequest(app, 'POST', `/api/stories/${story.id}/articles`, { articles })).status).toBe(201);
    const form = new FormData();
    form.append('files', new File(['---\ntitle: Filed\noutlet: unknown\n---\nBulgaria sent 130 soldiers.\n'], 'filed.md'));
    form.append('meta', JSON.stringify({ 'filed.md': { url: 'https://balkaninsight.com/x' } }));
    expect((await app.request(`/api/stories/${story.id}/articles`, { method: 'POST', body: form })).status).toBe(201);
    const detail = storyDetailSchema.parse(await (await app.request(`/api/stories/${story.id}`)).json());
    expect(detail.articles.map((a) => a.outlet)).toEqual(['novinite.com', 'outlet not given', 'balkaninsight.com']);
  });

  it.each([
    ['GET', '/api/nothing-here', 404],
    ['DELETE', '/api/nothing-here', 404],
    ['POST', '/api/stories/x/nothing', 404],
    ['GET', '/api', 404],
    ['DELETE', '/api/facts/x', 405],
    ['PATCH', '/api/health', 405],
    ['PUT', '/api/stories', 405],
    ['GET', '/api/facts/x/review', 405],
  ])('%s %s answers JSON with %i', async (method, path, status) => {
    const res = await jsonRequest(app, method, path, method === 'GET' ? undefined : {});
    expect(res.status).toBe(status);
    expect(res.headers.get('content-type')).toContain('application/json');
    const body = apiErrorSchema.parse(await res.json());
    expect(body.error.code).toBe(status === 404 ? 'not_found' : 'method_not_allowed');
    if (status === 405) expect(res.headers.get('allow')).toMatch(/^[A-Z, ]+$/);
  });

  it('names the allowed methods on a 405', async () => {
    const res = await app.request('/api/stories/abc', { method: 'PUT' });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')?.split(', ').sort()).toEqual(['DELETE', 'GET', 'HEAD', 'PATCH']);
    expect(apiErrorSchema.parse(await res.json()).error.message).toContain('PUT is not allowed on /api/stories/abc');
  });
});
