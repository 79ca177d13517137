import type { Token } from '../text/tokens';

/**
 * Phrases that make a count a running total over a period rather than a count of one moment or one day:
 * "so far this year", "since the start of the year", "over the past week", "in the week to Sunday",
 * "in the past 24 hours". Token sequences, lower case; "N" stands for any figure.
 */
const PERIODS: Array<[string[], string]> = [
  [['this', 'year'], 'this year'], [['so', 'far', 'in'], 'this year'], [['since', 'the', 'start', 'of', 'the', 'year'], 'this year'],
  [['since', 'the', 'beginning', 'of', 'the', 'year'], 'this year'], [['since', 'january'], 'this year'], [['year', 'to', 'date'], 'this year'],
  [['over', 'the', 'past', 'week'], 'past week'], [['in', 'the', 'past', 'week'], 'past week'], [['over', 'the', 'last', 'week'], 'past week'],
  [['in', 'the', 'last', 'week'], 'past week'], [['in', 'the', 'week', 'to'], 'past week'],
  [['over', 'the', 'week'], 'past week'], [['this', 'week'], 'past week'], [['past', 'seven', 'days'], 'past week'], [['last', 'seven', 'days'], 'past week'],
  [['past', '24', 'hours'], 'past day'], [['last', '24', 'hours'], 'past day'], [['past', 'month'], 'past month'], [['this', 'month'], 'past month'],
  // "more than 250,000 attended over the weekend", "185,000 over the three days": all the days of an event together.
  [['over', 'the', 'weekend'], 'several days'], [['over', 'the', 'N', 'days'], 'several days'], [['over', 'N', 'days'], 'several days'],
  [['across', 'the', 'N', 'days'], 'several days'], [['during', 'the', 'N', 'days'], 'several days'],
];
const matches = (tokens: Token[], i: number, words: string[]) => words.every((w, k) => (w === 'N' ? (tokens[i + k]?.figure ?? -1) >= 0 : tokens[i + k]?.lower === w));
/** "this year", "this week", "this month" alone date a figure; with these words in its clause it is a running total. */
const BARE_THIS = /^this (?:year|week|month)$/;
const CUMULATIVE = /^(?:have|has|had|bringing|brings|brought|total|totalled|totaled|tally|recorded|registered)$/;
const SAID = /^(?:said|told|reported|announced|warned|confirmed|stated)$/;
/** One of these is in every phrase of PERIODS. */
const PERIOD_WORDS = new Set(['year', 'week', 'month', 'days', 'hours', 'january', 'date', 'far', 'weekend']);
const CLAUSE_END = /^(?:[;:()]|while|whereas|but|after|before|when|compared)$/;

/**
 * The period a figure is a running total of, read in its own clause, or null.
 * e.g. "Nearly 38,000 people have reached Italy by sea so far this year" -> "this year";
 * "5,900 people had landed in the week to Sunday" -> "past week"; "1,800 people landed on Sunday" -> null.
 */
export function readPeriod(tokens: Token[], from: number, figStart: number, to: number): string | null {
  const end = Math.min(to, tokens.length);
  let found: string | null = null;
  const clause = tokens.slice(Math.max(0, from), end);
  // Most clauses name no period: one pass for the words every period phrase ends with.
  if (!clause.some((t) => PERIOD_WORDS.has(t.lower))) return null;
  // "died during the pilgrimage this year" dates a yearly event; "have arrived this year" counts up to now.
  // "Diplomats have said …" is the reporting, not the count.
  const cumulative = clause.some((t, k) => (CUMULATIVE.test(t.lower) && !SAID.test(clause[k + 1]?.lower ?? '')) || (t.lower === 'so' && clause[k + 1]?.lower === 'far'));
  for (let i = Math.max(0, from); i < end; i++) {
    const word = (tokens[i] as Token).lower;
    // Before the figure a clause boundary forgets what was read; after it, a comma ends the figure's clause too.
    if (CLAUSE_END.test(word) || (word === ',' && i > figStart)) {
      if (i > figStart) break;
      found = null;
      continue;
    }
    const hit = PERIODS.find(([words]) => matches(tokens, i, words));
    // "earlier this week" is a time, not a period.
    const dated = /^(?:earlier|later|early|late)$/.test(tokens[i - 1]?.lower ?? '');
    if (hit && !dated && (!BARE_THIS.test(hit[0].join(' ')) || cumulative)) found = hit[1];
  }
  return found;
}

/** The keys `readPeriod` gives, as a reviewer reads them after a label. */
export const PERIOD_PHRASES: Readonly<Record<string, string>> = {
  'this year': ' (so far this year)', 'past week': ' (over a week)', 'past day': ' (over 24 hours)', 'past month': ' (over a month)',
  'several days': ' (over several days)',
};
