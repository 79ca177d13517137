import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import {
  apiErrorSchema, factDetailSchema, factListSchema, reviewSchema, storyDetailSchema, storyHistorySchema, storySchema, userListSchema, userSchema,
} from '../../contract/api';
import { createApp } from '../app';
import type { Db } from '../storage/db';
import { ARTICLE_A, ARTICLE_B, BACKENDS, PASSWORD, addTeam, asUser, openTestDb, resetDb, signInAs } from '../test-support';

describe.each(BACKENDS)('team mode: roles and who is recorded, on %s', (backend) => {
  let db: Db;
  let app: ReturnType<typeof createApp>;
  const cookies: Record<string, string> = {};
  beforeAll(async () => {
    db = await openTestDb(backend);
    await db.query('TRUNCATE users CASCADE');
    await addTeam(db);
    app = createApp({ db, auth: { mode: 'team' } });
    for (const name of ['ada', 'ana', 'bo', 'vic']) cookies[name] = await signInAs(app, name);
  });
  afterAll(async () => db.close());
  beforeEach(async () => resetDb(db));

  const as = (name: string, method: string, path: string, body?: unknown) => asUser(app, cookies[name] as string, method, path, body);

  /** A story with the two Bulgarian articles, added by ana; and its fact holding the claims 100 and 120 soldiers. */
  async function bulgaria() {
    const story = storySchema.parse(await (await as('ana', 'POST', '/api/stories', { title: 'Bulgaria' })).json());
    expect((await as('ana', 'POST', `/api/stories/${story.id}/articles`, { articles: [ARTICLE_A, ARTICLE_B] })).status).toBe(201);
    const list = factListSchema.parse(await (await as('vic', 'GET', `/api/stories/${story.id}/facts`)).json());
    const fact = list.facts.find((f) => f.reported.some((r) => r.number === 100) && f.reported.some((r) => r.number === 120));
    expect(fact).toBeDefined();
    return { storyId: story.id, fact: factDetailSchema.parse(await (await as('vic', 'GET', `/api/facts/${fact?.id}`)).json()) };
  }

  it('lets a viewer read and export, and refuses every change with 403 JSON', async () => {
    const { storyId, fact } = await bulgaria();
    const claimId = fact.claims[0]?.id as string;
    const articleId = fact.claims[0]?.article.id as string;
    for (const path of ['/api/stories', `/api/stories/${storyId}`, `/api/stories/${storyId}/facts`, `/api/facts/${fact.id}`, `/api/articles/${articleId}`, `/api/stories/${storyId}/report?format=csv`, '/api/stories/history']) {
      expect((await as('vic', 'GET', path)).status, path).toBe(200);
    }
    const changes: Array<[string, string, unknown]> = [
      ['POST', '/api/stories', { title: 'No' }],
      ['PATCH', `/api/stories/${storyId}`, { title: 'No' }],
      ['DELETE', `/api/stories/${storyId}`, undefined],
      ['POST', `/api/stories/${storyId}/articles`, { ...ARTICLE_A, title: 'Another' }],
      ['POST', `/api/stories/${storyId}/reanalyze`, undefined],
      ['DELETE', `/api/articles/${articleId}`, undefined],
      ['PUT', `/api/facts/${fact.id}/review`, { status: 'verified', version: 0 }],
      ['PUT', `/api/claims/${claimId}/mark`, { mark: 'wrong' }],
      ['POST', `/api/claims/${claimId}/move`, { newFact: true }],
      ['GET', '/api/users', undefined],
    ];
    for (const [method, path, body] of changes) {
      const res = await as('vic', method, path, body);
      expect(res.status, `${method} ${path}`).toBe(403);
      expect(apiErrorSchema.parse(await res.json()).error.code).toBe('forbidden');
    }
    const after = factDetailSchema.parse(await (await as('vic', 'GET', `/api/facts/${fact.id}`)).json());
    expect(after.review.version).toBe(0);
    expect(after.claims.every((c) => c.mark === null)).toBe(true);
    expect(storyDetailSchema.parse(await (await as('vic', 'GET', `/api/stories/${storyId}`)).json()).articleCount).toBe(2);
  });

  it('lets a reviewer review, mark, move and add articles, but not delete stories or articles or manage users', async () => {
    const { storyId, fact } = await bulgaria();
    const [first, second] = fact.claims;
    expect((await as('bo', 'PUT', `/api/facts/${fact.id}/review`, { status: 'verified', version: 0 })).status).toBe(200);
    expect((await as('bo', 'PUT', `/api/claims/${first?.id}/mark`, { mark: 'outdated' })).status).toBe(200);
    expect((await as('bo', 'POST', `/api/claims/${second?.id}/move`, { newFact: true })).status).toBe(200);
    expect((await as('bo', 'POST', `/api/stories/${storyId}/reanalyze`)).status).toBe(200);
    expect((await as('bo', 'PATCH', `/api/stories/${storyId}`, { title: 'Bulgarian contingent' })).status).toBe(200);
    for (const [method, path] of [['DELETE', `/api/stories/${storyId}`], ['DELETE', `/api/articles/${first?.article.id}`], ['GET', '/api/users'], ['POST', '/api/users']] as const) {
      const res = await as('bo', method, path, method === 'POST' ? { name: 'eve', role: 'admin', password: PASSWORD } : undefined);
      expect(res.status, `${method} ${path}`).toBe(403);
    }
    expect((await as('ada', 'DELETE', `/api/articles/${first?.article.id}`)).status).toBe(200);
    expect((await as('ada', 'DELETE', `/api/stories/${storyId}`)).status).toBe(200);
  });

  it('records the signed-in reviewer on reviews, marks, moves, uploads and the history, never the name in the body', async () => {
    const { storyId, fact } = await bulgaria();
    const saved = reviewSchema.parse(await (await as('bo', 'PUT', `/api/facts/${fact.id}/review`, { status: 'disputed', version: 0, reviewer: 'mallory' })).json());
    expect(saved.reviewer).toBe('bo');
    const claim = fact.claims.find((c) => c.number === 100);
    expect((await as('bo', 'PUT', `/api/claims/${claim?.id}/mark`, { mark: 'outdated', reviewer: 'mallory' })).status).toBe(200);
    const moved = factDetailSchema.parse(await (await as('ana', 'POST', `/api/claims/${claim?.id}/move`, { newFact: true })).json());
    const detail = factDetailSchema.parse(await (await as('vic', 'GET', `/api/facts/${fact.id}`)).json());
    expect(detail.review.reviewer).toBe('bo');
    expect(detail.history.find((h) => h.action === 'review saved')?.actor).toBe('bo');
    const claimHistory = moved.history.filter((h) => h.entityId === claim?.id);
    expect(claimHistory.find((h) => h.action === 'claim marked')?.actor).toBe('bo');
    expect(claimHistory.find((h) => h.action === 'claim moved')?.actor).toBe('ana');
    const actors = await db.query<{ actor: string | null; action: string }>('SELECT actor, action FROM history WHERE story_id = $1', [storyId]);
    expect(actors.filter((h) => h.action === 'article added').map((h) => h.actor)).toEqual(['ana', 'ana']);
    expect(actors.find((h) => h.action === 'story created')?.actor).toBe('ana');
    expect(actors.map((h) => h.actor)).not.toContain('mallory');
    expect((await db.query<{ reviewer: string }>('SELECT reviewer FROM marks WHERE story_id = $1', [storyId]))[0]?.reviewer).toBe('bo');
    expect((await as('ada', 'DELETE', `/api/stories/${storyId}`)).status).toBe(200);
    const list = storyHistorySchema.parse(await (await as('vic', 'GET', '/api/stories/history')).json());
    expect(list.entries[0]).toMatchObject({ action: 'story deleted', actor: 'ada' });
  });

  it('tells the 409 who changed the fact: the other signed-in reviewer', async () => {
    const { fact } = await bulgaria();
    expect((await as('ana', 'PUT', `/api/facts/${fact.id}/review`, { status: 'verified', version: 0 })).status).toBe(200);
    const stale = await as('bo', 'PUT', `/api/facts/${fact.id}/review`, { status: 'disputed', version: 0 });
    expect(stale.status).toBe(409);
    const body = (await stale.json()) as { error: { message: string }; current: unknown };
    expect(body.error.message).toContain('changed by ana');
    expect(reviewSchema.parse(body.current)).toMatchObject({ reviewer: 'ana', status: 'verified', version: 1 });
  });

  it('lets an admin add users, change roles (at once, on live sessions) and remove them (ending their sessions)', async () => {
    const added = await as('ada', 'POST', '/api/users', { name: 'Eve', role: 'viewer', password: 'twelve chars ok' });
    expect(added.status).toBe(201);
    const eve = userSchema.parse(await added.json());
    expect(eve).toMatchObject({ name: 'eve', role: 'viewer' });
    expect(JSON.stringify(eve)).not.toContain('twelve chars ok');
    const list = userListSchema.parse(await (await as('ada', 'GET', '/api/users')).json());
    expect(list.users.map((u) => `${u.name}:${u.role}`)).toEqual(['ada:admin', 'ana:reviewer', 'bo:reviewer', 'eve:viewer', 'vic:viewer']);
    expect(JSON.stringify(list)).not.toMatch(/scrypt|hash|password/i);
    const eveCookie = await signInAs(app, 'eve', 'twelve chars ok');
    expect((await asUser(app, eveCookie, 'POST', '/api/stories', { title: 'x' })).status).toBe(403);
    expect((await as('ada', 'PATCH', '/api/users/eve', { role: 'reviewer' })).status).toBe(200);
    expect((await asUser(app, eveCookie, 'POST', '/api/stories', { title: 'x' })).status).toBe(201);
    expect((await as('ada', 'DELETE', '/api/users/eve')).status).toBe(200);
    expect((await asUser(app, eveCookie, 'GET', '/api/stories')).status).toBe(401);
  });

  it.each([
    ['a password of 11 characters', { name: 'short', role: 'viewer', password: 'elevenchars' }, 400, 'at least 12'],
    ['an unknown role', { name: 'odd', role: 'owner', password: PASSWORD }, 400, 'role'],
    ['a name with a space', { name: 'two words', role: 'viewer', password: PASSWORD }, 400, 'name'],
    ['a name already taken', { name: 'ANA', role: 'viewer', password: PASSWORD }, 409, 'already exists'],
  ])('refuses a new user with %s', async (_name, body, status, words) => {
    const res = await as('ada', 'POST', '/api/users', body);
    expect(res.status).toBe(status);
    expect(apiErrorSchema.parse(await res.json()).error.message).toContain(words);
  });

  it('keeps the last admin: neither removed nor demoted (409)', async () => {
    for (const [method, body] of [['DELETE', undefined], ['PATCH', { role: 'reviewer' }]] as const) {
      const res = await as('ada', method, '/api/users/ada', body);
      expect(res.status).toBe(409);
      expect(apiErrorSchema.parse(await res.json()).error.message).toContain('last admin');
    }
    expect((await as('ada', 'DELETE', '/api/users/nobody')).status).toBe(404);
  });
});
