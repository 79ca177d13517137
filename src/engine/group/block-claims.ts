import { PERIOD_PHRASES } from '../frame/read-period';
import { PEOPLE_NOUNS } from '../lexicon/families';
import type { Claim } from '../types';

/** Events that happen once per occasion: a crowd on one day is not the crowd of another day. */
const PER_OCCASION = new Set(['took part', 'arrived']);
const TIME_RATES = new Set(['day', 'night', 'week', 'fortnight', 'month', 'year', 'hour', 'minute', 'second', 'decade']);

/**
 * The blocking key of a claim: only claims with the same key are ever compared, so grouping stays
 * linear in the number of claims. Same family of what is counted, same event, and, for a figure about
 * another (earlier) event, that event's year. Null when the claim says too little to join any fact.
 * e.g. "45 people died" -> "people|killed"; "$2bn paid" -> "money|price"; "prices rose 19 cents" -> "money||change:increase".
 */
export function blockKey(c: Claim): string | null {
  const f = c.frame;
  if (!f.family) return null;
  const other = f.otherEvent ? `|other:${f.otherEvent}` : '';
  // "rose 19 cents" is a change, not the price. (A rate is not a key: "an annual budget of $1.2 billion" and
  // "$900 million a year" are one quantity, said once with an adjective and once with "a year".)
  // "sales grew by 5%" and "sales growth of 5%": a percentage that is a rise is growth, said either way.
  const growth = f.family === 'percent' && (f.event === 'growth' || (f.event === 'increase' && c.change === 'increase'));
  const change = c.change && !growth ? `|change:${c.change}` : '';
  // A count per day is not the count: "400 new cases a day" and "8,000 cases" are two quantities.
  const rate = c.rate && f.family !== 'money' && f.family !== 'percent' && TIME_RATES.has(c.rate) ? `|per:${c.rate}` : '';
  // "2,800 evacuated" and "forced from their homes reached 5,000": people made to leave their homes, either way.
  // "23 miners trapped" and "23 missing": those the rescue has not reached, either way.
  const event = f.event === 'displaced' ? 'evacuated' : f.event === 'trapped' ? 'missing' : growth ? 'growth' : f.event ?? '';
  // "a 3-year-old boy" and "a 25-year-old woman" are two people's ages: a person's age is only compared with the same
  // kind of person. The age of a bank is one age, whether it is called a lender or an institution.
  const who = f.family === 'age' ? (c.unit ?? '').split(' ').pop() ?? '' : '';
  const whose = who && PEOPLE_NOUNS.has(who) ? `|${who}` : '';
  return `${f.family}|${event}${other}${change}${rate}${whose}`;
}

/** True when claims of this block are counted per occasion (a crowd on a given day). */
export function isPerOccasion(c: Claim): boolean {
  // "38,000 so far this year" is a running total, not the crowd or the landings of one day.
  return PER_OCCASION.has(c.frame.event ?? '') && !c.frame.part.some((p) => PERIOD_PHRASES[p] !== undefined);
}

/** The part of the whole a claim counts, as a key: "" for the whole, "Egypt", "additional", "Egypt+unregistered". */
export const partKey = (c: Claim) => c.frame.part.join('+');
