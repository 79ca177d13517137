import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { launchBrowser, removeDir, startServer, type RunningServer } from './harness';

const SHOTS = resolve(import.meta.dirname, '../docs/screenshots');
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let server: RunningServer;
let browser: Browser;
let page: Page;
/** A web page of the test's own, on loopback, for "add an article by URL". */
let pages: Server;
let pagesUrl = '';

const LOOPBACK_ARTICLE = `<!doctype html><html lang="en"><head><title>Page title</title>
  <meta property="og:title" content="Romania sends 250 troops to KFOR">
  <meta property="og:site_name" content="Loopback Gazette">
  <meta property="article:published_time" content="2024-06-03T08:00:00Z"></head>
  <body><nav>Home · World</nav><article><h1>Romania sends 250 troops to KFOR</h1>
  <p>Romania sent 250 troops to Kosovo on Monday to join the NATO-led KFOR mission, the defence ministry in Bucharest said in a statement.</p>
  <p>The unit will serve for six months in the north of the country, where it replaces a smaller contingent that went home in May after its rotation.</p>
  <p>Officials said the soldiers had trained for weeks and that the mission remains focused on freedom of movement for all communities.</p>
  </article></body></html>`;

async function seriousViolations(p: Page): Promise<string[]> {
  await p.addScriptTag({ content: axeSource });
  return p.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (n: Document) => Promise<{ violations: Array<{ id: string; impact: string; nodes: Array<{ target: string[] }> }> }> } }).axe;
    const r = await axe.run(document);
    return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} at ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
  });
}

/** The API as a user's browser sees it, for what the page does not show (a fact's assessment and review). */
async function api<T>(path: string): Promise<T> {
  return (await (await fetch(`${server.baseUrl}/api${path}`)).json()) as T;
}

async function openKfor(): Promise<void> {
  await page.goto(server.baseUrl);
  await page.getByRole('link', { name: 'KFOR troop figures' }).click();
  await page.getByRole('list', { name: 'Conflicts and changes over time' }).waitFor();
}

