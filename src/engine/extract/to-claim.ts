import { hashString } from '../hash';
import type { Claim, Interval } from '../types';

import type { ClaimDraft, ExtractContext } from './draft';

const MAX_QUOTE = 400;
const JUST_BELOW = /^(?:nearly|almost|close to|just under)$/i;

/**
 * The interval a qualified figure asserts. "about" is ±10 %; "nearly"/"almost" just below
 * (90-100 %); "more than"/"at least" open above; "up to"/"fewer than" open below.
 * e.g. about 1,000 -> { low: 900, high: 1100 }; more than 4,500 -> { low: 4500, high: null }.
 */
/** Rounds away float noise: 1000 * 1.1 is 1100, not 1100.0000000000002. */
const tidy = (x: number) => (Number.isInteger(x) && Math.abs(x) < 1e12 ? x : Number(x.toPrecision(12)));

export function intervalOf(d: Pick<ClaimDraft, 'number' | 'rangeHigh' | 'qualifier' | 'qualifierText'>): Interval {
  const v = d.number;
  switch (d.qualifier) {
    case 'exact':
      return { low: v, high: v };
    case 'range':
      return { low: v, high: d.rangeHigh ?? v };
    case 'about':
      return JUST_BELOW.test(d.qualifierText ?? '') ? { low: tidy(v * 0.9), high: v } : { low: tidy(v * 0.9), high: tidy(v * 1.1) };
    case 'more-than':
    case 'at-least':
      return { low: v, high: null };
    case 'up-to':
    case 'less-than':
      return { low: null, high: v };
    default: {
      const never: never = d.qualifier;
      throw new Error(`unknown qualifier ${String(never)}`);
    }
  }
}

/** The sentence as the quote, cut to a window around the figure when the sentence is very long. */
function quoteSpan(d: ClaimDraft): { start: number; end: number } {
  const { start, end } = d.sentence;
  if (end - start <= MAX_QUOTE) return { start, end };
  const from = Math.max(start, Math.min(d.start - MAX_QUOTE / 2, end - MAX_QUOTE));
  return { start: from, end: Math.min(end, from + MAX_QUOTE) };
}

const claimIdOf = (ctx: ExtractContext, d: Pick<ClaimDraft, 'start' | 'end'>) => `c-${hashString(`${ctx.source.id}:${d.start}:${d.end}`)}`;

export function toClaim(ctx: ExtractContext, d: ClaimDraft, drafts: readonly ClaimDraft[]): Claim {
  const sentence = quoteSpan(d);
  const linked = d.frame.link ? drafts[d.frame.link.draft] : undefined;
  const link = d.frame.link && linked ? { claimId: claimIdOf(ctx, linked), kind: d.frame.link.kind } : null;
  return {
    id: claimIdOf(ctx, d),
    sourceId: ctx.source.id,
    start: d.start,
    end: d.end,
    surface: ctx.text.slice(d.start, d.end),
    number: tidy(d.number),
    value: intervalOf(d),
    qualifier: d.qualifier,
    qualifierText: d.qualifierText,
    quantity: d.quantity,
    unit: d.unit,
    measure: d.measure,
    subject: d.subject,
    change: d.change,
    rate: d.rate,
    scope: d.scope,
    asOf: d.asOf,
    asOfPrecision: d.asOfPrecision,
    asOfText: d.asOfText,
    asOfBasis: d.asOfBasis,
    sentence,
    quote: ctx.text.slice(sentence.start, sentence.end),
    frame: { ...d.frame, link },
  };
}
