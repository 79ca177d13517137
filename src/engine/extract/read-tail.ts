import { CURRENCY_WORDS } from '../lexicon/currencies';
import { DURATION_WORDS, MEASURE_WORDS } from '../lexicon/measures';

/** A percent sign or word right after a number: "15%", "15 %", "twenty percent", "3 per cent", "2 percentage points". */
const PERCENT_AFTER = /^\s?(?:%|per ?cent\b|percent(?:age)?(?: points?)?\b|pct\b)|^pc\b/i;

/** The length of a percent sign or word written at the start of `after`, or 0. e.g. " per cent of" -> 9; "pc" -> 2. */
export function percentTail(after: string): number {
  return PERCENT_AFTER.exec(after)?.[0].length ?? 0;
}

/** "six-mile", "three-day", "one-yen", "30-year": the word after the hyphen is a unit, so the number measures. */
export function hyphenUnitAfter(after: string): boolean {
  const m = /^[-‐]([a-z]+)/i.exec(after);
  if (!m) return false;
  const w = (m[1] as string).toLowerCase();
  return MEASURE_WORDS.has(w) || DURATION_WORDS.has(w) || CURRENCY_WORDS.has(w) || /^(?:per|percent|fold|plus|odd)$/.test(w);
}
