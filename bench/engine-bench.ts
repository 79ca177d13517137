/**
 * Whole-pipeline throughput of the engine (parse, claims, facts) on one core at 1x, 4x and 16x size.
 */
import { analyze, type ArticleInput } from '../src/engine';
import { parseArticle } from '../src/ingest/parse-article';

import { makeCorpus } from './corpus';
import { runScanBench, type ScanBenchRow } from './scan-bench';

export interface EngineBenchRow {
  size: string;
  megabytes: number;
  articles: number;
  seconds: number;
  mbPerSecond: number;
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
    let peak = process.memoryUsage().rss;
    const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
    const started = performance.now();
    const articles = files.map(([name, content]) => {
      const r = parseArticle(name, content);
      if (!r.ok) throw new Error(r.message);
      return r.article;
    });
    const analysis = analyze(articles);
    const seconds = (performance.now() - started) / 1000;
    clearInterval(timer);
    peak = Math.max(peak, process.memoryUsage().rss);
    const megabytes = size / (1024 * 1024);
    rows.push({
      size: `${factor}x`,
      megabytes: Number(megabytes.toFixed(2)),
      articles: articles.length,
      seconds: Number(seconds.toFixed(3)),
      mbPerSecond: Number((megabytes / seconds).toFixed(2)),
      claims: analysis.claims.length,
      claimsPerSecond: Math.round(analysis.claims.length / seconds),
      facts: analysis.facts.length,
      peakRssMb: Math.round(peak / (1024 * 1024)),
    });
  }
  const scan = runScanBench(largest);
  const last = rows[rows.length - 1];
  return { rows, scan, ratio: last ? Number((last.mbPerSecond / scan.mbPerSecond).toFixed(3)) : 0 };
}
