import { DENOMINATOR_WORDS, DIGIT_DENOMINATORS, ORDINAL_DENOMINATORS, VULGAR_FRACTIONS } from '../lexicon/fractions';
import { SCALE_WORDS, UNIT_WORDS } from '../lexicon/number-words';
import { findSpanIndex } from '../text/sentences';

import { newDraft, type ClaimDraft, type ExtractContext, type Extractor } from './draft';
import { matchesIn } from './find-figure-spans';
import { percentTail } from './read-tail';

const SMALL = [...UNIT_WORDS.keys()].filter((w) => UNIT_WORDS.get(w) as number <= 20).join('|');
const DENOMINATOR = [...DENOMINATOR_WORDS.keys()].join('|');
/**
 * Each pattern is found by its rarest part and read backwards from there, which is several times faster than
 * trying an optional numerator at every word: "third" then "a " before it, "/" then the digits around it,
 * " in five" then "one" before it.
 */
const DENOMINATOR_WORD = new RegExp(`\\b(${DENOMINATOR})\\b`, 'gi');
/** "a third", "two-thirds", "three quarters", "one-tenth", "a trillionth", "half". */
const NUMERATOR_BEFORE = new RegExp(`\\b(an?|one|${SMALL})[\\s-]+$`, 'i');
/** "1/4", "10 1/2", "½", "3 ¾". */
const SLASH_OR_VULGAR = /\/|[¼½¾⅓⅔⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞]/g;
const DIGITS_BEFORE = /(\d+\s+)?(\d+)\s?$/;
/** "one in five", "1 in 10", "two out of every three". */
const SHARE_WHOLE = new RegExp(`\\s(?:in|out\\s+of)\\s+(?:every\\s+)?(${SMALL}|hundred|thousand|\\d{1,4})\\b(?![.,]\\d)`, 'gi');
const SHARE_PART = new RegExp(`\\b(${SMALL}|\\d{1,3})$`, 'i');
/** What may follow a fraction that is also an ordinal ("a third of", "cut by a third.", "a quarter million"). */
const FRACTION_NEXT = /^(?:\s+of\b|\s*[.,;:)!?]|\s*$|\s+(?:million|billion|trillion|thousand|percent|per cent|century|mile|(?:more|less|fewer|as)\b)|[\s-]point\b)/i;
/** "cut rates by a quarter point", "a half-point rise in the key rate": a share of a percentage point, where rates are spoken of. */
const RATE_POINT = /^[\s-]points?\b/i;
const RATE_CONTEXT = /\brates?\b|\bbasis points?\b|\bpercentage points?\b/i;
/** "half" is a fraction before "of", "the", "a", "its" … or after "by", "in", "than", "nearly" … , not in "second half". */
const HALF_BEFORE = /\b(?:first|second|other|latter|final|opening|the|this|that|each|one|and)\s+$/i;
const HALF_NEXT = /^\s+(?:of|the|a|an|its|their|his|her|our|all|that|those|these|what)\b|^\s*[.,;:)]|^\s+(?:million|billion|percent|per cent|point|percentage)\b/i;

/** The digits written before `at` ("10 1" before "/2"), or null when none or when they continue a longer number. */
function digitsBefore(text: string, at: number): { start: number; whole: number; over: number } | null {
  const m = DIGITS_BEFORE.exec(text.slice(Math.max(0, at - 12), at));
  if (!m) return null;
  const start = at - m[0].length;
  if (/[\d/.,]/.test(text[start - 1] ?? '')) return null;
  return { start, whole: m[1] ? Number(m[1]) : 0, over: Number(m[2]) };
}

const numberOf = (w: string) => (/^\d/.test(w) ? Number(w) : /^an?$/i.test(w) ? 1 : UNIT_WORDS.get(w.toLowerCase()) ?? (SCALE_WORDS.get(w.toLowerCase()) ?? NaN));

