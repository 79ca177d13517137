import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { claimPageSchema, factDetailSchema, factListSchema, LIMITS, storySchema } from '../../contract/api';
import { createApp } from '../app';
import type { Db } from '../storage/db';
import { BACKENDS, jsonRequest, openTestDb } from '../test-support';

/** Sixty reports of one contingent from six outlets, most saying 100 soldiers, some 120. */
const ARTICLES = Array.from({ length: 60 }, (_, i) => ({
  title: `Contingent report ${i}`, outlet: `Outlet ${i % 6}`, published: `2024-03-${String(10 + (i % 5)).padStart(2, '0')}`,
  text: `Bulgaria sent ${i % 4 === 0 ? 120 : 100} soldiers to the mission, dispatch ${i} said.\n`,
}));

describe.each(BACKENDS)('a fact page with many claims, on %s', (backend) => {
  let db: Db;
  let app: ReturnType<typeof createApp>;
  let factId: string;
  beforeAll(async () => {
    db = await openTestDb(backend);
    app = createApp({ db });
    const story = storySchema.parse(await (await jsonRequest(app, 'POST', '/api/stories', { title: 'Many' })).json());
    for (const part of [ARTICLES.slice(0, 30), ARTICLES.slice(30)]) expect((await jsonRequest(app, 'POST', `/api/stories/${story.id}/articles`, { articles: part })).status).toBe(201);
    const list = factListSchema.parse(await (await app.request(`/api/stories/${story.id}/facts?sort=claims`)).json());
    factId = list.facts[0]?.id as string;
    expect(list.facts[0]?.claimCount).toBe(60);
  });
  afterAll(async () => db.close());

  it('counts every claim in groups by figure, outlet and date, and sends one page of claims', async () => {
    const fact = factDetailSchema.parse(await (await app.request(`/api/facts/${factId}`)).json());
    expect(fact.claimCount).toBe(60);
    expect(fact.groups.reduce((n, g) => n + g.count, 0)).toBe(60);
    expect(fact.groupCount).toBe(fact.groups.length);
    expect(new Set(fact.groups.map((g) => `${g.text}|${g.outlet}|${g.asOf}`)).size).toBe(fact.groups.length);
    expect(fact.groups.filter((g) => g.number === 120).reduce((n, g) => n + g.count, 0)).toBe(15);
    expect(fact.claims).toHaveLength(LIMITS.claimPage);
    expect(fact.claimsNext).toBe(LIMITS.claimPage);
    expect(fact.suggestion?.value).toBe(100);
    expect(fact.suggestion?.claimIds.length).toBeLessThanOrEqual(LIMITS.suggestionClaimIds);
  });

  it('pages through every other claim once, in order, and says where the end is', async () => {
    const first = factDetailSchema.parse(await (await app.request(`/api/facts/${factId}`)).json());
    const seen = first.claims.map((c) => c.id);
    for (let next = first.claimsNext; next !== null;) {
      const page = claimPageSchema.parse(await (await app.request(`/api/facts/${factId}/claims?offset=${next}`)).json());
      expect(page.offset).toBe(next);
      expect(page.total).toBe(60);
      seen.push(...page.claims.map((c) => c.id));
      next = page.next;
    }
    expect(seen).toHaveLength(60);
    expect(new Set(seen).size).toBe(60);
    const small = claimPageSchema.parse(await (await app.request(`/api/facts/${factId}/claims?offset=58&limit=5`)).json());
    expect(small.claims.map((c) => c.id)).toEqual(seen.slice(58));
    expect(small.next).toBeNull();
  });

  it('refuses a malformed page and an unknown fact', async () => {
    expect((await app.request(`/api/facts/${factId}/claims?offset=-1`)).status).toBe(400);
    expect((await app.request(`/api/facts/${factId}/claims?limit=1000`)).status).toBe(400);
    expect((await app.request('/api/facts/f-none/claims')).status).toBe(404);
  });
});
