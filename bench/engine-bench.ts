/**
 * Whole-pipeline throughput of the engine (parse, claims, facts) on one core at 1x, 4x and 16x size, with the
 * time of each stage, so a slowdown is found in the stage that causes it.
 */
import { analyzeArticle, buildFacts, type ArticleInput, type Claim, type Source } from '../src/engine';
import { parseArticle } from '../src/ingest/parse-article';

import { makeCorpus } from './corpus';
import { runScanBench, type ScanBenchRow } from './scan-bench';

export interface EngineBenchRow {
  size: string;
  megabytes: number;
  articles: number;
  seconds: number;
  mbPerSecond: number;
  /** Finding the claims of each article (figures, frames, dates) and grouping them into facts, in seconds. */
  claimsSeconds: number;
  claimsMbPerSecond: number;
  factsSeconds: number;
  claims: number;
  claimsPerSecond: number;
  facts: number;
  peakRssMb: number;
}

function toFile(a: ArticleInput): string {
  return `---\ntitle: "${a.title.replace(/"/g, "'")}"\noutlet: "${a.outlet}"\npublished: ${a.published ?? ''}\n---\n${a.text}`;
}

export interface EngineBench {
  rows: EngineBenchRow[];
  /** The one-pass regex scan over the largest size's files, and the engine's MB/s there as a share of the scan's. */
  scan: ScanBenchRow;
  ratio: number;
}

export function runEngineBench(baseBytes = 1.25 * 1024 * 1024): EngineBench {
  const rows: EngineBenchRow[] = [];
  let largest: string[] = [];
  const all = makeCorpus(16 * baseBytes);
  for (const factor of [1, 4, 16]) {
    let size = 0;
    const files: Array<[string, string]> = [];
    for (const a of all) {
      if (size >= factor * baseBytes) break;
      const content = toFile(a);
      files.push([`${a.file}`, content]);
      size += content.length;
    }
    largest = files.map(([, content]) => content);
    const started = performance.now();
    const articles = files.map(([name, content]) => {
      const r = parseArticle(name, content);
      if (!r.ok) throw new Error(r.message);
      return r.article;
    });
    // What analyze() does, one stage at a time.
    const claimsStarted = performance.now();
    const sources: Source[] = [];
    const claims: Claim[] = [];
    for (const article of articles) {
      const result = analyzeArticle(article);
      sources.push(result.source);
      claims.push(...result.claims);
    }
    const factsStarted = performance.now();
    const { facts } = buildFacts(sources, claims);
    const ended = performance.now();
    const seconds = (ended - started) / 1000;
    // The process's peak resident set so far: the 16x row is the peak of the whole run.
    const peak = process.resourceUsage().maxRSS * 1024;
    const megabytes = size / (1024 * 1024);
    const claimsSeconds = (factsStarted - claimsStarted) / 1000;
    rows.push({
      size: `${factor}x`,
      megabytes: Number(megabytes.toFixed(2)),
      articles: articles.length,
      seconds: Number(seconds.toFixed(3)),
      mbPerSecond: Number((megabytes / seconds).toFixed(2)),
      claimsSeconds: Number(claimsSeconds.toFixed(3)),
      claimsMbPerSecond: Number((megabytes / claimsSeconds).toFixed(2)),
      factsSeconds: Number(((ended - factsStarted) / 1000).toFixed(3)),
      claims: claims.length,
      claimsPerSecond: Math.round(claims.length / seconds),
      facts: facts.length,
      peakRssMb: Math.round(peak / (1024 * 1024)),
    });
  }
  const scan = runScanBench(largest);
  const last = rows[rows.length - 1];
  return { rows, scan, ratio: last ? Number((last.mbPerSecond / scan.mbPerSecond).toFixed(3)) : 0 };
}
