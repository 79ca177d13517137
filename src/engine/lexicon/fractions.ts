/**
 * Words for parts of a whole and for multiples: "a third", "two-fifths", "a trillionth", "doubled",
 * and the plural scales that state a lower bound ("dozens", "tens of thousands").
 */

/** Denominators written as words, singular and plural. "quarter" is 4 and also a fiscal quarter; callers decide. */
export const DENOMINATOR_WORDS: ReadonlyMap<string, number> = new Map(
  ([['half', 2], ['third', 3], ['quarter', 4], ['fourth', 4], ['fifth', 5], ['sixth', 6], ['seventh', 7], ['eighth', 8], ['ninth', 9],
    ['tenth', 10], ['twelfth', 12], ['sixteenth', 16], ['twentieth', 20], ['hundredth', 100], ['thousandth', 1e3], ['millionth', 1e6],
    ['billionth', 1e9], ['trillionth', 1e12]] as Array<[string, number]>)
    .flatMap(([w, n]): Array<[string, number]> => [[w, n], [w === 'half' ? 'halves' : `${w}s`, n]]),
);

/** Denominators that are also ordinals ("a third term", "a fifth day"): a fraction only before "of", a scale or a stop. */
export const ORDINAL_DENOMINATORS = new Set(['third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'twelfth', 'sixteenth', 'twentieth']);

/** Unicode vulgar fractions: "½", "3¾". */
export const VULGAR_FRACTIONS: ReadonlyMap<string, number> = new Map([
  ['¼', 1 / 4], ['½', 1 / 2], ['¾', 3 / 4], ['⅓', 1 / 3], ['⅔', 2 / 3], ['⅕', 1 / 5], ['⅖', 2 / 5], ['⅗', 3 / 5], ['⅘', 4 / 5],
  ['⅙', 1 / 6], ['⅚', 5 / 6], ['⅛', 1 / 8], ['⅜', 3 / 8], ['⅝', 5 / 8], ['⅞', 7 / 8],
]);

/** Denominators a fraction in digits plausibly has ("1/4", "3/8"); others ("9/11", "24/7") are dates or names. */
export const DIGIT_DENOMINATORS = new Set([2, 3, 4, 5, 8, 10, 16, 32, 100]);

/** Verbs that state a multiple of the earlier level, with the factor and the way it went. */
export const MULTIPLIER_VERBS: ReadonlyMap<string, { factor: number; change: 'increase' | 'decrease' }> = new Map(
  ([['doubled', 2], ['doubling', 2], ['tripled', 3], ['tripling', 3], ['trebled', 3], ['trebling', 3],
    ['quadrupled', 4], ['quadrupling', 4], ['halved', 0.5], ['halving', 0.5]] as Array<[string, number]>)
    .map(([w, factor]) => [w, { factor, change: factor < 1 ? 'decrease' : 'increase' }]),
);

/**
 * Plural scales that say "at least two of these": "dozens" is at least 24, "hundreds" at least 200,
 * "tens of thousands" at least 20,000. "scores" counts only before "of" ("scores of villages").
 */
export const PLURAL_SCALES: ReadonlyMap<string, number> = new Map([
  ['dozens', 12], ['scores', 20], ['tens', 10], ['hundreds', 100], ['thousands', 1e3], ['millions', 1e6], ['billions', 1e9], ['trillions', 1e12],
]);

/** "a few hundred", "several thousand": the least number the quantifier allows. */
export const VAGUE_COUNTS: ReadonlyMap<string, number> = new Map([['a few', 2], ['few', 2], ['several', 3], ['many', 2]]);
