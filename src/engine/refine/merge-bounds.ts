import type { ClaimDraft, Refiner } from '../extract/draft';
import type { Qualifier } from '../types';

const LOWER: ReadonlySet<Qualifier> = new Set(['more-than', 'at-least']);
const UPPER: ReadonlySet<Qualifier> = new Set(['less-than', 'up-to']);
const CONNECTOR = /^\s*(?:,\s*)?(?:and|but|yet)?\s*$/i;

/**
 * Joins a lower and an upper bound of the same quantity into a range: "more than 10 and less than 40",
 * "at most 100 and at least 20", "above 1,000 but below 1,500" -> [10, 40], [20, 100], [1000, 1500].
 * Two bounds that leave nothing between them ("more than 40 and less than 10") stay apart.
 */
export const mergeBounds: Refiner = (ctx, drafts) => {
  const out: ClaimDraft[] = [];
  for (let i = 0; i < drafts.length; i++) {
    const a = drafts[i] as ClaimDraft;
    const b = drafts[i + 1];
    const pair = b && a.sentence.start === b.sentence.start && a.percent === b.percent && !a.change && !b.change
      && ((LOWER.has(a.qualifier) && UPPER.has(b.qualifier)) || (UPPER.has(a.qualifier) && LOWER.has(b.qualifier)));
    if (b && pair) {
      const between = ctx.text.slice(a.end, b.start);
      const qualifier = b.qualifierText ?? '';
      const low = LOWER.has(a.qualifier) ? a : b;
      const high = low === a ? b : a;
      if (between.toLowerCase().endsWith(`${qualifier.toLowerCase()} `) && CONNECTOR.test(between.slice(0, between.length - qualifier.length - 1)) && low.number < high.number) {
        out.push({ ...a, number: low.number, rangeHigh: high.number, end: b.end, qualifier: 'range', qualifierText: null, currency: a.currency ?? b.currency });
        i++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
};
