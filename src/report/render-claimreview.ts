import type { ArticleSummary, ClaimView, FullFact } from '../contract/api';

import { REASONS, claimValue } from './summarize';
import type { ReportInput } from './types';

const RATING: Record<string, number> = { verified: 5, dismissed: 3, disputed: 2 };

function verdict(f: FullFact): string {
  const reason = f.review.reason ? ` — sources differ: ${REASONS[f.review.reason]}` : '';
  const value = f.review.value !== null ? `: ${f.review.value.toLocaleString('en-US')}` : '';
  switch (f.review.status) {
    case 'verified': return `Verified${value}${reason}`;
    case 'disputed': return `Disputed${value}${reason}`;
    case 'dismissed': return `Dismissed${reason}`;
    default: return 'Open';
  }
}

function appearance(a: ClaimView['article'], summary: ArticleSummary | undefined) {
  return {
    '@type': 'NewsArticle',
    ...(a.url && /^https?:\/\//i.test(a.url) ? { url: a.url } : {}),
    headline: a.title,
    ...(a.published ? { datePublished: a.published } : {}),
    publisher: { '@type': 'Organization', name: a.outlet },
    ...(summary ? { identifier: summary.id } : {}),
  };
}

/**
 * One schema.org ClaimReview per reviewed fact, as fact-check publishers and search engines read them:
 * the conflicting figures in claimReviewed, the verdict in reviewRating, the articles as appearances.
 */
export function toClaimReviews(input: ReportInput): object[] {
  const site = (input.siteUrl ?? 'http://localhost').replace(/\/$/, '');
  const articles = new Map(input.story.articles.map((a) => [a.id, a]));
  return input.facts
    .filter((f) => f.review.status !== 'open')
    .map((f) => {
      const byArticle = new Map<string, ClaimView>();
      for (const c of f.claims) if (!byArticle.has(c.article.id)) byArticle.set(c.article.id, c);
      const sources = [...byArticle.values()].sort((a, b) => (a.article.published ?? '9999').localeCompare(b.article.published ?? '9999'));
      const first = sources[0];
      const figures = f.claims.map((c) => `${claimValue(c)} (${c.article.outlet}${c.asOf ? `, ${c.asOf}` : ''})`);
      return {
        '@context': 'https://schema.org',
        '@type': 'ClaimReview',
        url: `${site}/stories/${input.story.id}/facts/${f.id}`,
        claimReviewed: `${f.label}: ${[...new Set(figures)].join('; ')}`,
        datePublished: (f.review.updatedAt ?? input.generatedAt).slice(0, 10),
        author: f.review.reviewer ? { '@type': 'Person', name: f.review.reviewer } : { '@type': 'Organization', name: 'Tally' },
        reviewRating: {
          '@type': 'Rating', ratingValue: RATING[f.review.status] ?? 3, bestRating: 5, worstRating: 1, alternateName: verdict(f),
          ...(f.review.note ? { ratingExplanation: f.review.note } : {}),
        },
        itemReviewed: {
          '@type': 'Claim',
          ...(first ? { author: { '@type': 'Organization', name: first.article.outlet } } : {}),
          ...(first?.article.published ? { datePublished: first.article.published } : {}),
          ...(first ? { firstAppearance: appearance(first.article, articles.get(first.article.id)) } : {}),
          appearance: sources.map((c) => appearance(c.article, articles.get(c.article.id))),
        },
      };
    });
}

export const renderClaimReview = (input: ReportInput) => `${JSON.stringify(toClaimReviews(input), null, 2)}\n`;
