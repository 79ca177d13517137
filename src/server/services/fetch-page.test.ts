import { lookup } from 'node:dns/promises';
import { createServer, type Server } from 'node:http';
import { hostname } from 'node:os';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { addArticlesResponseSchema, apiErrorSchema, articleDetailSchema, factListSchema, storyDetailSchema, storySchema } from '../../contract/api';
import { createApp } from '../app';
import type { Db } from '../storage/db';
import { openDatabase } from '../storage/open-database';
import { jsonRequest } from '../test-support';

import { isPrivateAddress } from './fetch-page';

const PARAGRAPHS = `
  <p>Bulgaria sent 150 soldiers to Kosovo on 2 May to join the NATO-led KFOR mission, the defence ministry in Sofia said in a statement on Thursday.</p>
  <p>The contingent will serve for six months in the east of the country, where it replaces a smaller unit that returned home in April after its rotation ended.</p>
  <p>Officials said the soldiers trained for several weeks before the deployment and that the mission remains focused on freedom of movement for all communities.</p>`;
const ARTICLE = `<!doctype html><html><head><title>Page title</title>
  <meta property="og:title" content="Bulgaria sends 150 soldiers to KFOR">
  <meta property="og:site_name" content="Loopback Times">
  <meta property="article:published_time" content="2024-05-03T09:00:00+02:00">
  </head><body><nav>Home · World · Sport</nav><article><h1>Bulgaria sends 150 soldiers to KFOR</h1>${PARAGRAPHS}
  <script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2"></article></body></html>`;
const BARE = `<!doctype html><html><head><title>No metadata here</title></head><body><article>${PARAGRAPHS}</article></body></html>`;

/** The test's own web server on loopback: one path per situation a fetch can meet. */
function pages(): Server {
  return createServer((req, res) => {
    const send = (status: number, type: string, body: string, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': type, ...headers });
      res.end(body);
    };
    switch (req.url) {
      case '/kfor.html': return send(200, 'text/html; charset=utf-8', ARTICLE);
      case '/bare.html': return send(200, 'text/html', BARE);
      case '/plain.txt': return send(200, 'text/plain; charset=utf-8', 'Flood update\nAbout 1,200 people were evacuated on Monday, the mayor said.\n');
      case '/moved': return send(302, 'text/plain', '', { location: '/kfor.html' });
      case '/loop': return send(302, 'text/plain', '', { location: '/loop' });
      case '/missing': return send(404, 'text/html', '<h1>Not found</h1>');
      case '/report.pdf': return send(200, 'application/pdf', '%PDF-1.4');
      case '/empty.html': return send(200, 'text/html', '<html><body></body></html>');
      case '/big.html': return send(200, 'text/html', `<html><body><p>${'x'.repeat(50_000)}</p></body></html>`);
      case '/slow': return undefined; // never answers
      default: return send(404, 'text/plain', 'no such page');
    }
  });
}

let db: Db;
let server: Server;
let base = '';
let app: ReturnType<typeof createApp>;
let storyId = '';

beforeAll(async () => {
  server = pages();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  db = await openDatabase({ kind: 'memory' });
  app = createApp({ db, fetch: { allowPrivate: true, timeoutMs: 500, maxBytes: 20_000 } });
  storyId = storySchema.parse(await (await jsonRequest(app, 'POST', '/api/stories', { title: 'By URL' })).json()).id;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await db.close();
});

const addUrl = (url: string, on = app, story = storyId) => jsonRequest(on, 'POST', `/api/stories/${story}/articles`, { url });

