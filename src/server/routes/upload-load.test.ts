import type { AddressInfo } from 'node:net';

import { serve, type ServerType } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { factListSchema, storySchema, type LiveEvent } from '../../contract/api';
import { createApp } from '../app';
import { createWorkerAnalyzer } from '../services/worker-analyzer';
import type { Db } from '../storage/db';
import { openEvents, within } from '../test-events';
import { ARTICLE_A, ARTICLE_B, openTestDb } from '../test-support';

/**
 * Fifty files of about 40 KB, each with twenty figures the engine reads among plain prose, encoded before
 * the clock starts: the test's own client shares the server's event loop and must not stand in its way.
 */
async function fiftyFiles(): Promise<{ body: ArrayBuffer; headers: Record<string, string> }> {
  const form = new FormData();
  for (let i = 0; i < 50; i++) {
    const prose = 'The contingent rotated in good order, and officials praised the work of the soldiers on the ground. '.repeat(20);
    const body = Array.from({ length: 20 }, (_, j) => `${prose}Poland sent ${200 + i + j} soldiers to the mission in rotation ${i}.`).join('\n\n');
    form.append('files', new File([`---\ntitle: Rotation ${i}\noutlet: Outlet ${i % 5}\npublished: 2024-04-0${1 + (i % 9)}\n---\n${body}\n`], `rotation-${i}.md`));
  }
  const encoded = new Response(form);
  return { body: await encoded.arrayBuffer(), headers: { 'Content-Type': encoded.headers.get('content-type') as string } };
}

/**
 * The embedded database and the worker threads `npm start` uses, over real HTTP: a large upload is
 * analysed off the event loop and written in a short transaction, so other reviewers are still answered.
 */
describe('a large upload, with other reviewers reading', () => {
  let db: Db;
  let server: ServerType;
  let base: string;
  const analyzer = createWorkerAnalyzer(1);
  beforeAll(async () => {
    db = await openTestDb('pglite');
    const app = createApp({ db, analyzer });
    server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
    await new Promise((r) => server.once('listening', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    await analyzer.analyze([{ kind: 'article', article: { file: 'warm.txt', ...ARTICLE_A } }]);
  });
  afterAll(async () => {
    await new Promise((r) => server.close(r));
    await analyzer.close();
    await db.close();
  });

  async function newStory(title: string) {
    const story = storySchema.parse(await (await fetch(`${base}/api/stories`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ title }) })).json());
    const res = await fetch(`${base}/api/stories/${story.id}/articles`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ articles: [ARTICLE_A, ARTICLE_B] }) });
    expect(res.status).toBe(201);
    return story.id;
  }

  it('answers fact-list requests within 100 ms while 50 files are uploaded and analysed', async () => {
    const busy = await newStory('Being uploaded to');
    const other = await newStory('Read meanwhile');
    const paths = [`/api/stories/${busy}/facts`, `/api/stories/${other}/facts`];
    for (const p of paths) expect((await fetch(`${base}${p}`)).status).toBe(200);
    const files = await fiftyFiles();
    let uploading = true;
    const upload = fetch(`${base}/api/stories/${busy}/articles`, { method: 'POST', ...files }).finally(() => (uploading = false));
    const during: number[] = [];
    for (let i = 0; uploading; i++) {
      const started = performance.now();
      const res = await fetch(`${base}${paths[i % 2]}`);
      await res.arrayBuffer();
      const ms = performance.now() - started;
      expect(res.status).toBe(200);
      if (uploading) during.push(ms);
      await new Promise((r) => setTimeout(r, 10));
    }
    expect((await upload).status).toBe(201);
    // Enough reads fell inside the upload for the bound to mean something.
    expect(during.length).toBeGreaterThanOrEqual(10);
    expect(Math.max(...during), `reads during the upload (ms): ${during.map((ms) => ms.toFixed(0)).join(', ')}`).toBeLessThan(100);
    const after = factListSchema.parse(await (await fetch(`${base}${paths[0]}`)).json());
    expect(after.facts.reduce((n, f) => n + f.claimCount, 0)).toBeGreaterThanOrEqual(1_000);
  });

  it('tells the dashboard how far the upload has got, file by file, then grouping and saving', async () => {
    const storyId = await newStory('Progress');
    const events = await openEvents(await fetch(`${base}/api/events`));
    const seen: LiveEvent[] = [];
    try {
      const res = await fetch(`${base}/api/stories/${storyId}/articles?uploadId=upload-progress-1`, { method: 'POST', ...(await fiftyFiles()) });
      expect(res.status).toBe(201);
      for (;;) {
        const e = await within(10_000, events.next());
        if (e.type !== 'upload') break;
        seen.push(e);
      }
    } finally {
      await events.close();
    }
    const phases = seen.map((e) => (e.type === 'upload' ? e.phase : null));
    expect(seen.every((e) => e.type === 'upload' && e.uploadId === 'upload-progress-1' && e.storyId === storyId && e.total === 50)).toBe(true);
    expect([...new Set(phases)]).toEqual(['analysing', 'grouping', 'saving']);
    const done = seen.filter((e) => e.type === 'upload' && e.phase === 'analysing').map((e) => (e.type === 'upload' ? e.done : -1));
    expect(done[0]).toBe(0);
    expect(done.at(-1)).toBe(50);
    expect(done).toEqual([...done].sort((x, y) => x - y));
  });

  it('refuses an upload id that is not a plain name', async () => {
    const storyId = await newStory('Bad id');
    const res = await fetch(`${base}/api/stories/${storyId}/articles?uploadId=<script>`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(ARTICLE_A) });
    expect(res.status).toBe(400);
  });
});
