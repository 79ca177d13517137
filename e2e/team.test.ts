/**
 * Team mode in Chromium: `npm start` with AUTH=on on users made by `npm run users`, three people in three
 * browser contexts (two reviewers and a viewer), live updates between their open pages.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, mkdtempSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { launchBrowser, removeDir, startServer, type RunningServer } from './harness';

const root = resolve(import.meta.dirname, '..');
const SHOTS = join(root, 'docs/screenshots');
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const PASSWORD = 'a desk of reviewers 2026';

let server: RunningServer;
let browser: Browser;
const contexts: BrowserContext[] = [];
/** Another site on loopback, for the cross-origin check. */
let elsewhere: Server;
let elsewhereUrl = '';

async function seriousViolations(p: Page): Promise<string[]> {
  await p.addScriptTag({ content: axeSource });
  return p.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (n: Document) => Promise<{ violations: Array<{ id: string; impact: string }> }> } }).axe;
    return (await axe.run(document)).violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
  });
}

/** `npm run users -- add NAME --role ROLE --password-stdin`, as the README tells an admin to do. */
function addUser(dataDir: string, name: string, role: string): void {
  const run = spawnSync('npm', ['run', '--silent', 'users', '--', 'add', name, '--role', role, '--password-stdin'], {
    cwd: root, input: `${PASSWORD}\n`, encoding: 'utf8', env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '' }, timeout: 120_000,
  });
  expect(run.status, run.stderr).toBe(0);
}

async function signedIn(name: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  contexts.push(context);
  const page = await context.newPage();
  await page.goto(server.baseUrl);
  await page.getByLabel('User name').fill(name);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('link', { name: 'KFOR troop figures' }).waitFor();
  return page;
}

/** The KFOR fact holding the claims 100 and 120 soldiers, found by its figures through the facts list. */
async function openBulgarianFact(page: Page): Promise<void> {
  // The page's live stream is subscribed once /api/events has answered.
  const live = page.waitForResponse((r) => r.url().endsWith('/api/events') && r.status() === 200);
  await page.goto(server.baseUrl);
  await live;
  await page.getByRole('link', { name: 'KFOR troop figures' }).click();
  await page.getByRole('link', { name: 'Review facts' }).click();
  await page.getByRole('list', { name: 'Facts' }).getByRole('link').filter({ hasText: '100 soldiers' }).filter({ hasText: '120 soldiers' }).click();
  await page.getByRole('article', { name: /European Western Balkans: 100 soldiers/ }).waitFor();
}

const savedReview = (page: Page) => page.waitForResponse((r) => r.url().includes('/review') && r.request().method() === 'PUT');

beforeAll(async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'tally-team-'));
  for (const [name, role] of [['ada', 'admin'], ['ana', 'reviewer'], ['bo', 'reviewer'], ['vic', 'viewer']]) addUser(dataDir, name as string, role as string);
  server = await startServer({ dataDir, env: { AUTH: 'on' } });
  browser = await launchBrowser();
  elsewhere = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end('<!doctype html><title>Another site</title><p>elsewhere</p>');
  });
  await new Promise<void>((done) => elsewhere.listen(0, '127.0.0.1', done));
  const address = elsewhere.address();
  elsewhereUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});

afterAll(async () => {
  for (const c of contexts) await c.close();
  await browser?.close();
  await server?.stop();
  if (server) removeDir(server.dataDir);
  elsewhere?.closeAllConnections();
  await new Promise((done) => elsewhere?.close(done));
});

