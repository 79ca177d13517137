import type { ClaimDraft, Refiner } from '../extract/draft';

/** What an amount can be per, singular; "annum" is a year. */
const PER_WHAT = 'day|night|week|fortnight|month|year|annum|hour|minute|second|decade|capita|head|person|people|share|barrel|litre|liter|gallon|kilo|kilogram|kg|tonne|ton|pound|ounce|unit|mile|kilometre|kilometer|km|household|family|patient|student|pupil|child|passenger|visitor|resident|employee|worker|customer|month|game|match|episode|ticket|dozen|square metre|square foot|acre|hectare|kwh|megawatt-hour|mwh';
/**
 * After the figure and at most three words of its noun phrase: "per day", "a year", "an hour", "each month",
 * "/day", "daily", "a head". Time words followed by "ago", "earlier", "later" date something instead.
 */
const RATE = new RegExp(
  `^(?:[\\s-]+(?!(?:a|an|per|each|every|is|was|were|are|has|have|had|in|on|at|for|to|from|of|and|or|by|with|than|that|which|who|said|says)\\b)[A-Za-z'’.-]+){0,3}?(?:\\s*\\/\\s*|\\s+(?:per|a|an|each|every)\\s+)(${PER_WHAT})s?\\b(?!\\s+(?:ago|earlier|later|before|after|old)\\b|-)`,
  'i',
);
const ADVERB = /^(?:[\s-]+[A-Za-z'’-]+){0,2}?\s+(daily|weekly|monthly|yearly|annually|hourly|nightly|per annum|a piece|apiece)\b/i;
const ADVERB_RATE: Readonly<Record<string, string>> = { daily: 'day', weekly: 'week', monthly: 'month', yearly: 'year', annually: 'year', hourly: 'hour', nightly: 'night', 'per annum': 'year', 'a piece': 'piece', apiece: 'piece' };

const normalise = (w: string) => {
  const lower = w.toLowerCase().replace(/s$/, '');
  return lower === 'annum' ? 'year' : lower === 'people' ? 'person' : lower === 'liter' ? 'litre' : lower;
};

/** The rate unit of a figure, or null: "€120 per day" -> "day", "12 cents a share" -> "share", "$5,000 per capita". */
function rateOf(text: string, d: ClaimDraft): string | null {
  const after = text.slice(d.end, Math.min(d.sentence.end, d.end + 60));
  const m = RATE.exec(after);
  if (m) return normalise(m[1] as string);
  const adverb = ADVERB.exec(after);
  return adverb ? ADVERB_RATE[(adverb[1] as string).toLowerCase()] ?? null : null;
}

/**
 * Attaches what a figure is per, and drops a "dozen" that only says what a price is per ("64 cents a dozen").
 * Counts of things over time are rates too ("500,000 barrels a day", "40 hours a week").
 */
export const attachRate: Refiner = (ctx, drafts) => {
  const out: ClaimDraft[] = [];
  for (const d of drafts) {
    const prev = out[out.length - 1];
    if (prev?.rate === 'dozen' && d.number === 12 && /^an?\s/i.test(ctx.text.slice(d.start, d.end))) continue;
    const rate = rateOf(ctx.text, d);
    out.push(rate ? { ...d, rate } : d);
  }
  return out;
};
