import type { Assessment, Claim, Interval } from '../types';

import { isPerOccasion } from './block-claims';
import { EMPTY_INTERSECTION, addInterval, combine, isIncompatible, type Intersection } from './intervals';

/** A claim's interval in the unit it is compared in ("125 Fahrenheit" in Celsius). */
const valueOf = (c: Claim): Interval => c.frame.compareValue ?? c.value;

/**
 * Each claim's interval, widened by its rounding when the group mixes written units: "2,170 acres" is 878.2 ha
 * and agrees with "878 ha", while "12 years" and "13 years" (one unit) still disagree.
 */
function intervalsOf(claims: Claim[]): Map<Claim, Interval> {
  const mixed = new Set(claims.map((c) => c.unit)).size > 1;
  return new Map(claims.map((c) => {
    const v = valueOf(c);
    const t = mixed ? c.frame.compareTolerance : 0;
    return [c, { low: v.low === null ? null : v.low - t, high: v.high === null ? null : v.high + t }];
  }));
}

interface Buckets {
  days: Map<string, Intersection>;
  months: Map<string, Intersection>;
  /** Months every claim of which names its month ("in August"): the month of no article's date stands in for them. */
  namedMonths: Set<string>;
  years: Map<string, Intersection>;
  unknown: Intersection | null;
}

/**
 * Counts that move by the day as an event unfolds: a death toll reported on two days may differ without
 * either being wrong; so may the land a fire has burned, its containment, and the homes an outage leaves
 * without power as crews mend it. Any other quantity (a contingent, a price, a crowd) is compared within the month.
 */
const RUNNING_TOLLS = new Set(['killed', 'injured', 'hospitalised', 'missing', 'rescued', 'displaced', 'evacuated', 'sheltered', 'arrested', 'charged', 'convicted', 'cancelled', 'destroyed', 'affected', 'identified', 'handed over', 'vaccinated', 'recovered', 'burned', 'flooded', 'containment', 'without power', 'without water']);
/** Cases of a disease rise by the day; so does anything counted per day ("400 new cases a day"). */
const movesByDay = (c: Claim | undefined) => Boolean(c && (RUNNING_TOLLS.has(c.frame.event ?? '') || c.frame.family === 'case' || c.rate === 'day'));

/** Claims of one unit bucketed by when they held, at the precision the text gave (days only for running tolls). */
function bucket(claims: Claim[], byDay: boolean): Buckets {
  const b: Buckets = { days: new Map(), months: new Map(), namedMonths: new Set(), years: new Map(), unknown: null };
  const unnamed = new Set<string>();
  const put = (map: Map<string, Intersection>, key: string, v: Interval) => map.set(key, addInterval(map.get(key) ?? EMPTY_INTERSECTION, v));
  const intervals = intervalsOf(claims);
  for (const c of claims) {
    const v = intervals.get(c) as Interval;
    if (!c.asOf) b.unknown = addInterval(b.unknown ?? EMPTY_INTERSECTION, v);
    else if (c.asOf.length === 4) put(b.years, c.asOf, v);
    else if (c.asOf.length === 7 || !byDay) {
      const month = c.asOf.slice(0, 7);
      put(b.months, month, v);
      if (c.asOf.length === 7 && c.asOfBasis !== 'article-date') b.namedMonths.add(month);
      else unnamed.add(month);
    } else put(b.days, c.asOf.slice(0, 10), v);
  }
  for (const month of unnamed) b.namedMonths.delete(month);
  return b;
}

const monthIndex = (month: string) => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7));

/**
 * True when claims that held at the same time cannot all be right. The same time is the same day for two
 * days of a running toll (it may rise in between), else the same or the next month, the same year when one
 * gives only the year, and any time when one gives none.
 */