describe('adding an article by URL', () => {
  it('fetches the page and reads text, title, outlet and date from its metadata, leaving its markup behind', async () => {
    const res = await addUrl(`${base}/kfor.html`);
    expect(res.status).toBe(201);
    const [article] = addArticlesResponseSchema.parse(await res.json()).articles;
    expect(article).toMatchObject({ title: 'Bulgaria sends 150 soldiers to KFOR', outlet: 'Loopback Times', published: '2024-05-03', url: `${base}/kfor.html` });
    const detail = articleDetailSchema.parse(await (await app.request(`/api/articles/${article?.id}`)).json());
    expect(detail.text).toContain('Bulgaria sent 150 soldiers to Kosovo on 2 May');
    expect(detail.text).not.toMatch(/__pwned|<script|<img|Home · World/);
    expect(detail.claims.map((c) => c.number)).toContain(150);
    const facts = factListSchema.parse(await (await app.request(`/api/stories/${storyId}/facts`)).json());
    expect(facts.facts.flatMap((f) => f.reported).find((r) => r.number === 150)).toMatchObject({ text: '150 soldiers', outlet: 'Loopback Times' });
  });

  it('follows a redirect and refuses the same page twice', async () => {
    const res = await addUrl(`${base}/moved`);
    expect(res.status).toBe(409);
    expect(apiErrorSchema.parse(await res.json()).error.message).toContain('already in the story');
  });

  it('names the host as the outlet when the page names none, and reads plain text', async () => {
    const bare = addArticlesResponseSchema.parse(await (await addUrl(`${base}/bare.html`)).json()).articles[0];
    expect(bare).toMatchObject({ title: 'No metadata here', outlet: '127.0.0.1', published: null });
    const plain = addArticlesResponseSchema.parse(await (await addUrl(`${base}/plain.txt`)).json()).articles[0];
    expect(plain).toMatchObject({ title: 'Flood update', outlet: '127.0.0.1', url: `${base}/plain.txt` });
  });

  it.each([
    ['a page that is not there', '/missing', 502, 'HTTP 404'],
    ['a page that never answers', '/slow', 502, 'no answer within 0.5 s'],
    ['a redirect loop', '/loop', 502, 'redirects'],
    ['a PDF', '/report.pdf', 415, 'application/pdf'],
    ['a page with no readable text', '/empty.html', 422, 'no readable text'],
    ['a page over the size limit', '/big.html', 413, 'larger than'],
  ])('refuses %s with %i, naming the URL and the cause', async (_name, path, status, cause) => {
    const before = storyDetailSchema.parse(await (await app.request(`/api/stories/${storyId}`)).json()).articleCount;
    const res = await addUrl(`${base}${path}`);
    expect(res.status).toBe(status);
    const message = apiErrorSchema.parse(await res.json()).error.message;
    expect(message).toContain(`${base}${path}`);
    expect(message).toContain(cause);
    expect(storyDetailSchema.parse(await (await app.request(`/api/stories/${storyId}`)).json()).articleCount).toBe(before);
  });

  it('answers 502 when nothing listens at the address', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const address = closed.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    await new Promise((resolve) => closed.close(resolve));
    const res = await addUrl(`http://127.0.0.1:${port}/gone`);
    expect(res.status).toBe(502);
    expect(apiErrorSchema.parse(await res.json()).error.message).toContain('refused');
  });

  it.each([
    ['ftp://example.org/a.html', 'http or https'],
    ['javascript:alert(1)', 'http or https'],
    ['not a url', 'http or https'],
  ])('refuses %s with 400', async (url, words) => {
    const res = await addUrl(url);
    expect(res.status).toBe(400);
    expect(apiErrorSchema.parse(await res.json()).error.message).toContain(words);
  });

  it('answers 404 for a story that does not exist, without fetching', async () => {
    const res = await addUrl(`${base}/kfor.html`, app, 'st-nope');
    expect(res.status).toBe(404);
  });
});

describe('without ALLOW_PRIVATE_FETCH', () => {
  it.each([
    ['a loopback address', () => `${base}/kfor.html`],
    ['IPv6 loopback', () => 'http://[::1]/x'],
    ['localhost', () => 'http://localhost/x'],
    ['a private network', () => 'http://10.1.2.3/x'],
    ['loopback written in hex', () => 'http://0x7f000001/x'],
    ['cloud metadata', () => 'http://169.254.169.254/latest/meta-data'],
  ])('refuses %s with 400 and never connects', async (_name, url) => {
    const strict = createApp({ db });
    const res = await addUrl(url(), strict);
    expect(res.status).toBe(400);
    expect(apiErrorSchema.parse(await res.json()).error.message).toMatch(/private or loopback address/);
  });

  it('refuses a host name that resolves to a private address (checked on the address connected to)', async () => {
    const name = hostname();
    const { address } = await lookup(name);
    if (!isPrivateAddress(address)) return; // this machine's name is public: nothing to show here
    const strict = createApp({ db });
    const res = await addUrl(`http://${name}:9/x`, strict);
    expect(res.status).toBe(400);
    expect(apiErrorSchema.parse(await res.json()).error.message).toContain(`resolves to ${address}`);
  });

  it.each([
    ['127.0.0.1', true], ['10.0.0.5', true], ['172.20.1.1', true], ['192.168.1.1', true], ['169.254.169.254', true], ['::1', true],
    ['fd12::1', true], ['fe80::1', true], ['::ffff:127.0.0.1', true], ['0.0.0.0', true], ['93.184.215.14', false], ['2606:4700::1111', false],
  ])('isPrivateAddress(%s) is %s', (address, expected) => {
    expect(isPrivateAddress(address)).toBe(expected);
  });
});
