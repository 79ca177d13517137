import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../..');

interface Mention { context: string; surface: string; value: number }

// A story of one article, in our own words, with a gold annotation of the given figures (all one fact).
function writeStory(parent: string, name: string, body: string, mentions: Mention[]): string {
  const dir = join(parent, name);
  mkdirSync(join(dir, 'articles'), { recursive: true });
  writeFileSync(join(dir, 'articles', `${name}-01.md`), `---\ntitle: ${name}\noutlet: Test Wire\npublished: 2024-01-16\n---\n${body}\n`);
  const gold = {
    facts: [{ id: `${name}-fact`, label: name, expected: 'consistent' }],
    mentions: mentions.map((m) => ({ file: `${name}-01.md`, ...m, qualifier: 'exact', asOf: '2024-01-15', fact: `${name}-fact` })),
  };
  writeFileSync(join(dir, 'gold.json'), JSON.stringify(gold));
  return dir;
}

// Two stories: every figure of "alpha" can be found; "beta" annotates a word no engine counts, so it finds 1 of 2.
function writeCorpus(): string {
  const dir = mkdtempSync(join(tmpdir(), 'tally-eval-cli-'));
  writeStory(dir, 'alpha', 'The army sent 300 soldiers to the border on Monday.', [{ context: 'sent 300 soldiers', surface: '300', value: 300 }]);
  writeStory(dir, 'beta', 'Rescuers pulled 40 people from the river. Officials spoke of many boats lost.', [
    { context: 'pulled 40 people', surface: '40', value: 40 },
    { context: 'spoke of many boats', surface: 'many', value: 10 },
  ]);
  mkdirSync(join(dir, 'notes'));
  return dir;
}

// node --import tsx rather than npx: the same loader without npx's start-up, as these tests run it a dozen times.
const run = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', join(root, 'src/cli/eval.ts'), ...args], { encoding: 'utf8', cwd: root });
const row = (stdout: string, name: string) => stdout.split('\n').find((l) => l.startsWith(`${name} `))?.trim().split(/\s+/);

describe('npm run eval', { timeout: 30_000 }, () => {
  const corpus = writeCorpus();

  it('prints one row per story and a pooled total', () => {
    const r = run(corpus);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/story\s+articles\s+mentions\s+found\s+values\s+groupP\s+groupR\s+asOf\s+leaks\s+assessments\s+seconds/);
    expect(row(r.stdout, 'alpha')?.slice(0, 4)).toEqual(['alpha', '1', '1', '1.00']);
    expect(row(r.stdout, 'beta')?.slice(0, 4)).toEqual(['beta', '1', '2', '0.50']);
    // Pooled over counts: 2 found of 3 mentions, not the mean of 1.00 and 0.50.
    expect(row(r.stdout, 'total')?.slice(0, 4)).toEqual(['total', '2', '3', '0.67']);
    expect(r.stdout).not.toContain('notes');
  });

  it('holds plain --require terms to the total and min: terms to every story', () => {
    expect(run(corpus, '--require', 'found>=0.6').status).toBe(0);
    const pooled = run(corpus, '--require', 'found>=0.7');
    expect(pooled.status).toBe(1);
    expect(pooled.stdout).toContain('falls short: total: found=0.67 (needs found>=0.7)');
    const each = run(corpus, '--require', 'found>=0.6,min:found>=0.6');
    expect(each.status).toBe(1);
    expect(each.stdout).toContain('falls short: beta: found=0.50 (needs min:found>=0.6)');
  });

  it('lists what was missed with --verbose and writes the numbers with --json', () => {
    const out = join(corpus, 'eval.json');
    const r = run(corpus, '--verbose', '--json', out);
    expect(r.stdout).toContain('beta:\n  missed   beta-01.md: "spoke of many boats" (no claim covers the figure)');
    const report = JSON.parse(readFileSync(out, 'utf8')) as { stories: Array<{ name: string }>; total: { counts: { mentions: number; found: number } } };
    expect(report.stories.map((s) => s.name)).toEqual(['alpha', 'beta']);
    expect(report.total.counts).toMatchObject({ mentions: 3, found: 2 });
  });

  it('evaluates a folder that is itself one story', () => {
    const r = run(join(corpus, 'alpha'));
    expect(r.status, r.stderr).toBe(0);
    expect(row(r.stdout, 'alpha')).toBeDefined();
    expect(row(r.stdout, 'beta')).toBeUndefined();
  });

  it('reads the numbers of an external scorer given with --scorer', () => {
    const scorer = join(corpus, 'fake-score.mjs');
    const lines = ['mentions found       4/5', 'values right         4/4', 'as-of dates right    3/4', 'grouping precision   1.00  (2/2 pairs)',
      'grouping recall      0.50  (2/4 pairs)', 'distractors leaked   0/1', 'assessments right    1/1',
      'score: found=0.80 values=1.00 groupP=1.00 groupR=0.50 asOf=0.75 leaks=0 status=1.00'];
    writeFileSync(scorer, `if (!process.argv.includes('--analysis')) process.exit(2);\nconsole.log(${JSON.stringify(lines.join('\n'))});\n`);
    const r = run(corpus, '--scorer', scorer);
    expect(r.status, r.stderr).toBe(0);
    expect(row(r.stdout, 'alpha')?.slice(2, 9)).toEqual(['5', '0.80', '1.00', '1.00', '0.50', '0.75', '0/1']);
    expect(row(r.stdout, 'total')?.slice(2, 4)).toEqual(['10', '0.80']);
  });

  it.each([
    ['a folder that does not exist', ['/no/such/corpus'], '/no/such/corpus: no such folder'],
    ['a folder without stories', [mkdtempSync(join(tmpdir(), 'tally-empty-'))], 'no story in it'],
    ['a bad --require term', ['--require', 'recall>=0.9'], 'bad term "recall>=0.9"'],
    ['an unknown option', ['--fast'], 'unknown option --fast'],
    ['a missing --scorer', ['--scorer', '/no/such/score.mjs'], '/no/such/score.mjs: no such file'],
  ])('exits 2 on %s, saying what is wrong', (_name, args, message) => {
    const r = run(...(args[0]?.startsWith('--') ? [corpus, ...args] : args));
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(message);
  });
});
