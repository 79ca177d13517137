import { extractClaims } from './extract/extract-claims';
import { groupFacts } from './group/group-facts';
import { hashString } from './hash';
import type { Analysis, ArticleInput, Claim, CopyLink, Fact, Source } from './types';

export const ENGINE_VERSION = '0.1.0';

/**
 * Makes a source from an article; its id is derived from the content so it is stable.
 * e.g. the same file analysed twice gives the same source id and the same claim ids.
 */
export function toSource(article: ArticleInput): Source {
  const id = `s-${hashString([article.title, article.outlet, article.published ?? '', article.text].join('\u0000'))}`;
  return { ...article, id };
}

/** Claims of one article: run on upload, cached per article by the server. */
export function analyzeArticle(article: ArticleInput): { source: Source; claims: Claim[] } {
  const source = toSource(article);
  return { source, claims: extractClaims(source) };
}

/** Groups the claims of a whole story into facts and assesses each; also finds sources that copy each other. */
export function buildFacts(
  sources: Source[],
  claims: Claim[],
  keyOverrides?: ReadonlyMap<string, string>,
): { facts: Fact[]; copies: CopyLink[] } {
  return groupFacts(sources, claims, keyOverrides);
}

/** The whole pipeline for a set of articles about one story. */
export function analyze(articles: ArticleInput[]): Analysis {
  const sources: Source[] = [];
  const claims: Claim[] = [];
  for (const article of articles) {
    const result = analyzeArticle(article);
    sources.push(result.source);
    claims.push(...result.claims);
  }
  const { facts, copies } = buildFacts(sources, claims);
  return { engineVersion: ENGINE_VERSION, sources, claims, facts, copies };
}
