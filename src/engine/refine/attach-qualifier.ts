import type { Refiner } from '../extract/draft';
import type { Qualifier } from '../types';

/** Qualifier phrases written before a figure, longest first, with the qualifier they assert. */
const BEFORE: Array<[string, Qualifier]> = [
  ['more than', 'more-than'], ['well over', 'more-than'], ['just over', 'more-than'], ['in excess of', 'more-than'],
  ['upwards of', 'more-than'], ['over', 'more-than'], ['above', 'more-than'], ['exceeding', 'more-than'],
  ['at least', 'at-least'], ['no fewer than', 'at-least'], ['no less than', 'at-least'], ['a minimum of', 'at-least'], ['not less than', 'at-least'],
  ['up to', 'up-to'], ['as many as', 'up-to'], ['as much as', 'up-to'], ['at most', 'up-to'], ['no more than', 'up-to'],
  ['a maximum of', 'up-to'], ['not more than', 'up-to'],
  ['fewer than', 'less-than'], ['less than', 'less-than'], ['just under', 'less-than'], ['under', 'less-than'], ['below', 'less-than'],
  ['nearly', 'about'], ['almost', 'about'], ['close to', 'about'], ['approximately', 'about'], ['approx.', 'about'],
  ['roughly', 'about'], ['around', 'about'], ['about', 'about'], ['some', 'about'], ['an estimated', 'about'],
  ['estimated', 'about'], ['circa', 'about'], ['more or less', 'about'],
];
const BEFORE_RE = new RegExp(`\\b(${BEFORE.map(([p]) => p.replace(/[.]/g, '\\.')).join('|')})\\s+$`, 'i');
const BEFORE_MAP = new Map(BEFORE.map(([p, q]) => [p, q]));
const AFTER_RE = /^(\s*(?:\+|-plus|\s+or more|\s+or so|\s+odd))/i;

/**
 * Reads the qualifier around a figure: "more than 4,500", "about 1,000", "up to 1000", "4,500-plus",
 * "1,000 or so". "nearly"/"almost" mean just below the value; the interval is set later from it.
 */
export const attachQualifier: Refiner = (ctx, drafts) =>
  drafts.map((d) => {
    if (d.qualifier === 'range') return d;
    const before = ctx.text.slice(Math.max(d.sentence.start, d.start - 24), d.start);
    const m = BEFORE_RE.exec(before);
    // "spending goes up to $400 million", "rose to over 50": a change verb, not a qualifier, owns "up to".
    if (m && /up to$/i.test(m[1]) && /\b(?:go|goes|went|gone|going|rise|rises|rose|risen|rising|climb|climbs|climbed|jump|jumped|increase|increased|shot|soared|move|moved)\s+up to\s+$/i.test(before)) return d;
    if (m) {
      const phrase = m[1].toLowerCase();
      return { ...d, qualifier: BEFORE_MAP.get(phrase) ?? 'exact', qualifierText: m[1], start: d.start };
    }
    const after = AFTER_RE.exec(ctx.text.slice(d.end, d.end + 10));
    if (after) {
      const word = after[1].trim().toLowerCase();
      const qualifier: Qualifier = word === 'or so' || word === 'odd' ? 'about' : word === 'or more' ? 'at-least' : 'more-than';
      return { ...d, qualifier, qualifierText: word, end: d.end + after[1].length };
    }
    return d;
  });
