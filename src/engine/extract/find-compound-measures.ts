import { findSpanIndex } from '../text/sentences';

import { newDraft, type ClaimDraft, type ExtractContext, type Extractor } from './draft';
import { matchesIn } from './find-figure-spans';

/** A measure written in two units, the second a fraction of the first: feet and inches, hours and minutes, pounds and ounces. */
const COMPOUND = /\b(\d+(?:\.\d+)?)\s?(ft|feet|foot|hours?|hrs?|h|lbs?|pounds?|st|stone)\.?\s*,?\s*(?:and\s+)?(\d+(?:\.\d+)?)\s?(in|inch|inches|minutes?|mins?|m|oz|ounces?|lbs?|pounds?)\b/gi;

/** How many of the second unit make one of the first. */
function partsOf(first: string, second: string): number | null {
  const a = first.toLowerCase();
  const b = second.toLowerCase();
  if (/^(?:ft|feet|foot)$/.test(a) && /^in/.test(b)) return 12;
  if (/^(?:hours?|hrs?|h)$/.test(a) && /^m/.test(b)) return 60;
  if (/^(?:lbs?|pounds?)$/.test(a) && /^(?:oz|ounces?)$/.test(b)) return 16;
  if (/^(?:st|stone)$/.test(a) && /^(?:lbs?|pounds?)$/.test(b)) return 14;
  return null;
}

/**
 * "5 ft 2 in" (5.17 feet), "6 feet and 2 inches", "2 hours 30 minutes" (2.5 hours), "7 lb 4 oz": one figure in the
 * first unit, so a height or a time is not read as two figures.
 */
export const compoundMeasureExtractor: Extractor = {
  id: 'compound-measures',
  extract(ctx: ExtractContext): ClaimDraft[] {
    const drafts: ClaimDraft[] = [];
    for (const m of matchesIn(ctx.text, ctx.figureSpans, COMPOUND)) {
      const parts = partsOf(m[2] as string, m[4] as string);
      const small = Number(m[3]);
      if (parts === null || small >= parts) continue;
      const end = m.index + m[0].length;
      drafts.push(newDraft(m.index, end, Number(m[1]) + small / parts, 'digits', ctx.sentences[findSpanIndex(ctx.sentences, m.index)] ?? { start: m.index, end }));
    }
    return drafts;
  },
};