beforeAll(async () => {
  pages = createServer((req, res) => {
    res.writeHead(req.url === '/romania.html' ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
    res.end(req.url === '/romania.html' ? LOOPBACK_ARTICLE : 'not found');
  });
  await new Promise<void>((done) => pages.listen(0, '127.0.0.1', done));
  const address = pages.address();
  pagesUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  server = await startServer({ env: { ALLOW_PRIVATE_FETCH: '1' } });
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('dialog', (d) => {
    throw new Error(`a dialog opened: ${d.message()}`);
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  if (server) removeDir(server.dataDir);
  pages?.closeAllConnections();
  await new Promise((done) => pages?.close(done));
});

describe('the dashboard in a real browser', () => {
  it('lists the stories without an accessibility problem', async () => {
    await page.goto(server.baseUrl);
    await page.getByRole('link', { name: 'KFOR troop figures' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('shows the Bulgarian conflict, 100 and 120 soldiers with their outlets, on the story overview itself', async () => {
    await openKfor();
    const overviewUrl = page.url();
    const list = page.getByRole('list', { name: 'Conflicts and changes over time' });
    const line = list.getByRole('listitem').filter({ hasText: '100 soldiers' }).filter({ hasText: '120 soldiers' });
    await expect(line.count()).resolves.toBe(1);
    const text = await line.textContent();
    expect(text).toContain('100 soldiers (European Western Balkans, 21 Mar 2024)');
    expect(text).toContain('120 soldiers (outlet not given, Dec 2024)');
    expect(text).not.toContain('unknown');
    await expect(line.getByRole('link').first().getAttribute('href')).resolves.toMatch(/\/stories\/.+\/facts\/f-/);
    expect(page.url()).toBe(overviewUrl);
    // The chart draws a dot per reported value: recharts renders one symbol per point.
    await page.getByRole('img', { name: /one dot per claim, coloured by outlet/ }).locator('.recharts-scatter-symbol').first().waitFor();
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(SHOTS, 'story-overview.png'), fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('lists the facts as links showing values as written ("about 39,000"), never a derived interval', async () => {
    await openKfor();
    await page.getByRole('link', { name: 'Review facts' }).click();
    const list = page.getByRole('list', { name: 'Facts' });
    await list.waitFor();
    const strength = list.getByRole('link').filter({ hasText: 'about 39,000' });
    await expect(strength.count()).resolves.toBe(1);
    await expect(strength.getAttribute('href')).resolves.toMatch(/^\/stories\/.+\/facts\/f-[a-z0-9]+$/);
    const rows = await list.textContent();
    expect(rows).not.toMatch(/35,100|42,900|3,420|55,000/);
    await page.screenshot({ path: join(SHOTS, 'facts-list.png') });
    expect(await seriousViolations(page)).toEqual([]);
    // The keyboard still walks the list: Tab onto it, j to the next row, Enter opens that row's fact.
    await list.getByRole('link').first().focus();
    await page.keyboard.press('j');
    const second = await list.getByRole('link').nth(1).getAttribute('href');
    await expect(page.evaluate(() => document.activeElement?.getAttribute('href'))).resolves.toBe(second);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === second);
  });

  it('shows the Bulgarian soldiers fact with 100 and 120 side by side, their outlets, quotes and a suggested value', async () => {
    await openKfor();
    await page.getByRole('link', { name: 'Review facts' }).click();
    await page.getByRole('list', { name: 'Facts' }).getByRole('link').filter({ hasText: '100 soldiers' }).filter({ hasText: '120 soldiers' }).click();
    const ewb = page.getByRole('article', { name: /European Western Balkans: 100 soldiers/ });
    await ewb.waitFor();
    await expect(ewb.locator('mark', { hasText: '100' }).count()).resolves.toBe(1);
    await expect(ewb.textContent()).resolves.toContain('a military contingent of 100 soldiers');
    const other = page.getByRole('article', { name: /outlet not given: 120 soldiers/ });
    await expect(other.textContent()).resolves.toContain('Bulgaria is deploying 120 soldiers to Kosovo');
    const suggestion = page.getByRole('region', { name: /Suggested value/ });
    await expect(suggestion.textContent()).resolves.toContain('120 soldiers');
    await expect(page.getByLabel('Verified value').inputValue()).resolves.toBe('');
    await page.waitForTimeout(500);
    await page.screenshot({ path: join(SHOTS, 'fact-review.png'), fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('fits a tablet screen without sideways scrolling', async () => {
    await page.setViewportSize({ width: 768, height: 1024 });
    await page.waitForTimeout(300);
    await expect(page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).resolves.toBe(true);
    await page.screenshot({ path: join(SHOTS, 'fact-review-tablet.png') });
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('marks the fact verified with a reason and a note, and keeps it after a reload', async () => {
    await page.getByRole('radio', { name: /Verified/ }).check();
    await page.getByLabel('Why sources differ').selectOption('different-time');
    await page.getByLabel('Note').fill('Two rotations: 100 in March, 120 in December.');
    await page.getByLabel('Your name').fill('E2E reviewer');
    await page.getByRole('button', { name: 'Save review' }).click();
    await page.getByText(/Saved \(version 1\)/).first().waitFor();
    await page.reload();
    await page.getByRole('article', { name: /European Western Balkans: 100 soldiers/ }).waitFor();
    await expect(page.getByLabel('Note').inputValue()).resolves.toBe('Two rotations: 100 in March, 120 in December.');
    await expect(page.getByRole('radio', { name: /Verified/ }).isChecked()).resolves.toBe(true);
    await expect(page.getByRole('list', { name: 'History' }).textContent()).resolves.toContain('E2E reviewer');
  });

  it('"Save and next" (status set by its key) lands on the next open conflict', async () => {
    const here = page.url().split('/').pop() ?? '';
    await page.locator('h1').click();
    await page.keyboard.press('d');
    await expect(page.getByRole('radio', { name: /Disputed/ }).isChecked()).resolves.toBe(true);
    await page.getByRole('button', { name: 'Save and next' }).click();
    await page.waitForURL((url) => !url.pathname.endsWith(here));
    const next = page.url().split('/').pop() ?? '';
    const [left, arrived] = await Promise.all([
      api<{ review: { status: string } }>(`/facts/${here}`),
      api<{ assessment: string; review: { status: string }; label: string }>(`/facts/${next}`),
    ]);
    expect(left.review.status).toBe('disputed');
    expect(['conflict', 'changed-over-time']).toContain(arrived.assessment);
    expect(arrived.review.status).toBe('open');
    await page.getByRole('heading', { level: 1, name: arrived.label }).waitFor();
  });

  it('uploads an article and shows its figures', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tally-upload-'));
    const file = join(dir, 'quake.md');
    writeFileSync(file, '---\ntitle: "Quake toll rises"\noutlet: "Test Wire"\npublished: 2024-05-02\n---\nAt least 45 people died and up to 2,000 residents were evacuated, officials said.\n');
    await openKfor();
    await page.getByRole('link', { name: 'Add articles' }).click();
    await page.getByLabel('Files', { exact: true }).setInputFiles(file);
    await page.getByLabel('Outlet of quake.md').fill('Typed Wire');
    await page.getByLabel('Page address').fill(`${pagesUrl}/romania.html`);
    await page.screenshot({ path: join(SHOTS, 'add-articles.png') });
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: /Upload 1 file/ }).click();
    await page.getByText('Added “Quake toll rises” (2 figures).').waitFor();
    removeDir(dir);
    await page.getByRole('link', { name: '← Story overview' }).click();
    await page.getByRole('link', { name: 'Quake toll rises' }).click();
    await page.getByRole('article', { name: 'Article text' }).waitFor();
    await expect(page.getByText(/^Typed Wire · 2024-05-02/).count()).resolves.toBe(1);
    await expect(page.locator('.figure-link, mark').allTextContents()).resolves.toEqual(['45', '2,000']);
    await page.screenshot({ path: join(SHOTS, 'article.png') });
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('adds an article by URL from a page on loopback and shows its figures, outlet and date from the page', async () => {
    await openKfor();
    await page.getByRole('link', { name: 'Add articles' }).click();
    await page.getByLabel('Page address').fill(`${pagesUrl}/romania.html`);
    await page.getByRole('button', { name: 'Fetch and add' }).click();
    await page.getByText(/Added “Romania sends 250 troops to KFOR” \(Loopback Gazette\) with \d+ figures/).waitFor();
    await page.getByRole('form', { name: 'Add from a URL' }).getByRole('link', { name: 'See its figures' }).click();
    await page.getByRole('article', { name: 'Article text' }).waitFor();
    await expect(page.getByText(/^Loopback Gazette · 2024-06-03/).count()).resolves.toBe(1);
    await expect(page.locator('.figure-link, mark').allTextContents()).resolves.toContain('250');
    await expect(page.getByRole('article', { name: 'Article text' }).textContent()).resolves.not.toContain('Home · World');
    await page.getByLabel('Page address').count();
    await page.goto(`${server.baseUrl}${new URL(page.url()).pathname.replace(/\/articles\/.+$/, '/add')}`);
    await page.getByLabel('Page address').fill(`${pagesUrl}/missing.html`);
    await page.getByRole('button', { name: 'Fetch and add' }).click();
    await page.getByText(new RegExp(`could not fetch ${pagesUrl}/missing.html: the site answered HTTP 404`)).waitFor();
  });

  it('shows an article with <script> and <img onerror> as text and runs nothing', async () => {
    await openKfor();
    await page.getByRole('link', { name: 'Add articles' }).click();
    await page.getByLabel('Title').fill('Hostile <img src=x onerror="window.__pwned=1">');
    await page.getByLabel('Outlet', { exact: true }).fill('Evil Daily');
    await page.getByLabel('Text').fill('Police said <script>window.__pwned=2</script> 300 <img src=x onerror="window.__pwned=3"> protesters gathered.');
    await page.getByRole('button', { name: 'Add article' }).click();
    await page.getByRole('form', { name: 'Paste an article' }).getByRole('link', { name: 'See its figures' }).click();
    const text = page.getByRole('article', { name: 'Article text' });
    await text.waitFor();
    await expect(text.textContent()).resolves.toContain('<script>window.__pwned=2</script>');
    await expect(page.locator('main img, main script').count()).resolves.toBe(0);
    await expect(page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).resolves.toBeUndefined();
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain('<img src=x');
  });

  it('answers every unknown /api address and method with JSON, never the dashboard page', async () => {
    for (const [method, path, status] of [['GET', '/api/nothing-here', 404], ['DELETE', '/api/nothing-here', 404], ['DELETE', '/api/facts/x', 405]] as const) {
      const res = await fetch(`${server.baseUrl}${path}`, { method });
      expect(res.status, `${method} ${path}`).toBe(status);
      expect(res.headers.get('content-type')).toContain('application/json');
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe(status === 404 ? 'not_found' : 'method_not_allowed');
    }
  });

  it('deletes a story after a confirmation; it is gone after a reload', async () => {
    await page.goto(server.baseUrl);
    await page.getByLabel('New story title').fill('Story to delete');
    await page.getByRole('button', { name: 'Create story' }).click();
    await page.getByRole('heading', { name: 'Add articles' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('link', { name: '← Story overview' }).click();
    await page.getByRole('heading', { level: 1, name: 'Story to delete' }).waitFor();
    await page.getByRole('button', { name: 'Delete story…' }).click();
    const confirm = page.getByRole('group', { name: /Delete “Story to delete”\?/ });
    await expect(confirm.textContent()).resolves.toContain('cannot be undone');
    expect(await seriousViolations(page)).toEqual([]);
    await confirm.getByRole('button', { name: 'Delete for good' }).click();
    await page.getByText('Deleted “Story to delete”.').waitFor();
    await page.reload();
    await page.getByRole('link', { name: 'KFOR troop figures' }).waitFor();
    await expect(page.getByRole('link', { name: 'Story to delete' }).count()).resolves.toBe(0);
    await page.getByText(/Changes to this list/).click();
    await expect(page.getByRole('list', { name: 'Changes to the list of stories' }).textContent()).resolves.toContain('“Story to delete” deleted');
  });
});