export function hasConflictAtSameTime(claims: Claim[]): boolean {
  // An earlier value restated beside the new one ("up from six", "from 60 to 120") held before it, not beside it.
  const current = claims.filter((c) => c.frame.link?.kind !== 'earlier');
  const { days, months, namedMonths, years, unknown } = bucket(current, movesByDay(claims[0]));
  const bad = (a: Intersection, b: Intersection = EMPTY_INTERSECTION) => isIncompatible(combine(a, b));
  for (const agg of days.values()) if (bad(agg)) return true;
  for (const [month, agg] of months) {
    if (bad(agg)) return true;
    // "4.2% in August" and "4.1% in September" are two months' figures; a month read off an article's date may be the one before.
    for (const [other, agg2] of months) if (monthIndex(other) - monthIndex(month) === 1 && !(namedMonths.has(month) && namedMonths.has(other)) && bad(agg, agg2)) return true;
    for (const [day, agg2] of days) if (Math.abs(monthIndex(day.slice(0, 7)) - monthIndex(month)) <= 1 && bad(agg, agg2)) return true;
  }
  for (const [year, agg] of years) {
    if (bad(agg)) return true;
    for (const [key, agg2] of [...months, ...days]) if (key.startsWith(year) && bad(agg, agg2)) return true;
  }
  if (unknown) for (const agg of [...days.values(), ...months.values(), ...years.values()]) if (bad(unknown, agg)) return true;
  return unknown !== null && bad(unknown);
}

/** Claims grouped by the unit they are compared in: amounts in different currencies are never compared. */
function byUnit(claims: Claim[]): Claim[][] {
  const groups = new Map<string, Claim[]>();
  for (const c of claims) {
    const key = c.frame.compareUnit ?? '';
    (groups.get(key) ?? groups.set(key, []).get(key))?.push(c);
  }
  return [...groups.values()];
}

/** Numbers that differ by more than a tenth: "at least 138" then "236" is a count that moved, though both can hold. */
const MATERIAL = 1.1;
const VAGUE = /^(?:dozens|scores|hundreds|thousands|tens|millions|billions|several|many)\b/i;
/** Bounds alone differ materially only this far apart. */
const BOUNDS_MATERIAL = 1.5;

function materiallyDifferent(claims: Claim[]): boolean {
  // "thousands of people" says only that there were many: it neither confirms nor moves a count.
  // A range ("between €700 and €1,000") is a span, not a value: whether it agrees is the intervals' question.
  const points = claims.filter((c) => !VAGUE.test(c.surface) && c.qualifier !== 'range').map((c) => {
    const v = valueOf(c);
    return { x: v.low !== null && v.high !== null ? (v.low + v.high) / 2 : v.low ?? v.high, closed: v.low !== null && v.high !== null };
  }).filter((p): p is { x: number; closed: boolean } => p.x !== null && p.x > 0);
  if (points.length < 2) return false;
  // Close bounds ("more than 200", "at least 230") say nothing moved; a value set against a bound may, and
  // bounds far apart ("at least 38%" then "more than 95%") did.
  const closed = points.filter((p) => p.closed).map((p) => p.x);
  const all = points.map((p) => p.x);
  if (Math.max(...all) / Math.min(...all) > BOUNDS_MATERIAL) return true;
  if (closed.length === 0) return false;
  return Math.max(...all) / Math.min(...closed) > MATERIAL || Math.max(...closed) / Math.min(...all) > MATERIAL;
}

/**
 * The assessment of one fact. `conflict` when values that held at the same time cannot all be right;
 * `changed-over-time` when values differ only between different times; otherwise `consistent` (e.g. "about
 * 1,000" and "around 1000"), or `single-source` when only one independent source gives the figure.
 */
export function assessFact(claims: Claim[], independentSources: number): Assessment {
  const units = byUnit(claims);
  // One source can still disagree with itself ("police said 8,000, organisers 30,000"): only agreement is single-source.
  if (units.some(hasConflictAtSameTime)) return 'conflict';
  const changed = units.some((group) => {
    const intervals = intervalsOf(group);
    return isIncompatible(group.reduce((acc, c) => addInterval(acc, intervals.get(c) as Interval), EMPTY_INTERSECTION)) || materiallyDifferent(group);
  });
  // One crowd of one occasion does not change: two counts of it that differ disagree, whatever day each was reported.
  if (changed) return isPerOccasion(claims[0] as Claim) ? 'conflict' : 'changed-over-time';
  return independentSources <= 1 ? 'single-source' : 'consistent';
}
