import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';

import { reviewedKforInput } from '../testing/report-fixture';

import { renderReport } from './index';

describe('the HTML report printed to PDF by Chromium', () => {
  it('has the facts, the verdicts and the quotes in it', async () => {
    const input = reviewedKforInput();
    const html = renderReport('html', input).body;
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    try {
      const page = await browser.newPage();
      await page.setContent(html);
      const pdf = await page.pdf({ format: 'A4', printBackground: true });
      const dir = mkdtempSync(join(tmpdir(), 'tally-pdf-'));
      writeFileSync(join(dir, 'report.pdf'), pdf);
      const text = execFileSync('pdftotext', [join(dir, 'report.pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
      expect(text).toContain('Figures review: KFOR troop figures');
      expect(text).toContain(input.facts.find((f) => f.review.status === 'verified')?.label ?? '?');
      expect(text).toContain('Two rotations: 100 sent in March, 120 in December.');
      expect(text).toContain('European Western Balkans');
      expect(text).toContain(input.facts.find((f) => f.claims.some((c) => c.unit === 'country'))?.label ?? '?');
    } finally {
      await browser.close();
    }
  });
});
