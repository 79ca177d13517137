/**
 * `npm run eval -- [FOLDER] [--require found>=0.9,min:groupP>=0.5] [--verbose] [--json out.json] [--scorer score.mjs]`:
 * analyses every story under FOLDER (default ../shared/corpus beside the repository) on its own, scores
 * each against its gold.json and prints one row per story and a pooled total. Exits 1 when a --require
 * threshold is not met, 2 on bad usage or input that cannot be read.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { evaluateStory, type StoryResult } from '../eval/evaluate-story';
import { findStories } from '../eval/find-stories';
import { findShortfalls, parseRequirements, type Requirement } from '../eval/requirements';
import { metricsFromCounts, sumCounts } from '../eval/score-counts';

import { formatEvalTable, type EvalRow } from './eval-table';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const USAGE = 'usage: npm run eval -- [FOLDER] [--require found>=0.9,min:groupP>=0.5,...] [--verbose] [--json out.json] [--scorer score.mjs]';

interface EvalArgs {
  folder: string;
  requirements: Requirement[];
  verbose: boolean;
  json: string | null;
  scorer: string | null;
}

type ParsedArgs = { ok: true; args: EvalArgs } | { ok: false; problem: string | null };

function parseArgs(argv: string[]): ParsedArgs {
  const args: EvalArgs = { folder: resolve(repoRoot, '../shared/corpus'), requirements: [], verbose: false, json: null, scorer: null };
  let folderGiven = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const value = (): string | null => argv[++i] ?? null;
    if (arg === '--verbose') args.verbose = true;
    else if (arg === '--help' || arg === '-h') return { ok: false, problem: null };
    else if (arg === '--require') {
      const parsed = parseRequirements(value() ?? '');
      if (!parsed.ok) return { ok: false, problem: `--require: ${parsed.message}` };
      args.requirements.push(...parsed.requirements);
    } else if (arg === '--json' || arg === '--scorer') {
      const path = value();
      if (!path) return { ok: false, problem: `${arg} needs a file name` };
      if (arg === '--json') args.json = resolve(path);
      else args.scorer = resolve(path);
    } else if (arg.startsWith('--')) return { ok: false, problem: `unknown option ${arg}` };
    else if (folderGiven) return { ok: false, problem: `one folder only (got ${args.folder} and ${arg})` };
    else {
      args.folder = resolve(arg);
      folderGiven = true;
    }
  }
  if (args.scorer && !existsSync(args.scorer)) return { ok: false, problem: `--scorer ${args.scorer}: no such file` };
  return { ok: true, args };
}

/** Bad input exits 2; the usage line follows only when the command line itself was wrong. */
function fail(problem: string, withUsage: boolean): number {
  process.stderr.write(`eval: ${problem}\n${withUsage ? `${USAGE}\n` : ''}`);
  return 2;
}

function totalRow(stories: readonly StoryResult[]): EvalRow {
  const counts = sumCounts(stories.map((s) => s.counts));
  return {
    name: 'total',
    articles: stories.reduce((n, s) => n + s.articles, 0),
    seconds: stories.reduce((n, s) => n + s.seconds, 0),
    counts,
    metrics: metricsFromCounts(counts),
  };
}

function main(argv: string[]): number {
  const parsed = parseArgs(argv);
  if (!parsed.ok) {
    if (parsed.problem) return fail(parsed.problem, true);
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const { folder, requirements, verbose, json, scorer } = parsed.args;
  const found = findStories(folder);
  if (!found.ok) return fail(found.message, false);

  const stories: StoryResult[] = [];
  for (const story of found.stories) {
    const evaluated = evaluateStory(story, { scorer, verbose });
    if (!evaluated.ok) return fail(`${story.name}: ${evaluated.message}`, false);
    stories.push(evaluated.result);
  }
  const total = totalRow(stories);

  const out: string[] = [`${stories.length} ${stories.length === 1 ? 'story' : 'stories'} in ${folder}, scored by ${scorer ?? 'the built-in scorer'}`];
  if (verbose) for (const s of stories) out.push('', `${s.name}:`, ...s.details);
  out.push('', formatEvalTable(stories, total));
  const shortfalls = findShortfalls(requirements, total, stories);
  if (requirements.length > 0) out.push('', shortfalls.length ? `falls short: ${shortfalls.join(', ')}` : `meets ${requirements.map((r) => r.text).join(',')}`);
  process.stdout.write(`${out.join('\n')}\n`);

  if (json) {
    const rows = stories.map(({ details: _details, ...row }) => row);
    const report = { folder, scorer: scorer ?? 'built-in', stories: rows, total, requirements: requirements.map((r) => r.text), shortfalls };
    try {
      writeFileSync(json, `${JSON.stringify(report, null, 2)}\n`);
    } catch (e) {
      return fail(`--json ${json}: ${e instanceof Error ? e.message : String(e)}`, false);
    }
  }
  return shortfalls.length > 0 ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