/** The value of the fraction from `start` (its numerator, if any) to `end` (the end of its denominator word). */
function wordFraction(text: string, start: number, end: number, numeratorWord: string | null, written: string): number | null {
  const numerator = numeratorWord ? numberOf(numeratorWord) : null;
  const word = written.toLowerCase();
  const denominator = DENOMINATOR_WORDS.get(word) as number;
  const plural = word.endsWith('s');
  const next = text.slice(end, end + 16);
  // "half-hearted", "a third-party", "quarter-final" are words of their own.
  if (/^[-‐][a-z]/i.test(next) && !/^[-‐]point\b/i.test(next)) return null;
  if (word === 'half') {
    if (numerator !== null) return numerator === 1 ? 0.5 : null;
    const before = text.slice(Math.max(0, start - 16), start);
    if (HALF_BEFORE.test(before) || !HALF_NEXT.test(next) && !/\b(?:by|in|than|nearly|almost|about|around|roughly|over|some|just|only)\s+$/i.test(before)) return null;
    return 0.5;
  }
  // "quarter million us dollars": a fraction of a scale needs no article.
  if (numerator === null && /^quarter$/.test(word) && /^\s+(?:million|billion|trillion)\b/i.test(next)) return 0.25;
  if (numerator === null || Number.isNaN(numerator)) return null;
  // "a third term", "a fifth day", "two quarters of growth" are ordinals or fiscal quarters.
  // "rose by a fifth in a week": after "by" or a qualifier it is a share whatever follows.
  const shareBefore = /\b(?:by|than|about|nearly|almost|around|roughly|over|under|just|only|some)\s+$/i.test(text.slice(Math.max(0, start - 10), start));
  if (!plural && ORDINAL_DENOMINATORS.has(word) && !FRACTION_NEXT.test(next) && !shareBefore) return null;
  if (/^quarters?$/.test(word) && (plural || numerator > 1) && !/^\s+of\b|^\s+(?:million|billion)/i.test(next)) return null;
  if (plural && numerator < 2) return null;
  return numerator / denominator;
}

/**
 * Fractions and shares: "a third of those screened" (1/3), "two-thirds", "half of", "by half", "a trillionth",
 * "1/4 mile", "10 1/2 miles", "½ teaspoon", "one in five adults" (0.2); a scale after multiplies ("a quarter million").
 */
export const fractionExtractor: Extractor = {
  id: 'fractions',
  extract(ctx: ExtractContext): ClaimDraft[] {
    const { text } = ctx;
    const drafts: ClaimDraft[] = [];
    const push = (start: number, end: number, value: number) => {
      const after = text.slice(end, end + 24);
      // "a quarter million", "a quarter of a million": a share of a scale.
      const scale = /^(?:\s+of\s+an?)?\s+(million|billion|trillion|thousand)\b/i.exec(after);
      const factor = scale ? (SCALE_WORDS.get((scale[1] as string).toLowerCase()) as number) : 1;
      // "a quarter of a percentage point": a share of a point of a percentage is that many points.
      const ofPoint = scale ? null : /^\s+of\s+an?(?=\s+percentage\s+points?\b)/i.exec(after);
      const stop = end + (scale ? scale[0].length : 0) + (ofPoint ? ofPoint[0].length : 0);
      const sentence = ctx.sentences[findSpanIndex(ctx.sentences, start)] ?? { start, end };
      const point = scale || ofPoint ? null : RATE_POINT.exec(after);
      const ratePoint = point && RATE_CONTEXT.test(text.slice(sentence.start, sentence.end)) ? point[0].length : 0;
      const percent = ratePoint || percentTail(text.slice(stop, stop + 24));
      const d = newDraft(start, stop + percent, value * factor, 'words', sentence);
      d.percent = percent > 0;
      d.scale = factor;
      drafts.push(d);
    };
    for (const m of matchesIn(text, ctx.figureSpans, DENOMINATOR_WORD)) {
      const numerator = NUMERATOR_BEFORE.exec(text.slice(Math.max(0, m.index - 12), m.index));
      const start = m.index - (numerator ? numerator[0].length : 0);
      const value = wordFraction(text, start, m.index + m[0].length, numerator?.[1] ?? null, m[0]);
      if (value !== null) push(start, m.index + m[0].length, value);
    }
    for (const m of matchesIn(text, ctx.figureSpans, SLASH_OR_VULGAR)) {
      const top = digitsBefore(text, m.index);
      const vulgar = VULGAR_FRACTIONS.get(m[0]);
      if (vulgar !== undefined) {
        // "3½" has a whole part; "½ teaspoon" has none.
        push(top ? top.start + (top.whole ? String(top.whole).length + 1 : 0) : m.index, m.index + 1, (top?.over ?? 0) + vulgar);
        continue;
      }
      const bottom = /^\s?(\d+)(?![\d/])/.exec(text.slice(m.index + 1, m.index + 8));
      const under = Number(bottom?.[1]);
      if (top && bottom && DIGIT_DENOMINATORS.has(under) && top.over < under) push(top.start, m.index + 1 + bottom[0].length, top.whole + top.over / under);
    }
    for (const m of matchesIn(text, ctx.figureSpans, SHARE_WHOLE)) {
      const partWord = SHARE_PART.exec(text.slice(Math.max(0, m.index - 9), m.index));
      if (!partWord) continue;
      const part = numberOf(partWord[1] as string);
      const whole = numberOf(m[1] as string);
      if (part > 0 && whole > part && !(whole >= 1800 && whole <= 2100)) push(m.index - partWord[0].length, m.index + m[0].length, part / whole);
    }
    return drafts;
  },
};
