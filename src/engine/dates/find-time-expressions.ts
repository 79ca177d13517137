import type { DatePrecision } from '../types';

import { formatPartialDate, lastWeekday, monthNumber, pastYearFor, precisionOf, shiftDays, shiftMonths, type PartialDate } from './calendar';

/** A time expression found in the text, resolved against the article date when it can be. */
export interface TimeExpression {
  start: number;
  end: number;
  text: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD; null when it needs an article date and there is none. */
  date: string | null;
  precision: DatePrecision | null;
  /** "now" expressions (today, currently) mean the article's date. */
  isNow: boolean;
}

// A whole word, capitalised: "Mayors" holds no May, and "30 may have died" no date.
const MONTH = '(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)(?![A-Za-z])';
const MONTH_TRIGGER = /January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\./i;
const YEAR_TRIGGER = /(?:1[89]|20)\d\d/;
const PREP = '(?:(?:on|in|by|since|until|till|from|as of|during|through|throughout|before|after|at|as at|at the end of|at the start of)\\s+)?';
const YEAR = '((?:1[89]|20)\\d{2})(?!\\d|[,.]\\d)';
const EVENT_NOUNS = '(?:fire|wildfire|earthquake|quake|floods?|tsunami|storm|hurricane|cyclone|typhoon|attacks?|elections?|war|crisis|pandemic|disaster|hajj|pilgrimage|season|games|olympics|tournament|protests?|riots|uprising|revolution|crash|collision|accident|tragedy|flooding|clashes|collapse|explosion|blast|eruption|famine|drought|heatwave|summit|census|budget|report|survey|study|invasion|bombing|shooting|massacre|outbreak|exchange|swap|release|recall|referendum|landslide|mudslide|avalanche|derailment|spill|heist|robbery|coup|siege|stampede|crush|sinking|shipwreck|strikes?|raids?|blackout|outage|breach|hack|cyberattack|leak)';

interface Rule {
  /** A cheap test that must pass before the full pattern is tried: most sentences have no date. */
  trigger: RegExp;
  re: RegExp;
  /** null: a time expression that cannot be resolved; 'skip': not a time expression after all. */
  resolve(m: RegExpExecArray, ref: PartialDate | null): PartialDate | null | 'skip';
  isNow?: boolean;
}

const withYear = (year: number, month?: number, day?: number): PartialDate => {
  const d: PartialDate = { year };
  if (month) d.month = month;
  if (month && day) d.day = day;
  return d;
};

