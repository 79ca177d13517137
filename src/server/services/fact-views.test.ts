import { join, resolve } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { factDetailSchema, factListSchema, storyDetailSchema, type FactSummary } from '../../contract/api';
import { readArticles } from '../../ingest/read-articles';
import { createApp } from '../app';
import { seedIfEmpty } from '../seed';
import type { Db } from '../storage/db';
import { openDatabase } from '../storage/open-database';
import { jsonRequest } from '../test-support';

import { refreshStaleFacts } from './recompute-facts';

const root = resolve(import.meta.dirname, '../../..');
let db: Db;
let app: ReturnType<typeof createApp>;
let storyId = '';

beforeAll(async () => {
  db = await openDatabase({ kind: 'memory' });
  app = createApp({ db });
  storyId = (await seedIfEmpty(db, readArticles([join(root, 'fixtures/articles')]).articles)) ?? '';
});
afterAll(async () => db.close());

const holds = (f: FactSummary, n: number) => f.reported.some((r) => r.number === n);
async function facts() {
  return factListSchema.parse(await (await app.request(`/api/stories/${storyId}/facts`)).json()).facts;
}
async function detail(find: (f: FactSummary) => boolean) {
  const fact = (await facts()).find(find);
  expect(fact).toBeDefined();
  return factDetailSchema.parse(await (await app.request(`/api/facts/${fact?.id}`)).json());
}

describe('facts as the sources wrote them (KFOR story)', () => {
  it('lists each fact with its values as written, qualifier and unit included, and the interval only beside them', async () => {
    const strength = (await facts()).find((f) => holds(f, 39000));
    const texts = strength?.reported.map((r) => r.text) ?? [];
    expect(texts).toContain('about 39,000 personnel');
    expect(texts.some((t) => /^more than 3,700 troops?$/.test(t))).toBe(true);
    expect(texts.join(' ')).not.toMatch(/35,100|42,900/);
    expect(strength?.values.some((v) => v.low === 35100)).toBe(true);
    const dates = strength?.reported.map((r) => r.asOf ?? '9999') ?? [];
    expect(dates).toEqual([...dates].sort());
  });

  it('shows no outlet as "unknown": the front matter says unknown and gives no URL, so "outlet not given"', async () => {
    const story = storyDetailSchema.parse(await (await app.request(`/api/stories/${storyId}`)).json());
    expect(story.articles.map((a) => a.outlet)).not.toContain('unknown');
    expect(story.articles.filter((a) => a.outlet === 'outlet not given')).toHaveLength(2);
    const bulgaria = await detail((f) => holds(f, 100) && holds(f, 120));
    expect(bulgaria.claims.map((c) => c.article.outlet)).toContain('outlet not given');
    expect(bulgaria.reported.map((r) => r.outlet)).not.toContain('unknown');
    expect(bulgaria.explanation).not.toMatch(/\bunknown\b/);
  });

  it('gives each claim its value as written and suggests a value with reasons for a fact with a discrepancy', async () => {
    const bulgaria = await detail((f) => holds(f, 100) && holds(f, 120));
    expect(bulgaria.claims.map((c) => c.written)).toEqual(expect.arrayContaining(['100 soldiers', '120 soldiers']));
    expect(bulgaria.suggestion).toMatchObject({ value: 120, text: '120 soldiers' });
    expect(bulgaria.suggestion?.reasons.join(' ')).toMatch(/December 2024/);
    expect(bulgaria.suggestion?.claimIds.every((id) => bulgaria.claims.find((c) => c.id === id)?.number === 120)).toBe(true);
    const single = await detail((f) => f.assessment === 'single-source');
    expect(single.suggestion).toBeNull();
  });

  it('follows the reviewer: a claim marked verified becomes the suggestion, one marked wrong drops out', async () => {
    const bulgaria = await detail((f) => holds(f, 100) && holds(f, 120));
    const hundred = bulgaria.claims.find((c) => c.number === 100);
    expect((await jsonRequest(app, 'PUT', `/api/claims/${hundred?.id}/mark`, { mark: 'verified' })).status).toBe(200);
    const marked = await detail((f) => f.id === bulgaria.id);
    expect(marked.suggestion).toMatchObject({ value: 100, basis: 'reviewer-marks' });
    expect((await jsonRequest(app, 'PUT', `/api/claims/${hundred?.id}/mark`, { mark: null })).status).toBe(200);
  });

  it('recomputes, once, the facts a previous version stored without values as written', async () => {
    await db.query(`UPDATE facts SET data = data - 'reported' WHERE story_id = $1`, [storyId]);
    expect((await facts()).every((f) => f.reported.length === 0)).toBe(true);
    expect(await refreshStaleFacts(db)).toBe(1);
    expect((await facts()).find((f) => holds(f, 39000))?.reported.map((r) => r.text)).toContain('about 39,000 personnel');
    expect(await refreshStaleFacts(db)).toBe(0);
  });
});
