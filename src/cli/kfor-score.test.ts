import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import { describe, expect, it } from 'vitest';

import { analyze } from '../engine';
import { formatScoreDetails } from '../eval/format-score';
import { readCorpus } from '../eval/read-corpus';
import { scoreAnalysis } from '../eval/score-analysis';
import { readArticles } from '../ingest/read-articles';

const root = resolve(__dirname, '../..');

describe('quality on the KFOR story', () => {
  it('meets the gold annotation: every figure found, grouped and assessed, no distractor leaked', () => {
    // Scored in-process against fixtures/gold.json, so this gate needs nothing outside the repository.
    const corpus = readCorpus(join(root, 'fixtures'));
    if (!corpus.ok) throw new Error(corpus.message);
    const { articles, errors } = readArticles([join(root, 'fixtures/articles')]);
    expect(errors).toEqual([]);
    const { metrics, details } = scoreAnalysis(corpus.gold, analyze(articles));
    const why = formatScoreDetails(details).join('\n');
    expect(metrics.found, why).toBeGreaterThanOrEqual(0.95);
    expect(metrics.values, why).toBeGreaterThanOrEqual(0.95);
    expect(metrics.groupP, why).toBeGreaterThanOrEqual(0.9);
    expect(metrics.groupR, why).toBeGreaterThanOrEqual(0.9);
    expect(metrics.status, why).toBe(1);
    expect(metrics.leaks, why).toBe(0);
  });
});

describe('npm run analyze', () => {
  it('writes the analysis, summarises on stderr, and names a bad file while analysing the others', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tally-cli-'));
    writeFileSync(join(dir, 'good.md'), '---\ntitle: Good\noutlet: A\npublished: 2024-01\n---\nThe army sent 300 soldiers.\n');
    writeFileSync(join(dir, 'bad.md'), '---\ntitle: Bad\npublished: 2024-99\n---\nText.\n');
    const out = join(dir, 'out.json');
    const run = spawnSync('npx', ['tsx', join(root, 'src/cli/analyze.ts'), dir, '--out', out], { encoding: 'utf8', cwd: root });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('bad.md: published "2024-99"');
    expect(run.stderr).toMatch(/analyzed 1 articles: 1 claims/);
    const analysis = JSON.parse(readFileSync(out, 'utf8')) as { sources: Array<{ file: string }>; claims: unknown[] };
    expect(analysis.sources.map((s) => s.file)).toEqual(['good.md']);
    expect(analysis.claims).toHaveLength(1);
  });

  it('fails with a usage message when no article is named', () => {
    let status = 0;
    let stderr = '';
    try {
      execFileSync('npx', ['tsx', join(root, 'src/cli/analyze.ts')], { encoding: 'utf8', cwd: root, stdio: 'pipe' });
    } catch (e) {
      status = (e as { status: number }).status;
      stderr = String((e as { stderr: string }).stderr);
    }
    expect(status).toBe(2);
    expect(stderr).toContain('name at least one article file or folder');
  });
});

describe('stable ids', () => {
  it('keeps claim ids when another article is added to the story', () => {
    const { articles } = readArticles([join(root, 'fixtures/articles')]);
    const fewer = analyze(articles.slice(0, 3));
    const all = analyze(articles);
    const ids = new Set(all.claims.map((c) => c.id));
    expect(fewer.claims.length).toBeGreaterThan(0);
    for (const c of fewer.claims) expect(ids.has(c.id)).toBe(true);
  });
});
