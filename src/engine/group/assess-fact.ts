import type { Assessment, Claim } from '../types';

import { EMPTY_INTERSECTION, addInterval, combine, isIncompatible, type Intersection } from './intervals';

/**
 * Buckets of claims by when they held, so claims can be compared with their near neighbours in time
 * in linear time. A month-precise date falls in its month; a year-precise one in its year; an unknown
 * one is compared with everything.
 */
function bucketByTime(claims: Claim[]) {
  const months = new Map<string, Intersection>();
  const years = new Map<string, Intersection>();
  let unknown = EMPTY_INTERSECTION;
  for (const c of claims) {
    if (!c.asOf) unknown = addInterval(unknown, c.value);
    else if (c.asOf.length === 4) years.set(c.asOf, addInterval(years.get(c.asOf) ?? EMPTY_INTERSECTION, c.value));
    else {
      const month = c.asOf.slice(0, 7);
      months.set(month, addInterval(months.get(month) ?? EMPTY_INTERSECTION, c.value));
    }
  }
  return { months, years, unknown };
}

function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

/**
 * True when two claims that held at about the same time (same or adjacent month, a month within a
 * year given only as a year, or an unknown time) cannot both be right.
 */
export function hasConflictAtSameTime(claims: Claim[]): boolean {
  const { months, years, unknown } = bucketByTime(claims);
  const all = [...months.values(), ...years.values()].reduce(combine, EMPTY_INTERSECTION);
  if (unknown !== EMPTY_INTERSECTION && isIncompatible(combine(unknown, all))) return true;
  for (const [month, agg] of months) {
    if (isIncompatible(agg)) return true;
    const next = months.get(nextMonth(month));
    if (next && isIncompatible(combine(agg, next))) return true;
    const year = years.get(month.slice(0, 4));
    if (year && isIncompatible(combine(agg, year))) return true;
  }
  for (const agg of years.values()) if (isIncompatible(agg)) return true;
  return false;
}

/**
 * The assessment of one fact. `single-source` when one independent source reports it; `conflict` when
 * values that held at about the same time cannot all be right; `changed-over-time` when values differ
 * only between different times; otherwise `consistent` (e.g. "about 1,000" and "around 1000").
 */
export function assessFact(claims: Claim[], independentSources: number): Assessment {
  if (independentSources <= 1) return 'single-source';
  if (hasConflictAtSameTime(claims)) return 'conflict';
  const overall = claims.reduce((acc, c) => addInterval(acc, c.value), EMPTY_INTERSECTION);
  return isIncompatible(overall) ? 'changed-over-time' : 'consistent';
}
