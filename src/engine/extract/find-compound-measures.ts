import { CURRENCY_WORDS } from '../lexicon/currencies';
import { NUMBER_WORDS_PATTERN, UNIT_WORDS, parseNumberWords } from '../lexicon/number-words';
import { findSpanIndex } from '../text/sentences';

import { newDraft, type ClaimDraft, type ExtractContext, type Extractor } from './draft';
import { matchesIn } from './find-figure-spans';

const DECIMAL = '\\d+(?:\\.\\d+)?';
const WORDS = NUMBER_WORDS_PATTERN.source;

/** A measure written in two units, the second a fraction of the first: feet and inches, hours and minutes, pounds and ounces. */
const compoundOf = (number: string) =>
  new RegExp(`\\b${number}\\s?(ft|feet|foot|hours?|hrs?|h|lbs?|pounds?|st|stone)\\.?\\s*,?\\s*(?:and\\s+)?${number}\\s?(in|inch|inches|minutes?|mins?|m|oz|ounces?|lbs?|pounds?)\\b`, 'gi');
/** An amount in a currency and its hundredths: "3 dollars 50 cents", "thirteen dollars and forty-five cents", "2 pounds 20p". */
const compoundMoneyOf = (amount: string) =>
  new RegExp(`\\b${amount}\\s+(dollars?|euros?|pounds?|francs?|rand)\\s*,?\\s+(?:and\\s+)?${amount}\\s*(cents?|pence|p)\\b`, 'gi');

const COMPOUND_DIGITS = compoundOf(`(${DECIMAL})`);
const COMPOUND = compoundOf(`(${DECIMAL}|${WORDS})`);
const COMPOUND_MONEY_DIGITS = compoundMoneyOf('(\\d+)');
const COMPOUND_MONEY = compoundMoneyOf(`(\\d+|${WORDS})`);

/**
 * The patterns with number words are slow (their alternation is tried at every position): they run only on a text
 * that names a unit after a number word and a second unit after a word ("two hours and thirty minutes"); the
 * digits-only patterns run on every text.
 */
const WORDS_BEFORE_UNIT = new RegExp(`\\b(?:an?|${[...UNIT_WORDS.keys()].join('|')}|hundred)[\\s-]+(?:ft|feet|foot|hours?|hrs?|lbs?|pounds?|st|stone|dollars?|euros?|francs?|rand|inch|inches|minutes?|mins?|ounces?|oz|cents?|pence)\\b`, 'i');
const UNIT_THEN_UNIT = /\b(?:feet|foot|hours?|pounds?|stone|dollars?|euros?|francs?|rand)\s*,?\s+(?:and\s+)?[a-z-]+(?:\s[a-z-]+)?\s(?:inch|inches|minutes?|ounces?|pounds?|cents?|pence)\b/i;

const amountOf = (written: string): number | null => (/^\d/.test(written) ? Number(written) : parseNumberWords(written));

/** A draft for a match whose first number (`m[1]`) sets how the figure is written. */
const draftOf = (ctx: ExtractContext, m: RegExpExecArray, value: number): ClaimDraft => {
  const end = m.index + m[0].length;
  return newDraft(m.index, end, value, /^\d/.test(m[1] as string) ? 'digits' : 'words', ctx.sentences[findSpanIndex(ctx.sentences, m.index)] ?? { start: m.index, end });
};

/** How many of the second unit make one of the first. */
function partsOf(first: string, second: string): number | null {
  const a = first.toLowerCase();
  const b = second.toLowerCase();
  if (/^(?:ft|feet|foot)$/.test(a) && /^in/.test(b)) return 12;
  if (/^(?:hours?|hrs?|h)$/.test(a) && /^m/.test(b)) return 60;
  if (/^(?:lbs?|pounds?)$/.test(a) && /^(?:oz|ounces?)$/.test(b)) return 16;
  if (/^(?:st|stone)$/.test(a) && /^(?:lbs?|pounds?)$/.test(b)) return 14;
  return null;
}

/**
 * "5 ft 2 in" (5.17 feet), "6 feet and 2 inches", "2 hours 30 minutes" (2.5 hours), "7 lb 4 oz": one figure in the
 * first unit, so a height or a time is not read as two figures. Money in a currency and its cents likewise.
 */
export const compoundMeasureExtractor: Extractor = {
  id: 'compound-measures',
  extract(ctx: ExtractContext): ClaimDraft[] {
    const drafts: ClaimDraft[] = [];
    const words = UNIT_THEN_UNIT.test(ctx.text) && WORDS_BEFORE_UNIT.test(ctx.text);
    for (const m of matchesIn(ctx.text, ctx.figureSpans, words ? COMPOUND : COMPOUND_DIGITS)) {
      const parts = partsOf(m[2] as string, m[4] as string);
      const [large, small] = [amountOf(m[1] as string), amountOf(m[3] as string)];
      if (parts === null || large === null || small === null || small >= parts) continue;
      drafts.push(draftOf(ctx, m, large + small / parts));
    }
    for (const m of matchesIn(ctx.text, ctx.figureSpans, words ? COMPOUND_MONEY : COMPOUND_MONEY_DIGITS)) {
      const [whole, hundredths] = [amountOf(m[1] as string), amountOf(m[3] as string)];
      // "one pound 20p" is 1.20; "3 dollars 150 cents" is no such amount.
      if (whole === null || hundredths === null || hundredths >= 100 || !Number.isInteger(hundredths)) continue;
      const draft = draftOf(ctx, m, Number((whole + hundredths / 100).toFixed(2)));
      draft.currency = CURRENCY_WORDS.get((m[2] as string).toLowerCase()) ?? null;
      drafts.push(draft);
    }
    return drafts;
  },
};
