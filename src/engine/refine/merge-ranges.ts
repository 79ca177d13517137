import type { ClaimDraft, Refiner } from '../extract/draft';

const JOINERS = /^\s*(?:-|–|—|to|and)\s*$/i;

/**
 * Joins "180 to 200", "30-40", "30–40" and "between 5 and 10" into one range figure. Two numbers joined
 * by "to" are a range only when the first is smaller and no noun stands between them: "from 60 euros
 * per day to 120 euros per day" is a change, not a range.
 */
export const mergeRanges: Refiner = (ctx, drafts) => {
  const out: ClaimDraft[] = [];
  for (let i = 0; i < drafts.length; i++) {
    const a = drafts[i] as ClaimDraft;
    const b = drafts[i + 1];
    if (b && a.sentence.start === b.sentence.start && a.rangeHigh === null && a.percent === b.percent) {
      const between = ctx.text.slice(a.end, b.start);
      const isAnd = /and/i.test(between);
      const isBetween = isAnd && /\bbetween\s+$/i.test(ctx.text.slice(Math.max(0, a.start - 12), a.start));
      const scaleOk = b.number >= a.number && b.number < a.number * 1000;
      if (JOINERS.test(between) && scaleOk && (!isAnd || isBetween) && b.number > a.number) {
        // "30 million to 40" keeps the first scale for the second end only when the second has none.
        out.push({ ...a, end: b.end, rangeHigh: b.number, currency: a.currency ?? b.currency, percent: a.percent || b.percent, qualifier: 'range' });
        i++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
};