const RULES: Rule[] = [
  { trigger: /\d{4}-\d/, re: /\b(\d{4})-(\d{2})-(\d{2})\b/g, resolve: (m) => withYear(Number(m[1]), Number(m[2]), Number(m[3])) },
  {
    trigger: MONTH_TRIGGER,
    // "21 March", "on 21-22 November", "31 December 2027", "5 January 2023"
    re: new RegExp(`\\b${PREP}(\\d{1,2})(?:st|nd|rd|th)?(?:\\s*[-–]\\s*\\d{1,2}(?:st|nd|rd|th)?)?\\s+(?:of\\s+)?${MONTH}(?:,?\\s+${YEAR}|\\s+of\\s+(last|this|next)\\s+year)?`, 'gi'),
    resolve: (m, ref) => {
      // "On 21 March" may open a sentence; "30 may have died" holds no month.
      if (!/^[A-Z]/.test(m[2] ?? '')) return 'skip';
      const month = monthNumber(m[2] ?? '');
      const day = Number(m[1]);
      if (m[3]) return withYear(Number(m[3]), month, day);
      if (m[4] && ref) return withYear(ref.year + ({ last: -1, next: 1 }[m[4].toLowerCase()] ?? 0), month, day);
      return ref ? withYear(pastYearFor(month, day, ref), month, day) : null;
    },
  },
  {
    trigger: MONTH_TRIGGER,
    // "September 24", "December 22, 2024", "from late August 8 to 9, 2023" (a range ends on its last day)
    re: new RegExp(`\\b${PREP}(?:(?:early|late|mid)\\s+)?${MONTH}\\s+(?:\\d{1,2}(?:st|nd|rd|th)?\\s*(?:-|–|to|and)\\s*)?(\\d{1,2})(?:st|nd|rd|th)?(?![\\d]|[,.]\\d)(?:,?\\s+${YEAR})?`, 'g'),
    resolve: (m, ref) => {
      const month = monthNumber(m[1] ?? '');
      const day = Number(m[2]);
      if (day < 1 || day > 31) return null;
      if (m[3]) return withYear(Number(m[3]), month, day);
      return ref ? withYear(pastYearFor(month, day, ref), month, day) : null;
    },
  },
  {
    trigger: MONTH_TRIGGER,
    // "in September of last year", "late May", "June 2003", "in September"
    re: new RegExp(`\\b${PREP}(?:(early|mid|late|the end of|end of|the beginning of|the start of|the middle of)[\\s-]+)?${MONTH}(?:\\s+(?:of\\s+)?(?:${YEAR}|(last|this|next) year))?`, 'g'),
    resolve: (m, ref) => {
      if (isMarchNoun(m)) return 'skip';
      const month = monthNumber(m[2] ?? '');
      if (m[3]) return withYear(Number(m[3]), month);
      if (!ref) return null;
      if (m[4]) return withYear(ref.year + (m[4].toLowerCase() === 'last' ? -1 : m[4].toLowerCase() === 'next' ? 1 : 0), month);
      return withYear(pastYearFor(month, undefined, ref), month);
    },
  },
  {
    trigger: YEAR_TRIGGER,
    // "by the end of 2003", "early 2002", "in 2008", "since 1999", "mid-2003"
    re: new RegExp(`\\b((?:on|in|by|since|until|till|from|as of|during|through|throughout|before|after)\\s+)?(?:(early|mid|late|the end of|end of|the beginning of|the start of|the middle of|the first half of|the second half of)[\\s-]+)?(?:the year\\s+)?${YEAR}`, 'gi'),
    resolve: (m) => {
      // A bare "2000" may count things ("2000 troops"): only a preposition or an edge word makes it a year.
      if (!m[1] && !m[2]) return 'skip';
      const edge = (m[2] ?? '').toLowerCase();
      return withYear(Number(m[3]), edge.includes('end') ? 12 : undefined);
    },
  },
  {
    trigger: YEAR_TRIGGER,
    // "memories of 1971, when the volcano last erupted": a year a "when" clause goes on to describe.
    re: new RegExp(`\\b${YEAR}(?=,\\s+when\\b)`, 'g'),
    resolve: (m) => withYear(Number(m[1])),
  },
  {
    trigger: /same/i,
    // "compared with 52,000 in the same period of 2023", "the same month last year": the period a year apart.
    re: new RegExp(`\\b(?:the )?same (?:period|time|months?|weeks?|quarter|day) (?:(?:of|in) ${YEAR}|(last|a) year(?: earlier| before)?)`, 'gi'),
    resolve: (m, ref) => (m[1] ? withYear(Number(m[1])) : ref ? withYear(ref.year - 1) : null),
  },
  {
    trigger: YEAR_TRIGGER,
    // "a 2018 fire", "the 1999 earthquake": a year naming an event.
    re: new RegExp(`\\b(?:a|an|the|its|their)\\s+${YEAR}\\s+(?=${EVENT_NOUNS}\\b)`, 'gi'),
    resolve: (m) => withYear(Number(m[1])),
  },
  {
    trigger: YEAR_TRIGGER,
    // "the earthquake of 1939", "the floods of 2010".
    re: new RegExp(`(?<=\\b${EVENT_NOUNS}\\s+)of\\s+${YEAR}`, 'gi'),
    resolve: (m) => withYear(Number(m[1])),
  },
  {
    trigger: /year/i,
    re: /\b(?:the )?(?:previous|preceding|prior) year\b/gi,
    resolve: (_m, ref) => (ref ? withYear(ref.year - 1) : null),
  },
  {
    trigger: /year/i,
    re: /\b(?:(early|late|mid|the end of|the beginning of)[\s-]+)?(last|this|next) year\b/gi,
    resolve: (m, ref) => {
      if (!ref) return null;
      const dir = (m[2] ?? '').toLowerCase();
      const year = ref.year + (dir === 'last' ? -1 : dir === 'next' ? 1 : 0);
      return withYear(year, (m[1] ?? '').toLowerCase().includes('end') ? 12 : undefined);
    },
  },
  {
    trigger: /month/i,
    // "Inflation eased to 4.5% last month", "the previous month": the month before the article's.
    re: /\b(?:last month|(?:the )?(?:previous|preceding|prior) month|the month before)\b/gi,
    resolve: (_m, ref) => (ref?.month !== undefined ? shiftMonths(ref, -1) : null),
  },
  {
    trigger: /week/i,
    // "last week", "the previous week": a week before the article's day (a day, so a running toll's days stay apart).
    re: /\b(?:last week|(?:the )?(?:previous|preceding|prior) week|the week before)\b/gi,
    resolve: (_m, ref) => (!ref ? null : ref.day !== undefined ? shiftDays(ref, -7) : ref),
  },
  {
    trigger: /\bago\b/i,
    // "four years ago", "a decade ago", "two months ago", "three days ago", "a week ago"
    re: /\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(year|decade|month|week|day)s?\s+ago\b/gi,
    resolve: (m, ref) => {
      if (!ref) return null;
      const words: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
      const n = words[(m[1] ?? '').toLowerCase()] ?? Number(m[1]);
      const unit = (m[2] ?? '').toLowerCase();
      if (unit === 'day' || unit === 'week') return ref.day === undefined ? null : shiftDays(ref, -n * (unit === 'week' ? 7 : 1));
      if (unit === 'month') return ref.month === undefined ? withYear(ref.year) : shiftMonths(ref, -n);
      return withYear(ref.year - n * (unit === 'decade' ? 10 : 1));
    },
  },
  {
    trigger: /yesterday|last night/i,
    re: /\b(?:yesterday|last night)(?:'s|’s)?/gi,
    resolve: (_m, ref) => (ref?.day !== undefined ? shiftDays(ref, -1) : null),
  },
  {
    trigger: /quarter|three months|Q[1-4]|[1-4]Q/,
    // "in the first quarter of 2023", "in 1Q23", "Q3 2024", "in the first three months of the year": the quarter's last month.
    re: /\b(?:(first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+quarter(?:\s+of\s+((?:19|20)\d\d))?|([1-4])Q(\d\d)|Q([1-4])\s+((?:19|20)\d\d)|(?:the\s+)?first\s+(three|six|nine)\s+months\s+of\s+(?:the\s+year|((?:19|20)\d\d)))\b/gi,
    resolve: (m, ref) => {
      const ordinal: Record<string, number> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4 };
      const months: Record<string, number> = { three: 3, six: 6, nine: 9 };
      const quarter = m[1] ? ordinal[m[1].toLowerCase()] : m[3] ? Number(m[3]) : m[5] ? Number(m[5]) : undefined;
      const year = m[2] ?? (m[4] ? `20${m[4]}` : undefined) ?? m[6] ?? m[8];
      const month = quarter ? quarter * 3 : months[(m[7] ?? '').toLowerCase()];
      if (!month) return 'skip';
      if (year) return withYear(Number(year), month);
      return ref ? withYear(ref.month !== undefined && ref.month <= month && quarter ? ref.year - 1 : ref.year, month) : null;
    },
  },
  {
    trigger: /day\b/,
    re: /\b(?:on |last |this )?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/g,
    resolve: (m, ref) => (ref ? lastWeekday(m[1] ?? '', ref) : null),
  },
  {
    trigger: /today|now|current|present|moment|to date|so far|as it stands|this week|this month/i,
    re: /\b(?:today|now|currently|at present|presently|at the moment|to date|so far|as it stands|this week|this month|nowadays)\b/gi,
    resolve: (_m, ref) => ref,
    isNow: true,
  },
];

/**
 * "the Women's March on Washington", "March organizers in New York": a march, not the month. Only a bare "March"
 * (no preposition, day or year with it) after a name or before the words that follow a march is read so.
 */
function isMarchNoun(m: RegExpExecArray): boolean {
  if (m[0] !== 'March' || m[2] !== 'March') return false;
  const before = m.input.slice(Math.max(0, m.index - 30), m.index);
  const after = m.input.slice(m.index + m[0].length, m.index + m[0].length + 30);
  // "Last March, 400 died": a capitalised word of time before it keeps it a month.
  const named = /(?:['’]s|\b[A-Z][a-z]+)\s+$/.test(before) && !/\b(?:Last|This|Next|Early|Late|Mid|Since|In|By|Until|From|Through|During|Before|After|Of)\s+$/.test(before);
  return named || /^\s+(?:on|for|against|organi[sz]ers?|participants|marchers|route|in)\b/.test(after);
}

/**
 * Every time expression of a text, in order, without overlaps (the longest wins), each resolved
 * against the article date `ref` (past-biased for months without a year).
 * e.g. "reduced to 26,000 in June 2003" -> [{ text: "in June 2003", date: "2003-06" }].
 */
export function findTimeExpressions(text: string, ref: PartialDate | null): TimeExpression[] {
  const found: TimeExpression[] = [];
  for (const rule of RULES) {
    if (!rule.trigger.test(text)) continue;
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(text); m; m = rule.re.exec(text)) {
      const resolved = rule.resolve(m, ref);
      if (resolved === 'skip') continue;
      found.push({
        start: m.index,
        end: m.index + m[0].length,
        text: m[0],
        date: resolved ? formatPartialDate(resolved) : null,
        precision: resolved ? precisionOf(resolved) : null,
        isNow: rule.isNow === true,
      });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: TimeExpression[] = [];
  for (const t of found) {
    const last = kept[kept.length - 1];
    if (last && t.start < last.end) {
      // Overlapping readings ("31 December" and "December of this year") cover one expression: keep the
      // longer reading's date over the union of both spans, so no day number leaks out as a figure.
      const longer = t.end - t.start > last.end - last.start ? t : last;
      const start = Math.min(last.start, t.start);
      const end = Math.max(last.end, t.end);
      kept[kept.length - 1] = { ...longer, start, end, text: text.slice(start, end) };
      continue;
    }
    kept.push(t);
  }
  return kept;
}
