import type { Token } from '../text/tokens';

const TIME_UNIT = /^(day|night|week|fortnight|month|year|hour)s?$/;
// A Map, not an object: a word such as "constructor" must not find a rate on the prototype.
const RATE_ADJECTIVES: ReadonlyMap<string, string> = new Map(Object.entries({
  daily: 'day', nightly: 'night', weekly: 'week', monthly: 'month', yearly: 'year', annual: 'year', annually: 'year', hourly: 'hour',
}));
const DISTRIBUTIVES = new Set(['each', 'every', 'per']);
const REPORTS = new Set(['bulletin', 'bulletins', 'briefing', 'briefings', 'report', 'reports', 'update', 'updates', 'newspaper', 'press', 'news', 'broadcast', 'meeting', 'meetings', 'review']);
/** "each day after the storm", "every year since 2010", "a day earlier": a time that dates, not a rate. */
const NOT_A_RATE_AFTER = /^(?:ago|earlier|later|before|after|since|of|old|long|when|that)$/;

/**
 * The time a count is per when the words say it away from the figure: "400 new cases were being reported
 * each day", "the number of new cases each day fell to 250", "daily infections rose to 500". Only "each",
 * "every", "per" and the -ly adjectives are read so far from the figure; "a day" is read next to it (attach-rate).
 * `from`..`to` is the figure's own clause; the adjective must stand just before the figure ("daily implementation
 * of its mandate" after a figure says nothing of it).
 */
export function readClauseRate(tokens: Token[], from: number, figStart: number, to: number): string | null {
  const end = Math.min(to, tokens.length);
  // Backwards, "and" ends the clause too: "a daily budget and employs 300 staff".
  for (let i = figStart - 1; i >= Math.max(0, from) && !isBoundary(tokens[i] as Token) && !AND_OR.has((tokens[i] as Token).lower); i--) {
    const rate = rateAt(tokens, i, i >= figStart - 6);
    if (rate) return rate;
  }
  for (let i = figStart; i < end && !isBoundary(tokens[i] as Token); i++) {
    const rate = rateAt(tokens, i, false);
    if (rate) return rate;
  }
  return null;
}

/** Where a clause ends: "412 lives, while new cases each day fell to 250" says nothing of the 412 per day. */
const BOUNDARIES = new Set([',', ';', ':', '(', ')', 'while', 'whereas', 'but', 'as', 'after', 'since', 'before', 'when']);
const isBoundary = (t: Token) => BOUNDARIES.has(t.lower);
const AND_OR = new Set(['and', 'or']);

function rateAt(tokens: Token[], i: number, adjectiveAllowed: boolean): string | null {
  const w = (tokens[i] as Token).lower;
  const adjective = RATE_ADJECTIVES.get(w);
  // "The ministry's daily bulletin put cases at 1,136": how often it reports, not what the figure is per.
  if (adjective) return adjectiveAllowed && !REPORTS.has(tokens[i + 1]?.lower ?? '') ? adjective : null;
  if (!DISTRIBUTIVES.has(w)) return null;
  const unit = TIME_UNIT.exec(tokens[i + 1]?.lower ?? '');
  return unit && !NOT_A_RATE_AFTER.test(tokens[i + 2]?.lower ?? '') ? (unit[1] as string) : null;
}