describe('team mode in a real browser', () => {
  it('asks for a sign-in first, and the API answers 401 without one', async () => {
    const context = await browser.newContext();
    contexts.push(context);
    const page = await context.newPage();
    await page.goto(server.baseUrl);
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await expect(page.getByRole('link', { name: 'KFOR troop figures' }).count()).resolves.toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SHOTS, 'sign-in.png') });
    const res = await fetch(`${server.baseUrl}/api/stories`);
    expect(res.status).toBe(401);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('unauthorized');
  });

  it("two reviewers on the same fact: one verifies, the other's open page shows it within a second", async () => {
    const [ana, bo] = [await signedIn('ana'), await signedIn('bo')];
    await Promise.all([openBulgarianFact(ana), openBulgarianFact(bo)]);
    await expect(bo.getByRole('navigation', { name: 'Account' }).textContent()).resolves.toContain('Signed in as bo');
    await expect(bo.getByLabel('Your name').count()).resolves.toBe(0);
    await expect(bo.getByRole('radio', { name: /Verified/ }).isChecked()).resolves.toBe(false);

    await ana.getByRole('radio', { name: /Verified/ }).check();
    await ana.getByLabel('Note').fill('Two rotations: 100 in March, 120 in December.');
    const saved = savedReview(ana);
    await ana.getByRole('button', { name: 'Save review' }).click();
    expect((await saved).status()).toBe(200);
    // Within a second of Ana's save, without a reload, Bo's page shows her review and her name.
    await bo.waitForFunction(() => (document.querySelector('input[type=radio][value=verified]') as HTMLInputElement | null)?.checked === true, null, { timeout: 1000 });
    await bo.getByText(/^Version \d+, saved by ana/).waitFor({ timeout: 1000 });
    await expect(bo.getByLabel('Note').inputValue()).resolves.toBe('Two rotations: 100 in March, 120 in December.');
    await expect(bo.getByRole('list', { name: 'History' }).textContent()).resolves.toContain('review saved by ana');
    await bo.screenshot({ path: join(SHOTS, 'team-live-update.png'), fullPage: true });
  });

  it("keeps what a reviewer typed when the other saves over it, names who did, and lets them apply theirs again", async () => {
    const [ana, bo] = [contexts[1]?.pages()[0] as Page, contexts[2]?.pages()[0] as Page];
    await bo.getByLabel('Note').fill('Bo: the December figure is a second contingent.');
    await ana.getByRole('radio', { name: /Disputed/ }).check();
    const saved = savedReview(ana);
    await ana.getByRole('button', { name: 'Save review' }).click();
    expect((await saved).status()).toBe(200);
    const alert = bo.getByRole('alert').filter({ hasText: 'changed this fact while you were working' });
    await alert.waitFor({ timeout: 1000 });
    await expect(alert.textContent()).resolves.toContain('ana changed this fact');
    await expect(bo.getByLabel('Note').inputValue()).resolves.toBe('Bo: the December figure is a second contingent.');
    expect(await seriousViolations(bo)).toEqual([]);
    const again = savedReview(bo);
    await alert.getByRole('button', { name: 'Apply mine again' }).click();
    expect((await again).status()).toBe(200);
    // And back the other way: Ana's untouched page takes Bo's review.
    await ana.getByText(/^Version \d+, saved by bo/).waitFor({ timeout: 1000 });
    await expect(ana.getByLabel('Note').inputValue()).resolves.toBe('Bo: the December figure is a second contingent.');
  });

  it('shows a viewer the review but no review controls, and no way to add or delete', async () => {
    const vic = await signedIn('vic');
    await vic.getByRole('link', { name: 'KFOR troop figures' }).click();
    await vic.getByRole('list', { name: 'Conflicts and changes over time' }).waitFor();
    for (const name of ['Add articles', 'Rename', 'Delete story…']) await expect(vic.getByRole('link', { name }).or(vic.getByRole('button', { name })).count()).resolves.toBe(0);
    await openBulgarianFact(vic);
    await vic.getByRole('heading', { name: 'Review' }).waitFor();
    await expect(vic.getByText(/^Version \d+, saved by bo/).count()).resolves.toBe(1);
    await expect(vic.getByRole('radio').count()).resolves.toBe(0);
    await expect(vic.getByRole('button', { name: /Save/ }).count()).resolves.toBe(0);
    await expect(vic.getByRole('button', { name: 'Move…' }).count()).resolves.toBe(0);
    await expect(vic.getByRole('combobox', { name: /Mark claim/ }).count()).resolves.toBe(0);
    expect(await seriousViolations(vic)).toEqual([]);
    // The server holds the line too: the viewer's own browser is refused a review write.
    const status = await vic.evaluate(async (url) => (await fetch(url, { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: '{"status":"open","version":0}' })).status, `${server.baseUrl}/api/facts/x/review`);
    expect(status).toBe(403);
  });

  it('refuses a write that another site makes with the signed-in browser (same site, another origin)', async () => {
    const context = contexts[1] as BrowserContext;
    const page = await context.newPage();
    await page.goto(elsewhereUrl);
    // 127.0.0.1 on another port is the same site, so SameSite alone would let the cookie go along: the origin check answers 403.
    const answered = page.waitForResponse((r) => r.url() === `${server.baseUrl}/api/stories`);
    await page.evaluate(async (url) => {
      await fetch(url, { method: 'POST', mode: 'no-cors', credentials: 'include', headers: { 'Content-Type': 'text/plain' }, body: '{"title":"Forged from elsewhere"}' });
    }, `${server.baseUrl}/api/stories`);
    const response = await answered;
    expect(response.status()).toBe(403);
    const ana = context.pages()[0] as Page;
    const titles = await ana.evaluate(async () => ((await (await fetch('/api/stories')).json()) as { stories: Array<{ title: string }> }).stories.map((s) => s.title));
    expect(titles).toContain('KFOR troop figures');
    expect(titles).not.toContain('Forged from elsewhere');
    await page.close();
  });

  it('signs out and ends the session on the server: the old cookie no longer works', async () => {
    const bo = contexts[2]?.pages()[0] as Page;
    const cookie = (await (contexts[2] as BrowserContext).cookies()).find((c) => c.name === 'tally_session');
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe('Strict');
    await bo.getByRole('button', { name: 'Sign out' }).click();
    await bo.getByRole('heading', { name: 'Sign in' }).waitFor();
    const res = await fetch(`${server.baseUrl}/api/stories`, { headers: { Cookie: `tally_session=${cookie?.value}` } });
    expect(res.status).toBe(401);
  });
});
