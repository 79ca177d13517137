/**
 * `npm run analyze -- <files or folders> [--out analysis.json]`: the analysis as JSON (stdout without
 * --out) and a summary on stderr. Exits 1 when a file could not be read (the others are still analysed),
 * 2 on bad usage.
 */
import { writeFileSync } from 'node:fs';

import { analyze } from '../engine';
import { readArticles } from '../ingest/read-articles';

function main(argv: string[]): number {
  const paths: string[] = [];
  let out: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--out') {
      out = argv[++i] ?? null;
      if (!out) return usage('--out needs a file name');
    } else if (arg === '--help' || arg === '-h') return usage(null);
    else if (arg.startsWith('--')) return usage(`unknown option ${arg}`);
    else paths.push(arg);
  }
  if (paths.length === 0) return usage('name at least one article file or folder');
  const { articles, errors } = readArticles(paths);
  for (const e of errors) process.stderr.write(`error: ${e.message}\n`);
  const analysis = analyze(articles);
  const json = `${JSON.stringify(analysis, null, 2)}\n`;
  if (out) writeFileSync(out, json);
  else process.stdout.write(json);
  const conflicts = analysis.facts.filter((f) => f.assessment === 'conflict').length;
  const changed = analysis.facts.filter((f) => f.assessment === 'changed-over-time').length;
  process.stderr.write(
    `analyzed ${analysis.sources.length} articles: ${analysis.claims.length} claims, ${analysis.facts.length} facts, ` +
      `${conflicts} conflicts, ${changed} changed over time${errors.length ? `, ${errors.length} files failed` : ''}\n`,
  );
  return errors.length > 0 ? 1 : 0;
}

function usage(problem: string | null): number {
  if (problem) process.stderr.write(`analyze: ${problem}\n`);
  process.stderr.write('usage: npm run analyze -- <files or folders> [--out analysis.json]\n');
  return problem ? 2 : 0;
}

process.exitCode = main(process.argv.slice(2));
