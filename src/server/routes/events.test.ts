import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';

import { factDetailSchema, factListSchema, storySchema } from '../../contract/api';
import { createApp } from '../app';
import { LiveHub } from '../services/live-events';
import type { Db } from '../storage/db';
import { openEvents, within } from '../test-events';
import { ARTICLE_A, ARTICLE_B, BACKENDS, addTeam, asUser, jsonRequest, openTestDb, resetDb, signInAs } from '../test-support';

describe.each(BACKENDS)('live updates (server-sent events), on %s', (backend) => {
  let db: Db;
  let app: ReturnType<typeof createApp>;
  const cookies: Record<string, string> = {};
  beforeAll(async () => {
    db = await openTestDb(backend);
    await db.query('TRUNCATE users CASCADE');
    await addTeam(db);
    app = createApp({ db, auth: { mode: 'team' } });
    for (const name of ['ana', 'bo', 'vic']) cookies[name] = await signInAs(app, name);
  });
  afterAll(async () => db.close());
  beforeEach(async () => resetDb(db));
  const as = (name: string, method: string, path: string, body?: unknown) => asUser(app, cookies[name] as string, method, path, body);

  it('needs a session to listen', async () => {
    expect((await app.request('/api/events')).status).toBe(401);
  });

  it("carries a reviewer's saved review, mark, move and upload to another reviewer's and a viewer's stream within a second", async () => {
    const story = storySchema.parse(await (await as('ana', 'POST', '/api/stories', { title: 'Live' })).json());
    const bo = await openEvents(await as('bo', 'GET', '/api/events'));
    const vic = await openEvents(await as('vic', 'GET', '/api/events'));
    try {
      expect((await as('ana', 'POST', `/api/stories/${story.id}/articles`, { articles: [ARTICLE_A, ARTICLE_B] })).status).toBe(201);
      for (const stream of [bo, vic]) expect(await within(1000, stream.next())).toMatchObject({ type: 'facts', storyId: story.id, actor: 'ana', action: 'articles added' });
      const list = factListSchema.parse(await (await as('bo', 'GET', `/api/stories/${story.id}/facts`)).json());
      const fact = list.facts.find((f) => f.reported.some((r) => r.number === 100) && f.reported.some((r) => r.number === 120));

      const started = Date.now();
      expect((await as('ana', 'PUT', `/api/facts/${fact?.id}/review`, { status: 'verified', note: 'checked', version: 0 })).status).toBe(200);
      const review = await within(1000, bo.next());
      expect(Date.now() - started).toBeLessThan(1000);
      expect(review).toMatchObject({ type: 'review', storyId: story.id, factId: fact?.id, review: { status: 'verified', note: 'checked', reviewer: 'ana', version: 1 } });
      expect(review.type === 'review' && review.entry).toMatchObject({ action: 'review saved', actor: 'ana', entityId: fact?.id });
      expect(await within(1000, vic.next())).toMatchObject({ type: 'review', factId: fact?.id });

      const detail = factDetailSchema.parse(await (await as('bo', 'GET', `/api/facts/${fact?.id}`)).json());
      const claimId = detail.claims.find((c) => c.number === 100)?.id;
      expect((await as('ana', 'PUT', `/api/claims/${claimId}/mark`, { mark: 'outdated' })).status).toBe(200);
      expect(await within(1000, bo.next())).toMatchObject({ type: 'mark', storyId: story.id, claimId, mark: 'outdated', actor: 'ana' });
      expect((await as('ana', 'POST', `/api/claims/${claimId}/move`, { newFact: true })).status).toBe(200);
      expect(await within(1000, bo.next())).toMatchObject({ type: 'facts', storyId: story.id, actor: 'ana', action: 'claim moved' });
      expect((await as('ana', 'PATCH', `/api/stories/${story.id}`, { title: 'Live, renamed' })).status).toBe(200);
      const renamed = await within(1000, bo.next());
      expect(renamed).toMatchObject({ type: 'story', storyId: story.id, action: 'story renamed' });
      expect(Number(renamed.id)).toBeGreaterThan(1);
    } finally {
      await bo.close();
      await vic.close();
    }
  });

  it('sends nothing for a refused change (a stale 409 or a viewer\'s 403)', async () => {
    const story = storySchema.parse(await (await as('ana', 'POST', '/api/stories', { title: 'Quiet' })).json());
    expect((await as('ana', 'POST', `/api/stories/${story.id}/articles`, ARTICLE_A)).status).toBe(201);
    const fact = factListSchema.parse(await (await as('bo', 'GET', `/api/stories/${story.id}/facts`)).json()).facts[0];
    const bo = await openEvents(await as('bo', 'GET', '/api/events'));
    try {
      expect((await as('vic', 'PUT', `/api/facts/${fact?.id}/review`, { status: 'verified', version: 0 })).status).toBe(403);
      expect((await as('ana', 'PUT', `/api/facts/${fact?.id}/review`, { status: 'verified', version: 3 })).status).toBe(409);
      expect((await as('ana', 'PATCH', `/api/stories/${story.id}`, { title: 'Heard' })).status).toBe(200);
      // The first event to arrive is the rename: the refused writes sent nothing.
      expect(await within(1000, bo.next())).toMatchObject({ type: 'story', action: 'story renamed' });
    } finally {
      await bo.close();
    }
  });
});

describe('live updates: listeners', () => {
  it('stops listening when the dashboard goes away', async () => {
    const db = await openTestDb('pglite');
    const live = new LiveHub();
    const app = createApp({ db, live });
    const events = await openEvents(await app.request('/api/events'));
    expect(live.size).toBe(1);
    await events.close();
    await vi.waitFor(() => expect(live.size).toBe(0));
    await db.close();
  });
});

describe('live updates in personal mode', () => {
  it('stream to every open dashboard without a session, with the typed name as the actor', async () => {
    const db = await openTestDb('pglite');
    const app = createApp({ db });
    const story = storySchema.parse(await (await jsonRequest(app, 'POST', '/api/stories', { title: 'Mine' })).json());
    expect((await jsonRequest(app, 'POST', `/api/stories/${story.id}/articles`, ARTICLE_A)).status).toBe(201);
    const fact = factListSchema.parse(await (await app.request(`/api/stories/${story.id}/facts`)).json()).facts[0];
    const events = await openEvents(await app.request('/api/events'));
    try {
      expect((await jsonRequest(app, 'PUT', `/api/facts/${fact?.id}/review`, { status: 'dismissed', version: 0, reviewer: 'Ana on a laptop' })).status).toBe(200);
      expect(await within(1000, events.next())).toMatchObject({ type: 'review', review: { reviewer: 'Ana on a laptop', status: 'dismissed' } });
    } finally {
      await events.close();
      await db.close();
    }
  });
});
