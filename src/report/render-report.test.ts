import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';

import type { ReportFormat } from '../contract/api';
import { reviewedKforInput } from '../testing/report-fixture';

import { CSV_COLUMNS } from './render-csv';
import type { ReportInput } from './types';

import { renderReport } from './index';

const GOLDEN = resolve(import.meta.dirname, '../../fixtures/expected/report');
const FILES: Record<ReportFormat, string> = { md: 'report.md', html: 'report.html', csv: 'report.csv', json: 'report.json', claimreview: 'claimreview.json' };

describe('report golden files', () => {
  it.each(Object.entries(FILES) as Array<[ReportFormat, string]>)('%s matches %s', (format, file) => {
    const body = renderReport(format, reviewedKforInput()).body;
    const path = join(GOLDEN, file);
    // Golden files change only on purpose: UPDATE_GOLDEN=1 npx vitest run src/report, then read the diff.
    if (process.env.UPDATE_GOLDEN === '1' || !existsSync(path)) writeFileSync(path, body);
    expect(body).toBe(readFileSync(path, 'utf8'));
  });
});

describe('report content', () => {
  it('summarises and lists every fact, its review and its claims side by side', () => {
    const input = reviewedKforInput();
    const md = renderReport('md', input).body;
    const count = (a: string) => input.facts.filter((f) => f.assessment === a).length;
    const facts = input.facts.length;
    expect(md).toContain(`${facts} facts · ${count('conflict')} conflicts · ${count('changed-over-time')} changed over time · 1 verified · 1 disputed · 0 dismissed · ${facts - 2} still open`);
    const bulgaria = input.facts.find((f) => f.review.status === 'verified');
    expect(md).toContain(`## ${bulgaria?.label ?? '?'}`);
    expect(md).toContain('Review: **verified** (another date) · verified value 120');
    expect(md).toContain('Two rotations: 100 sent in March, 120 in December.');
    expect(md).toContain('| 100 soldiers | European Western Balkans | 2024-03 | 2024-03-21 |');
    expect(md).toMatch(/Made 2026-01-15T12:00:00.000Z by Tally \(engine .+\) from 5 articles; scope: whole story\./);
  });

  it('shows every value as the source wrote it, never the derived interval, and no outlet as "unknown"', () => {
    const input = reviewedKforInput();
    const md = renderReport('md', input).body;
    expect(md).toContain('| about 39,000 personnel | European Western Balkans |');
    expect(md).toContain('| more than 4,500 troops | outlet not given |');
    expect(md).not.toMatch(/35,100|42,900/);
    expect(md).not.toMatch(/\| unknown \||\(unknown,/);
    const html = renderReport('html', input).body;
    expect(html).toContain('<td class="value">about 39,000 personnel</td>');
    expect(html).toMatch(/<svg[^>]*aria-label="values as reported, one dot per claim"/);
  });

  it('writes a CSV that parses back to one row per claim', () => {
    const input = reviewedKforInput();
    const csv = renderReport('csv', input).body;
    expect(csv.split('\r\n')[0]).toBe(CSV_COLUMNS.map((c) => `"${c}"`).join(','));
    const parsed = Papa.parse<Record<string, string>>(csv.trim(), { header: true });
    expect(parsed.errors).toEqual([]);
    const claims = input.facts.flatMap((f) => f.claims.map((c) => ({ f, c })));
    expect(parsed.data).toHaveLength(claims.length);
    parsed.data.forEach((row, i) => {
      expect(row.claim_id).toBe(claims[i]?.c.id);
      expect(row.quote).toBe(claims[i]?.c.quote);
      expect(row.review_status).toBe(claims[i]?.f.review.status);
    });
  });

  it('gives every reviewed fact a ClaimReview with the fields schema.org and search engines require', () => {
    const reviews = JSON.parse(renderReport('claimreview', reviewedKforInput()).body) as Array<Record<string, unknown>>;
    expect(reviews).toHaveLength(2);
    for (const r of reviews) {
      expect(r['@context']).toBe('https://schema.org');
      expect(r['@type']).toBe('ClaimReview');
      expect(r.url).toMatch(/^https:\/\/tally\.example\/stories\/.+\/facts\/f-/);
      expect(typeof r.claimReviewed).toBe('string');
      expect(r.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(r.author).toMatchObject({ '@type': 'Person' });
      const rating = r.reviewRating as Record<string, unknown>;
      expect(rating).toMatchObject({ '@type': 'Rating', bestRating: 5, worstRating: 1 });
      expect(typeof rating.ratingValue).toBe('number');
      expect(typeof rating.alternateName).toBe('string');
      const item = r.itemReviewed as Record<string, unknown>;
      expect(item['@type']).toBe('Claim');
      expect((item.appearance as unknown[]).length).toBeGreaterThan(0);
      expect(item.firstAppearance).toMatchObject({ '@type': 'NewsArticle', headline: expect.any(String) });
    }
    const bulgaria = reviews.find((r) => String(r.claimReviewed).includes('100 soldiers'));
    expect(bulgaria?.claimReviewed).toContain('100 soldiers (European Western Balkans, 2024-03-21)');
    expect((bulgaria?.reviewRating as { alternateName: string }).alternateName).toBe('Verified: 120 — sources differ: another date');
  });
});

function hostileInput(): ReportInput {
  const input = reviewedKforInput();
  const fact = input.facts[0];
  const claim = fact?.claims[0];
  if (!fact || !claim) throw new Error('fixture has no fact');
  fact.label = '<script>alert("label")</script>';
  fact.review = { ...fact.review, status: 'verified', note: '=HYPERLINK("http://evil.example","click")', reviewer: '<img src=x onerror=alert(1)>' };
  claim.quote = 'He said <img src=x onerror=alert(2)> and **bold** [link](javascript:alert(3))';
  claim.article = { ...claim.article, outlet: '@SUM(A1)', url: 'javascript:alert(4)' };
  return input;
}

describe('hostile text comes out inert', () => {
  it('in HTML: escaped, no script, no event handler, no javascript: link', () => {
    const html = renderReport('html', hostileInput()).body;
    expect(html).not.toMatch(/<script|<img|onerror=alert\(2\)"|href="javascript:/i);
    expect(html).toContain('&lt;script&gt;alert(&quot;label&quot;)&lt;/script&gt;');
  });

  it('in Markdown: no raw HTML and no live Markdown link', () => {
    const md = renderReport('md', hostileInput()).body;
    expect(md).not.toMatch(/<script|<img|[^\\]\]\(javascript:/i);
    expect(md).toContain('\\[link\\](javascript:alert(3))');
    expect(md).toContain('&lt;img src=x onerror=alert(2)&gt;');
  });

  it('in CSV: formula cells neutralised', () => {
    const rows = Papa.parse<Record<string, string>>(renderReport('csv', hostileInput()).body.trim(), { header: true }).data;
    expect(rows[0]?.outlet).toBe("'@SUM(A1)");
    const hostile = Papa.parse<string[]>(renderReport('csv', hostileInput()).body.trim()).data.flat();
    expect(hostile.some((cell) => /^[=+\-@]/.test(cell))).toBe(false);
  });

  it('in JSON and ClaimReview: data, not markup to run', () => {
    const json = JSON.parse(renderReport('json', hostileInput()).body) as { facts: Array<{ label: string }> };
    expect(json.facts[0]?.label).toBe('<script>alert("label")</script>');
    const reviews = renderReport('claimreview', hostileInput()).body;
    expect(() => JSON.parse(reviews) as unknown).not.toThrow();
    expect(reviews).not.toContain('javascript:alert(4)');
  });
});
