/**
 * @module eval/figure-checks
 * Whether a matched claim got a gold mention's value and as-of date right.
 */
import type { GoldMention } from './gold';
import type { ScoredClaim } from './scored-analysis';

// Relative slack so that a value computed in floating point (a conversion, a percentage) still counts;
// written as literals so the comparison is bit for bit the one score.mjs makes.
const SLACK_UP = 1.0000001;
const SLACK_DOWN = 0.9999999;
// "about 1,000" may be an interval around 1,000, but no wider than half again on either side.
const LOOSEST_LOW = 0.5;
const LOOSEST_HIGH = 1.5;

/**
 * Right when the claim's interval contains the gold value (both ends of a gold range) and is not much
 * looser than it: its low at least half the gold low, its high at most 1.5 times the gold high. An open
 * side passes the tightness check; an interval open on both sides is never right.
 * e.g. gold 4500 "more than", claim { low: 4500, high: null } -> true; gold [180, 200], claim 100..300 -> false.
 */
export function isValueRight(gold: GoldMention['value'], value: ScoredClaim['value']): boolean {
  if (!value) return false;
  const [goldLow, goldHigh] = Array.isArray(gold) ? gold : [gold, gold];
  const low = value.low ?? null;
  const high = value.high ?? null;
  if (low === null && high === null) return false;
  const contains = (x: number) => (low === null || low <= x * SLACK_UP) && (high === null || high >= x * SLACK_DOWN);
  const tight = (low === null || low >= goldLow * LOOSEST_LOW) && (high === null || high <= goldHigh * LOOSEST_HIGH);
  return contains(goldLow) && contains(goldHigh) && tight;
}

/**
 * Right when gold and claim agree to the precision of the less precise one: one is a prefix of the other.
 * e.g. '2024-03' and '2024-03-21' -> true; '2024-03' and '2024-04' -> false; anything and null -> false.
 */
export function isAsOfRight(gold: string, asOf: ScoredClaim['asOf']): boolean {
  const claimed = typeof asOf === 'string' ? asOf : '';
  return gold !== '' && claimed !== '' && (gold.startsWith(claimed) || claimed.startsWith(gold));
}
