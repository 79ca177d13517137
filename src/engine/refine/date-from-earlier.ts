import type { ClaimDraft, Refiner } from '../extract/draft';

/**
 * "Inflation fell to 2.6% from 2.8% in February": a monthly figure that names no month of its own, beside the earlier
 * value of the month it is compared with, is the next month's, when that is the month before the article's (a monthly
 * release).
 * (Written in full it is "fell to 2.6% in March from 2.8% in February".)
 */
export const dateFromEarlier: Refiner = (ctx, drafts) => {
  const published = ctx.published;
  if (!published || published.month === undefined) return drafts;
  const today = published.year * 12 + published.month - 1;
  const earlierOf = new Map<number, ClaimDraft>();
  for (const d of drafts) if (d.frame.link?.kind === 'earlier' && d.asOfPrecision === 'month' && d.asOfBasis === 'explicit' && d.asOf) earlierOf.set(d.frame.link.draft, d);
  if (earlierOf.size === 0) return drafts;
  return drafts.map((d, i) => {
    const earlier = earlierOf.get(i);
    if (!earlier?.asOf || d.asOfBasis !== 'article-date') return d;
    // Only the usual rhythm of a monthly release: February's value beside March's, published in April. "Has fallen
    // to 5.65 percent, down from 6.14 percent at the end of January", said in June, is June's.
    const earlierMonth = Number(earlier.asOf.slice(0, 4)) * 12 + Number(earlier.asOf.slice(5, 7)) - 1;
    if (earlierMonth !== today - 2) return d;
    const month = today - 1;
    const asOf = `${Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}`;
    return { ...d, asOf, asOfPrecision: 'month', asOfText: null, asOfBasis: 'context' };
  });
};
