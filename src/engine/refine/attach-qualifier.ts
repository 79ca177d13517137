import type { Refiner } from '../extract/draft';
import type { Qualifier } from '../types';

/** Qualifier phrases written before a figure, longest first, with the qualifier they assert. */
const BEFORE: Array<[string, Qualifier]> = [
  ['greater than or equal to', 'at-least'], ['more than or equal to', 'at-least'], ['less than or equal to', 'up-to'],
  ['greater or equal than', 'at-least'], ['higher or equal than', 'at-least'], ['larger or equal than', 'at-least'],
  ['less or equal than', 'up-to'], ['lower or equal than', 'up-to'], ['smaller or equal than', 'up-to'],
  ['greater than', 'more-than'], ['larger than', 'more-than'], ['higher than', 'more-than'], ['bigger than', 'more-than'],
  ['a little over', 'more-than'], ['a little more than', 'more-than'], ['slightly more than', 'more-than'], ['well above', 'more-than'],
  ['just above', 'more-than'], ['upward of', 'more-than'], ['not fewer than', 'at-least'], ['at minimum', 'at-least'],
  ['smaller than', 'less-than'], ['lower than', 'less-than'], ['slightly less than', 'less-than'], ['well below', 'less-than'],
  ['well under', 'less-than'], ['just below', 'less-than'], ['a little under', 'less-than'], ['a little less than', 'less-than'],
  ['more than', 'more-than'], ['well over', 'more-than'], ['just over', 'more-than'], ['in excess of', 'more-than'],
  ['upwards of', 'more-than'], ['over', 'more-than'], ['above', 'more-than'], ['exceeding', 'more-than'],
  // "Seville topped 44C", "the toll surpassed 1,000": verbs that say the figure was passed.
  ['topped', 'more-than'], ['topping', 'more-than'], ['exceeded', 'more-than'], ['exceeds', 'more-than'], ['surpassed', 'more-than'], ['surpassing', 'more-than'],
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
/** The last words of the phrases: a figure whose previous word is none of them has no qualifier before it. */
const LAST_WORDS = new Set(BEFORE.map(([p]) => p.split(' ').at(-1) as string));
const LAST_WORD = /([A-Za-z.]+)\s+$/;
const AFTER_RE = /^((?:\+(?!\d)|-plus|-odd|\s+or (?:more|greater|higher|above|over|so|less|fewer|lower|below|under)\b(?!\s+than)|\s+and (?:up|above|over)\b|\s+odd\b))/i;
const AFTER_QUALIFIER: Readonly<Record<string, Qualifier>> = {
  '+': 'more-than', '-plus': 'more-than', 'or so': 'about', odd: 'about', '-odd': 'about', 'or more': 'at-least', 'or greater': 'at-least',
  'or higher': 'at-least', 'or above': 'at-least', 'or over': 'at-least', 'and up': 'at-least', 'and above': 'at-least', 'and over': 'at-least',
  'or less': 'up-to', 'or fewer': 'up-to', 'or lower': 'up-to', 'or below': 'up-to', 'or under': 'up-to',
};
/** Comparison signs: "> 30", "<=-30", "≥ 5", "~20". */
const SIGN_BEFORE = /(?:^|[^<>=])(>=|<=|≥|≤|>|<|~|≈)\s*$/;
const SIGN_QUALIFIER: Readonly<Record<string, Qualifier>> = { '>': 'more-than', '>=': 'at-least', '≥': 'at-least', '<': 'less-than', '<=': 'up-to', '≤': 'up-to', '~': 'about', '≈': 'about' };

/**
 * Reads the qualifier around a figure: "more than 4,500", "about 1,000", "up to 1000", "4,500-plus",
 * "1,000 or so". "nearly"/"almost" mean just below the value; the interval is set later from it.
 */
export const attachQualifier: Refiner = (ctx, drafts) =>
  drafts.map((d) => {
    // A range, or a bound its extractor already read ("dozens of" is at least 24).
    if (d.qualifier !== 'exact') return d;
    const before = ctx.text.slice(Math.max(d.sentence.start, d.start - 32), d.start);
    const sign = SIGN_BEFORE.exec(before);
    if (sign) return { ...d, qualifier: SIGN_QUALIFIER[sign[1] as string] ?? 'exact', qualifierText: sign[1] as string };
    const last = LAST_WORD.exec(before)?.[1]?.toLowerCase();
    const m = last && LAST_WORDS.has(last) ? BEFORE_RE.exec(before) : null;
    // "spending goes up to $400 million", "rose to over 50": a change verb, not a qualifier, owns "up to".
    if (m && /up to$/i.test(m[1]) && /\b(?:go|goes|went|gone|going|rise|rises|rose|risen|rising|climb|climbs|climbed|jump|jumped|increase|increased|shot|soared|move|moved)\s+up to\s+$/i.test(before)) return d;
    // "revised its count of Thursday's protesters up to 652,000": revised upwards, to the figure.
    if (m && /up to$/i.test(m[1]) && /\b(?:revised|revises|revising|raised|raises|raising|pushed|bumped|lifted|upgraded|adjusted)\b[^,;.]{0,60}\bup to\s+$/i.test(ctx.text.slice(Math.max(d.sentence.start, d.start - 100), d.start))) return d;
    // "$1.2 trillion over eight years" spreads an amount across a time; "for over 20 years" bounds the time.
    if (m && /^over$/i.test(m[1]) && /^[\s-]+(?:years?|months?|weeks?|days?|hours?|decades?|centuries|quarters?|seasons?)\b(?!\s+(?:ago|old))/i.test(ctx.text.slice(d.end, d.end + 12))
      && !/(?:^|\b(?:for|of|in|after|than|with|is|was|are|were|been|be|lasted|lasting|took|taken|spent|served|aged|within))\s+over\s+$/i.test(ctx.text.slice(Math.max(d.sentence.start, d.start - 40), d.start))) return d;
    // "handed over eight prisoners", "turned over 30 files": the verb's particle, not "more than".
    if (m && /^over$/i.test(m[1]) && /\b(?:hand|hands|handed|handing|turn|turns|turned|turning)\s+over\s+$/i.test(before)) return d;
    if (m) {
      const phrase = m[1].toLowerCase();
      return { ...d, qualifier: BEFORE_MAP.get(phrase) ?? 'exact', qualifierText: m[1], start: d.start };
    }
    const after = AFTER_RE.exec(ctx.text.slice(d.end, d.end + 20));
    if (after) {
      const word = after[1].trim().toLowerCase().replace(/\s+/g, ' ');
      const qualifier = AFTER_QUALIFIER[word] ?? 'more-than';
      return { ...d, qualifier, qualifierText: word, end: d.end + after[1].length };
    }
    return d;
  });
