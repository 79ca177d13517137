/** Spelled-out numbers of general English. */
export const UNIT_WORDS: ReadonlyMap<string, number> = new Map([
  ['zero', 0], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8],
  ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14], ['fifteen', 15],
  ['sixteen', 16], ['seventeen', 17], ['eighteen', 18], ['nineteen', 19], ['twenty', 20], ['thirty', 30], ['forty', 40],
  ['fifty', 50], ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90],
]);

/** Scale words; "lakh" and "crore" are how South Asian outlets write 100,000 and 10,000,000. */
export const SCALE_WORDS: ReadonlyMap<string, number> = new Map([
  ['hundred', 100], ['thousand', 1e3], ['million', 1e6], ['billion', 1e9], ['trillion', 1e12], ['lakh', 1e5], ['lakhs', 1e5],
  ['crore', 1e7], ['crores', 1e7],
]);

/** Abbreviated scales written after a numeral: "2.8m", "$2bn", "5k". */
export const SCALE_SUFFIXES: ReadonlyMap<string, number> = new Map([
  ['k', 1e3], ['m', 1e6], ['mn', 1e6], ['mln', 1e6], ['mil', 1e6], ['bn', 1e9], ['bln', 1e9], ['b', 1e9], ['tn', 1e12], ['trn', 1e12],
]);

const WORD_ALT = [...UNIT_WORDS.keys(), 'hundred', 'thousand', 'million', 'billion', 'trillion', 'lakh', 'crore', 'dozen'].join('|');
const BIG = 'dozen|hundred|thousand|million|billion|trillion';

/**
 * A run of number words: "three", "twenty-five", "eleven thousand", "two dozen", "a dozen",
 * "half a million", "one hundred and twenty", "two and a half", "a million and a half". Case-insensitive.
 */
export const NUMBER_WORDS_PATTERN = new RegExp(
  `\\b(?:half\\s+an?\\s+(?:${BIG})|an?\\s+(?:${BIG})(?:\\s+and\\s+an?\\s+half)?|(?:${WORD_ALT})(?:(?:\\s+and\\s+|[\\s-]+)(?:${WORD_ALT}))*(?:\\s+and\\s+an?\\s+half(?:\\s+(?:${BIG}))?)?)\\b`,
  'gi',
);

/**
 * Value of a run of number words. e.g. "twenty-five" -> 25, "two dozen" -> 24, "half a million" -> 500000,
 * "one hundred and twenty" -> 120; null when the run is not a number ("and").
 */
export function parseNumberWords(run: string): number | null {
  const words = run.toLowerCase().split(/[\s-]+/).filter((w) => w && w !== 'and');
  if (words[0] === 'half') {
    const scale = words[2] === 'dozen' ? 12 : SCALE_WORDS.get(words[2] ?? '');
    return scale ? scale / 2 : null;
  }
  let total = 0;
  let current = 0;
  let lastScale = 1;
  let seen = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    if ((w === 'a' || w === 'an') && words[i + 1] === 'half') {
      // "two and a half" adds a half of a unit; "a million and a half" a half of the scale before it.
      if (current === 0 && total > 0) total += lastScale / 2;
      else current += 0.5;
      i++;
      continue;
    }
    if (w === 'a' || w === 'an') {
      current = 1;
      continue;
    }
    const unit = UNIT_WORDS.get(w);
    if (unit !== undefined) {
      current += unit;
      seen = true;
      continue;
    }
    if (w === 'dozen') {
      current = (current || 1) * 12;
      seen = true;
      continue;
    }
    const scale = SCALE_WORDS.get(w);
    if (scale === undefined) return null;
    seen = true;
    if (scale === 100) current = (current || 1) * 100;
    else {
      total += (current || 1) * scale;
      current = 0;
      lastScale = scale;
    }
  }
  return seen ? total + current : null;
}
