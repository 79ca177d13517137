import type { ClaimDraft, Refiner } from '../extract/draft';

const JOINERS = /^\s*(?:-|–|—|~|to|and|or|through|thru)\s*$/i;
/** "from 60 euros per day to 120 euros per day": a unit of up to three words repeated after each end. */
const UNIT_BETWEEN = /^\s+([A-Za-z%][\w%-]*(?:\s+[\w%-]+){0,2}?)\s+(?:to|-|–|and|through)\s+$/i;
/**
 * A verb that makes "from … to …" a change between two levels rather than a range ("goes from 60 to 120 euros";
 * "revised up August's numbers by 17,000 jobs, from 142,000 to 159,000": past the comma after the change's size).
 */
const CHANGE_FROM = /\b(?:rose|rise[sn]?|rising|increased?|increasing|grew|grow(?:s|n|ing)?|climbed|jumped|surged|soared|fell|fall(?:s|en|ing)?|dropped|declined|decreased|cut|reduced|raised|lowered|slashed|went|goes|go|gone|going|moved|changed|revised|expanded|shrank|shrunk|swelled|doubled|tripled|halved|narrowed|widened|up|down)\b(?:[^,.;]|[,.](?=\d)|,(?=[^,.;]*\bby\b)|,\s+(?=from\b)){0,60}?\bfrom\s+(?:\S+\s+){0,2}$/i;
/** "rose 5% to 10%": a change and then a level, not a range. */
const CHANGE_RIGHT_BEFORE = /\b(?:rose|rise[sn]?|increased|grew|climbed|jumped|surged|soared|fell|falls?|dropped|declined|decreased|slipped|gained|lost|up|down)\s+(?:by\s+)?$/i;

/** The two ends of a range, or null when the pair is not one ("5% to 10 people", two currencies). */
function asRange(text: string, a: ClaimDraft, b: ClaimDraft): { low: number; high: number; end: number } | null {
  if (a.sentence.start !== b.sentence.start || a.rangeHigh !== null || b.rangeHigh !== null || a.change || b.change) return null;
  if ((a.percent && !b.percent) || (a.currency && b.currency && a.currency !== b.currency)) return null;
  const between = text.slice(a.end, b.start);
  const before = text.slice(Math.max(a.sentence.start, a.start - 80), a.start);
  // "30 million to 40" keeps each end's scale; "3 to 4 million" and "$5-10 million" give the first end the second's.
  const low = b.scale > 1 && a.scale === 1 && a.number * b.scale <= b.number ? a.number * b.scale : a.number;
  if (!(b.number > low)) return null;
  // "from up to 252 miles to 287 miles": a qualifier of two words may stand after "from".
  const opened = /\b(?:between|from)\s+(?:\S+\s+){0,2}$/i.test(before);
  if (JOINERS.test(between)) {
    const word = between.trim().toLowerCase();
    if (word === 'and' && !/\bbetween\s+(?:\S+\s+)?$/i.test(before)) return null;
    if (word === 'or' && b.number > low * 10) return null;
    // "rose 5% to 10%" is a change and a level; "was raised from 16 to 18" two levels, before and after.
    // "rose 10 to 15 per cent" is a range of the change: its first end has no unit of its own.
    const firstComplete = a.percent || a.currency !== null || a.scale > 1;
    if ((CHANGE_RIGHT_BEFORE.test(before) && firstComplete) || (/\bfrom\s+$/i.test(before) && CHANGE_FROM.test(before))) return null;
    if (!opened && b.number >= low * 1000) return null;
    // "revised upwards by 166,000 to 906,000": the size of a change, then the level it reached ("rose by 5 to 10
    // percent" stays a range of the change: its ends are near).
    if (/\bby\s+$/i.test(before) && b.number > low * 3) return null;
    return { low, high: b.number, end: b.end };
  }
  const unit = UNIT_BETWEEN.exec(between);
  if (unit && opened && !CHANGE_FROM.test(before) && text.startsWith(unit[1] as string, b.end + 1)) return { low, high: b.number, end: b.end };
  return null;
}

/**
 * Joins "180 to 200", "30-40", "5k-20k", "between 5 and 10", "two or three", "20 through 100", "3 to 4 million"
 * and "from 252 miles to 287 miles" into one range figure. Not ranges: a decrease written as one ("from 115 to
 * 97"), "from … to …" after a change verb ("was raised from 16 to 18", "goes from 60 euros per day to 120 euros
 * per day": two levels), and "rose 5% to 10%".
 */
export const mergeRanges: Refiner = (ctx, drafts) => {
  const out: ClaimDraft[] = [];
  for (let i = 0; i < drafts.length; i++) {
    const a = drafts[i] as ClaimDraft;
    const b = drafts[i + 1];
    const range = b ? asRange(ctx.text, a, b) : null;
    if (b && range) {
      out.push({ ...a, number: range.low, end: range.end, rangeHigh: range.high, scale: b.scale, currency: a.currency ?? b.currency, percent: a.percent || b.percent, qualifier: 'range' });
      i++;
      continue;
    }
    out.push(a);
  }
  return out;
};
