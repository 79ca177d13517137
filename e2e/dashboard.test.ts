import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
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

async function seriousViolations(p: Page): Promise<string[]> {
  await p.addScriptTag({ content: axeSource });
  return p.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (n: Document) => Promise<{ violations: Array<{ id: string; impact: string; nodes: Array<{ target: string[] }> }> }> } }).axe;
    const r = await axe.run(document);
    return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} at ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
  });
}

beforeAll(async () => {
  server = await startServer();
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
});

describe('the dashboard in a real browser', () => {
  it('shows the Bulgarian soldiers fact with 100 and 120 side by side, their outlets and quotes', async () => {
    await page.goto(server.baseUrl);
    await page.getByRole('link', { name: 'KFOR troop figures' }).click();
    await page.getByRole('heading', { name: 'Where the conflicting figures sit' }).waitFor();
    await page.waitForTimeout(500);
    await page.screenshot({ path: join(SHOTS, 'story-overview.png'), fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('link', { name: 'Review facts' }).click();
    await page.getByRole('listbox', { name: 'Facts' }).waitFor();
    await page.screenshot({ path: join(SHOTS, 'facts-list.png') });
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByLabel('Search').fill('bulgaria');
    await page.getByRole('option', { name: /Bulgarian soldiers/ }).click();

    await page.getByRole('heading', { name: /Bulgarian soldiers/ }).waitFor();
    const ewb = page.getByRole('article', { name: /European Western Balkans: 100/ });
    await expect(ewb.locator('mark', { hasText: '100' }).count()).resolves.toBe(1);
    await expect(ewb.textContent()).resolves.toContain('a military contingent of 100 soldiers');
    const other = page.getByRole('article', { name: /unknown: 120/ });
    await expect(other.textContent()).resolves.toContain('Bulgaria is deploying 120 soldiers to Kosovo');
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
    await page.getByRole('radio', { name: 'Verified' }).check();
    await page.getByLabel('Why sources differ').selectOption('different-time');
    await page.getByLabel('Note').fill('Two rotations: 100 in March, 120 in December.');
    await page.getByLabel('Your name').fill('E2E reviewer');
    await page.getByRole('button', { name: 'Save review' }).click();
    await page.getByText(/Saved \(version 1\)/).first().waitFor();
    await page.reload();
    await page.getByRole('heading', { name: /Bulgarian soldiers/ }).waitFor();
    await expect(page.getByLabel('Note').inputValue()).resolves.toBe('Two rotations: 100 in March, 120 in December.');
    await expect(page.getByRole('radio', { name: 'Verified' }).isChecked()).resolves.toBe(true);
    await expect(page.getByRole('list', { name: 'History' }).textContent()).resolves.toContain('E2E reviewer');
  });

  it('uploads an article and shows its figures', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tally-upload-'));
    const file = join(dir, 'quake.md');
    writeFileSync(file, '---\ntitle: "Quake toll rises"\noutlet: "Test Wire"\npublished: 2024-05-02\n---\nAt least 45 people died and up to 2,000 residents were evacuated, officials said.\n');
    await page.goto(server.baseUrl);
    await page.getByRole('link', { name: 'KFOR troop figures' }).click();
    await page.getByRole('link', { name: 'Add articles' }).click();
    await page.getByLabel('Files', { exact: true }).setInputFiles(file);
    await page.getByLabel('Outlet of quake.md').fill('Typed Wire');
    await page.screenshot({ path: join(SHOTS, 'add-articles.png') });
    await page.getByRole('button', { name: /Upload 1 file/ }).click();
    await page.getByText('Added “Quake toll rises” (2 figures).').waitFor();
    removeDir(dir);
    await page.getByRole('link', { name: '← Story overview' }).click();
    await page.getByRole('link', { name: 'Quake toll rises' }).click();
    await page.getByRole('article', { name: 'Article text' }).waitFor();
    await expect(page.getByText(/^Typed Wire · 2024-05-02/).count()).resolves.toBe(1);
    await expect(page.locator('.figure-link, mark').allTextContents()).resolves.toEqual(['45', '2,000']);
    await page.screenshot({ path: join(SHOTS, 'article.png') });
  });

  it('shows an article with <script> and <img onerror> as text and runs nothing', async () => {
    await page.goto(server.baseUrl);
    await page.getByRole('link', { name: 'KFOR troop figures' }).click();
    await page.getByRole('link', { name: 'Add articles' }).click();
    await page.getByLabel('Title').fill('Hostile <img src=x onerror="window.__pwned=1">');
    await page.getByLabel('Outlet').fill('Evil Daily');
    await page.getByLabel('Text').fill('Police said <script>window.__pwned=2</script> 300 <img src=x onerror="window.__pwned=3"> protesters gathered.');
    await page.getByRole('button', { name: 'Add article' }).click();
    await page.getByRole('link', { name: 'See its figures' }).click();
    const text = page.getByRole('article', { name: 'Article text' });
    await text.waitFor();
    await expect(text.textContent()).resolves.toContain('<script>window.__pwned=2</script>');
    await expect(page.locator('main img, main script').count()).resolves.toBe(0);
    await expect(page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).resolves.toBeUndefined();
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain('<img src=x');
  });
});
