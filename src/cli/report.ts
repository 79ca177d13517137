/**
 * `npm run report -- <folder or files> --format md|html|csv|json|claimreview [--out FILE]`: a report of a
 * fresh analysis (no review yet). `npm run report -- --server URL --story ID --format md` fetches the
 * report of a story, with its reviews, from a running server.
 */
import { writeFileSync } from 'node:fs';

import { reportFormatSchema, type ReportFormat } from '../contract/api';
import { analyze } from '../engine';
import { readArticles } from '../ingest/read-articles';
import { analysisToReportInput, renderReport } from '../report';

interface Options { paths: string[]; format: ReportFormat; out: string | null; server: string | null; story: string | null; scope: string }

function parseArgs(argv: string[]): Options | string {
  const o: Options = { paths: [], format: 'md', out: null, server: null, story: null, scope: 'all' };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    const value = () => argv[++i] ?? '';
    if (a === '--format') {
      const f = reportFormatSchema.safeParse(value());
      if (!f.success) return `unknown format (use ${reportFormatSchema.options.join(', ')})`;
      o.format = f.data;
    } else if (a === '--out') o.out = value();
    else if (a === '--server') o.server = value();
    else if (a === '--story') o.story = value();
    else if (a === '--scope') o.scope = value();
    else if (a.startsWith('--')) return `unknown option ${a}`;
    else o.paths.push(a);
  }
  if (o.server ? !o.story : o.paths.length === 0) return o.server ? '--server needs --story ID' : 'name a folder or files of articles, or --server URL --story ID';
  return o;
}

async function main(argv: string[]): Promise<number> {
  const o = parseArgs(argv);
  if (typeof o === 'string') {
    process.stderr.write(`report: ${o}\nusage: npm run report -- <folder or files> --format md|html|csv|json|claimreview [--out FILE]\n       npm run report -- --server URL --story ID [--format md] [--scope all|verified]\n`);
    return 2;
  }
  let body: string;
  if (o.server) {
    const url = new URL(`/api/stories/${encodeURIComponent(o.story ?? '')}/report?format=${o.format}&scope=${encodeURIComponent(o.scope)}`, o.server);
    let res: Response;
    try {
      res = await fetch(url);
    } catch (e) {
      process.stderr.write(`report: cannot reach ${o.server} (${e instanceof Error ? e.message : String(e)})\n`);
      return 1;
    }
    body = await res.text();
    if (!res.ok) {
      process.stderr.write(`report: the server answered ${res.status}: ${body}\n`);
      return 1;
    }
  } else {
    const { articles, errors } = readArticles(o.paths);
    for (const e of errors) process.stderr.write(`error: ${e.message}\n`);
    if (articles.length === 0) return 1;
    const title = articles[0]?.title ? `Analysis of ${articles.length} articles` : 'Analysis';
    body = renderReport(o.format, analysisToReportInput(analyze(articles), title, new Date().toISOString())).body;
    if (errors.length) process.exitCode = 1;
  }
  if (o.out) writeFileSync(o.out, body);
  else process.stdout.write(body);
  return process.exitCode === 1 ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
