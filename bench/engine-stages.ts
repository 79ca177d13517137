/**
 * Where the engine's time goes: each stage of the claims extraction (context, each extractor, time
 * expressions, each refiner, claims) and the grouping into facts, summed over a corpus.
 */
import { buildFacts, type ArticleInput, type Claim, type Source } from '../src/engine';
import { extractClaims, type StageRunner } from '../src/engine/extract/extract-claims';
import { toSource } from '../src/engine/pipeline';

export interface StageRow {
  stage: string;
  seconds: number;
  share: number;
  mbPerSecond: number;
}

/** Per-stage seconds over `articles`, largest first; `mbPerSecond` is the corpus size over that stage's time. */
export function runStageBench(articles: readonly ArticleInput[]): StageRow[] {
  const totals = new Map<string, number>();
  const stage: StageRunner = (name, run) => {
    const started = performance.now();
    const result = run();
    totals.set(name, (totals.get(name) ?? 0) + performance.now() - started);
    return result;
  };
  const sources: Source[] = [];
  const claims: Claim[] = [];
  for (const article of articles) {
    const source = toSource(article);
    sources.push(source);
    claims.push(...extractClaims(source, stage));
  }
  stage('group into facts', () => buildFacts(sources, claims));
  const megabytes = articles.reduce((n, a) => n + a.text.length, 0) / (1024 * 1024);
  const all = [...totals.values()].reduce((a, b) => a + b, 0);
  return [...totals.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([name, ms]) => ({ stage: name, seconds: Number((ms / 1000).toFixed(3)), share: Number((ms / all).toFixed(3)), mbPerSecond: Number((megabytes / (ms / 1000)).toFixed(1)) }));
}
