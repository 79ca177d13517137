import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import { factDetailSchema, factListSchema, storyDetailSchema, storySchema } from '../contract/api';

import { createApp } from './app';
import { uploadFaults } from './services/add-articles';
import { openDatabase } from './storage/open-database';
import { ARTICLE_A, ARTICLE_B, jsonRequest } from './test-support';

const dirs: string[] = [];
afterEach(() => {
  uploadFaults.afterFirstArticle = null;
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('persistence', () => {
  it('keeps decisions across a server restart', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'tally-restart-'));
    dirs.push(dataDir);
    let db = await openDatabase({ kind: 'pglite', dataDir });
    let app = createApp({ db });
    const story = storySchema.parse(await (await jsonRequest(app, 'POST', '/api/stories', { title: 'Restart' })).json());
    await jsonRequest(app, 'POST', `/api/stories/${story.id}/articles`, { articles: [ARTICLE_A, ARTICLE_B] });
    const list = factListSchema.parse(await (await app.request(`/api/stories/${story.id}/facts?assessment=conflict`)).json());
    const factId = list.facts[0]?.id as string;
    expect((await jsonRequest(app, 'PUT', `/api/facts/${factId}/review`, { status: 'verified', note: 'kept?', reviewer: 'ana', version: 0 })).status).toBe(200);
    await db.close();

    db = await openDatabase({ kind: 'pglite', dataDir });
    app = createApp({ db });
    const detail = factDetailSchema.parse(await (await app.request(`/api/facts/${factId}`)).json());
    expect(detail.review).toMatchObject({ status: 'verified', note: 'kept?', reviewer: 'ana', version: 1 });
    await db.close();
  });

  it('leaves no half-added article when an upload fails in the middle', async () => {
    const db = await openDatabase({ kind: 'memory' });
    const app = createApp({ db });
    const story = storySchema.parse(await (await jsonRequest(app, 'POST', '/api/stories', { title: 'Crash' })).json());
    uploadFaults.afterFirstArticle = () => {
      throw new Error('simulated crash after the first article');
    };
    const res = await jsonRequest(app, 'POST', `/api/stories/${story.id}/articles`, { articles: [ARTICLE_A, ARTICLE_B] });
    expect(res.status).toBe(500);
    const after = storyDetailSchema.parse(await (await app.request(`/api/stories/${story.id}`)).json());
    expect(after.articles).toEqual([]);
    expect(after.factCount).toBe(0);
    const claims = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM claims');
    expect(claims[0]?.n).toBe(0);
    await db.close();
  });
});
