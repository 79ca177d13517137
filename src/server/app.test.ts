import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import {
  addArticlesResponseSchema, apiErrorSchema, articleDetailSchema, factDetailSchema, factListSchema, healthSchema, reviewConflictSchema,
  reviewSchema, storyDetailSchema, storySchema,
} from '../contract/api';

import { createApp } from './app';
import type { Db } from './storage/db';
import { store } from './storage/store';
import { ARTICLE_A, ARTICLE_B, BACKENDS, POSTGRES_REQUIRED, jsonRequest, openTestDb, resetDb } from './test-support';

it('runs the storage suite on PostgreSQL in CI', () => {
  if (POSTGRES_REQUIRED) expect(process.env.TEST_DATABASE_URL, 'CI must provide TEST_DATABASE_URL').toBeTruthy();
  expect(BACKENDS).toContain('pglite');
});

describe.each(BACKENDS)('API on %s', (backend) => {
  let db: Db;
  let app: ReturnType<typeof createApp>;
  beforeAll(async () => {
    db = await openTestDb(backend);
    app = createApp({ db });
  });
  afterAll(async () => db.close());
  beforeEach(async () => resetDb(db));

  async function storyWithArticles(): Promise<string> {
    const story = storySchema.parse(await (await jsonRequest(app, 'POST', '/api/stories', { title: 'Bulgaria' })).json());
    for (const a of [ARTICLE_A, ARTICLE_B]) expect((await jsonRequest(app, 'POST', `/api/stories/${story.id}/articles`, a)).status).toBe(201);
    return story.id;
  }
  async function bulgariaFact(storyId: string) {
    const list = factListSchema.parse(await (await app.request(`/api/stories/${storyId}/facts?q=bulgaria`)).json());
    const summary = list.facts.find((f) => f.subject === 'Bulgaria');
    expect(summary).toBeDefined();
    return factDetailSchema.parse(await (await app.request(`/api/facts/${summary?.id}`)).json());
  }

  it('answers health with the database kind', async () => {
    const body = healthSchema.parse(await (await app.request('/api/health')).json());
    expect(body.database).toBe(backend);
  });

  it('creates a story, adds articles and lines the conflicting claims up side by side', async () => {
    const storyId = await storyWithArticles();
    const story = storyDetailSchema.parse(await (await app.request(`/api/stories/${storyId}`)).json());
    expect(story.articles.map((a) => a.outlet).sort()).toEqual(['Outlet A', 'Outlet B']);
    expect(story.conflictCount).toBe(1);
    const fact = await bulgariaFact(storyId);
    // "sent 100 soldiers on 5 March" and "sent 120 soldiers" a week later: one contingent, two sizes.
    expect(fact.assessment).toBe('conflict');
    expect(fact.claims.map((c) => [c.number, c.article.outlet]).sort()).toEqual([[100, 'Outlet A'], [120, 'Outlet B']]);
    expect(fact.claims.every((c) => c.quote.includes(c.surface))).toBe(true);
  });

  it('filters facts by assessment and text, and rejects an unknown filter value', async () => {
    const storyId = await storyWithArticles();
    const conflicts = factListSchema.parse(await (await app.request(`/api/stories/${storyId}/facts?assessment=conflict`)).json());
    expect(conflicts.facts.map((f) => f.subject)).toEqual(['Bulgaria']);
    const vehicles = factListSchema.parse(await (await app.request(`/api/stories/${storyId}/facts?q=vehicles`)).json());
    expect(vehicles.facts).toHaveLength(1);
    const bad = await app.request(`/api/stories/${storyId}/facts?assessment=maybe`);
    expect(bad.status).toBe(400);
    expect(apiErrorSchema.parse(await bad.json()).error.message).toContain('assessment');
  });

  it('saves a review, refuses a stale version with the current state, and keeps history', async () => {
    const fact = await bulgariaFact(await storyWithArticles());
    const body = { status: 'verified', reason: 'different-time', value: 120, rightClaimIds: [fact.claims[1]?.id], note: 'rotation', reviewer: 'ana', version: 0 };
    const saved = reviewSchema.parse(await (await jsonRequest(app, 'PUT', `/api/facts/${fact.id}/review`, body)).json());
    expect(saved).toMatchObject({ status: 'verified', version: 1, reviewer: 'ana', value: 120 });
    const stale = await jsonRequest(app, 'PUT', `/api/facts/${fact.id}/review`, { status: 'disputed', version: 0, reviewer: 'bo' });
    expect(stale.status).toBe(409);
    expect(reviewConflictSchema.parse(await stale.json()).current).toMatchObject({ status: 'verified', version: 1 });
    const detail = factDetailSchema.parse(await (await app.request(`/api/facts/${fact.id}`)).json());
    expect(detail.review.note).toBe('rotation');
    expect(detail.history.find((h) => h.action === 'review saved')).toMatchObject({ actor: 'ana', before: null });
  });

  it('lets exactly one of 50 parallel writes with the same version win', async () => {
    const fact = await bulgariaFact(await storyWithArticles());
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) => jsonRequest(app, 'PUT', `/api/facts/${fact.id}/review`, { status: 'disputed', note: `writer ${i}`, version: 0 })),
    );
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(49);
    const detail = factDetailSchema.parse(await (await app.request(`/api/facts/${fact.id}`)).json());
    expect(detail.review.version).toBe(1);
    const winner = await results[statuses.indexOf(200)]?.json() as { note: string };
    expect(detail.review.note).toBe(winner.note);
  });

  it('marks a claim, moves it to a fact of its own, and keeps that after re-analysis', async () => {
    const storyId = await storyWithArticles();
    const fact = await bulgariaFact(storyId);
    const claim = fact.claims[0];
    const marked = await jsonRequest(app, 'PUT', `/api/claims/${claim?.id}/mark`, { mark: 'outdated', reviewer: 'ana' });
    expect(marked.status).toBe(200);
    const moved = factDetailSchema.parse(await (await jsonRequest(app, 'POST', `/api/claims/${claim?.id}/move`, { newFact: true })).json());
    expect(moved.claims.map((c) => c.id)).toEqual([claim?.id]);
    expect(moved.claims[0]?.mark).toBe('outdated');
    const report = await (await app.request(`/api/stories/${storyId}/reanalyze`, { method: 'POST' })).json() as { kept: { marks: number; corrections: number } };
    expect(report.kept).toMatchObject({ marks: 1, corrections: 1 });
    const again = factDetailSchema.parse(await (await app.request(`/api/facts/${moved.id}`)).json());
    expect(again.claims.map((c) => c.id)).toEqual([claim?.id]);
  });

  it('keeps a review on its fact when a new engine groups the story under other keys', async () => {
    const storyId = await storyWithArticles();
    const fact = await bulgariaFact(storyId);
    await jsonRequest(app, 'PUT', `/api/facts/${fact.id}/review`, { status: 'verified', note: 'checked with the ministry', version: 0, reviewer: 'ana' });
    // The review as an older engine left it: under a fact key this engine no longer makes.
    await store.rekeyReview(db, storyId, fact.key, 'troops|Bulgaria|');
    const report = (await (await app.request(`/api/stories/${storyId}/reanalyze`, { method: 'POST' })).json()) as { kept: { reviews: number }; orphaned: { reviews: string[] } };
    expect(report.kept.reviews).toBe(1);
    expect(report.orphaned.reviews).toEqual([]);
    const again = await bulgariaFact(storyId);
    expect(again.id).toBe(fact.id);
    expect(again.review).toMatchObject({ status: 'verified', note: 'checked with the ministry' });
  });

  it('deletes an article with its claims and keeps the decisions in the history', async () => {
    const storyId = await storyWithArticles();
    const fact = await bulgariaFact(storyId);
    await jsonRequest(app, 'PUT', `/api/facts/${fact.id}/review`, { status: 'disputed', version: 0, reviewer: 'ana' });
    const articleB = fact.claims.find((c) => c.article.outlet === 'Outlet B')?.article.id;
    expect((await app.request(`/api/articles/${articleB}`, { method: 'DELETE' })).status).toBe(200);
    expect((await app.request(`/api/articles/${articleB}`)).status).toBe(404);
    const after = factDetailSchema.parse(await (await app.request(`/api/facts/${fact.id}`)).json());
    expect(after.claims.map((c) => c.article.outlet)).toEqual(['Outlet A']);
    expect(after.review.status).toBe('disputed');
    expect(after.history.some((h) => h.action === 'review saved')).toBe(true);
  });

  it('serves an article with its claims and their facts', async () => {
    const storyId = await storyWithArticles();
    const story = storyDetailSchema.parse(await (await app.request(`/api/stories/${storyId}`)).json());
    const article = articleDetailSchema.parse(await (await app.request(`/api/articles/${story.articles[0]?.id}`)).json());
    expect(article.text).toBe(ARTICLE_A.text);
    expect(article.claims.some((c) => c.factId !== null)).toBe(true);
  });

  it('accepts multipart uploads of several files', async () => {
    const storyId = await storyWithArticles();
    const form = new FormData();
    form.append('files', new File(['---\ntitle: One\noutlet: C\npublished: 2024-04\n---\nBulgaria sent 130 soldiers.\n'], 'one.md'));
    form.append('files', new File(['Plain headline\nAbout 45 people were evacuated.\n'], 'two.txt'));
    const res = await app.request(`/api/stories/${storyId}/articles`, { method: 'POST', body: form });
    expect(res.status).toBe(201);
    const body = addArticlesResponseSchema.parse(await res.json());
    expect(body.articles.map((a) => a.title)).toEqual(['One', 'Plain headline']);
    const typed = new FormData();
    typed.append('files', new File(['Another headline\nAbout 90 people were rescued.\n'], 'three.txt'));
    typed.append('meta', JSON.stringify({ 'three.txt': { outlet: 'Typed Outlet', published: '2024-05-06' } }));
    const withMeta = addArticlesResponseSchema.parse(await (await app.request(`/api/stories/${storyId}/articles`, { method: 'POST', body: typed })).json());
    expect(withMeta.articles[0]).toMatchObject({ title: 'Another headline', outlet: 'Typed Outlet', published: '2024-05-06' });
    const badMeta = new FormData();
    badMeta.append('files', new File(['Headline\nText 5 people.\n'], 'four.txt'));
    badMeta.append('meta', JSON.stringify({ 'four.txt': { published: 'May' } }));
    const bad = await app.request(`/api/stories/${storyId}/articles`, { method: 'POST', body: badMeta });
    expect(bad.status).toBe(400);
    expect(apiErrorSchema.parse(await bad.json()).error.message).toContain('published');
  });

  it.each([
    ['malformed JSON', () => ({ body: '{"title":', type: 'application/json' }), 400, 'JSON'],
    ['a missing field', () => ({ body: JSON.stringify({ title: 'x', outlet: 'y' }), type: 'application/json' }), 400, 'text'],
    ['a bad date', () => ({ body: JSON.stringify({ ...ARTICLE_A, published: '2024-31' }), type: 'application/json' }), 400, 'published'],
    ['an unsupported content type', () => ({ body: 'hello', type: 'text/plain' }), 415, 'application/json'],
  ])('rejects an article upload with %s', async (_name, make, status, words) => {
    const storyId = await storyWithArticles();
    const { body, type } = make();
    const res = await app.request(`/api/stories/${storyId}/articles`, { method: 'POST', body, headers: { 'Content-Type': type } });
    expect(res.status).toBe(status);
    expect(apiErrorSchema.parse(await res.json()).error.message).toContain(words);
  });

  it('rejects unsupported and unreadable files by name and adds nothing', async () => {
    const storyId = await storyWithArticles();
    const unsupported = new FormData();
    unsupported.append('files', new File(['x'], 'photo.png'));
    expect((await app.request(`/api/stories/${storyId}/articles`, { method: 'POST', body: unsupported })).status).toBe(415);
    const mixed = new FormData();
    mixed.append('files', new File(['Good headline\nThe army sent 300 soldiers.\n'], 'good.txt'));
    mixed.append('files', new File(['---\ntitle: Bad\npublished: 2024-99-99\n---\nText'], 'bad.md'));
    const res = await app.request(`/api/stories/${storyId}/articles`, { method: 'POST', body: mixed });
    expect(res.status).toBe(422);
    expect(apiErrorSchema.parse(await res.json()).error.message).toContain('bad.md');
    const story = storyDetailSchema.parse(await (await app.request(`/api/stories/${storyId}`)).json());
    expect(story.articleCount).toBe(2);
  });

  it.each([
    ['GET', '/api/stories/nope', undefined, 404],
    ['GET', '/api/facts/nope', undefined, 404],
    ['PUT', '/api/facts/nope/review', { status: 'open', version: 0 }, 404],
    ['PUT', '/api/claims/nope/mark', { mark: 'wrong' }, 404],
    ['POST', '/api/claims/nope/move', { newFact: true }, 404],
    ['DELETE', '/api/articles/nope', undefined, 404],
    ['POST', '/api/stories', { title: '' }, 400],
    ['PUT', '/api/facts/x/review', { status: 'great', version: 0 }, 400],
    ['POST', '/api/claims/x/move', { factId: 'a', newFact: true }, 400],
    ['GET', '/api/nothing-here', undefined, 404],
  ])('%s %s -> %i with an error body', async (method, path, body, status) => {
    const res = await jsonRequest(app, method, path, body);
    expect(res.status).toBe(status);
    expect(apiErrorSchema.safeParse(await res.json()).success).toBe(true);
  });

  it('refuses a body over the size limit with 413', async () => {
    const storyId = await storyWithArticles();
    const huge = JSON.stringify({ ...ARTICLE_A, text: 'x'.repeat(21 * 1024 * 1024) });
    const res = await app.request(`/api/stories/${storyId}/articles`, { method: 'POST', body: huge, headers: { 'Content-Type': 'application/json', 'Content-Length': String(huge.length) } });
    expect(res.status).toBe(413);
  });

  it('serves a report with a content type and a file name', async () => {
    const storyId = await storyWithArticles();
    const res = await app.request(`/api/stories/${storyId}/report?format=json&scope=all`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toMatch(/attachment; filename=".+"/);
    expect((await app.request(`/api/stories/${storyId}/report?format=pdf`)).status).toBe(400);
  });
});
