import type { Refiner } from '../extract/draft';

/** "minus five", "negative 10", "-0.4%", "−3 °C": a sign written before a figure. */
const SIGN_WORD = /\b(?:minus|negative)\s+$/i;
const SIGN_MARK = /(?:^|[\s(<>=≤≥:~])[-−–]$/;

/**
 * Makes a figure negative when a sign is written before it: "minus five percent" is -5, "GDP grew -0.4%" is -0.4.
 * A dash between two numbers ("5 -10", "30-40") is a range, not a sign, and is left to the range refiner.
 */
export const attachSign: Refiner = (ctx, drafts) =>
  drafts.map((d) => {
    const before = ctx.text.slice(Math.max(d.sentence.start, d.start - 12), d.start);
    const word = SIGN_WORD.exec(before);
    if (word) return { ...d, number: -d.number, start: d.start - word[0].length };
    if (!SIGN_MARK.test(before) || /\d\s*[-−–]$/.test(before)) return d;
    return { ...d, number: -d.number, start: d.start - 1 };
  });
