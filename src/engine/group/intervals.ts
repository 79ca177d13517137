import type { Interval } from '../types';

/** Running intersection of intervals: `low` is the largest lower bound, `high` the smallest upper bound. */
export interface Intersection {
  low: number;
  high: number;
}

export const EMPTY_INTERSECTION: Intersection = { low: -Infinity, high: Infinity };

export function addInterval(acc: Intersection, v: Interval): Intersection {
  return { low: Math.max(acc.low, v.low ?? -Infinity), high: Math.min(acc.high, v.high ?? Infinity) };
}

export function combine(a: Intersection, b: Intersection): Intersection {
  return { low: Math.max(a.low, b.low), high: Math.min(a.high, b.high) };
}

/**
 * True when the intervals behind the intersection cannot all hold at once. In one dimension a set of
 * intervals shares a point exactly when its largest lower bound is at most its smallest upper bound,
 * so this finds an incompatible pair in linear time. e.g. [4500, ∞) and [4443, 4443] -> true.
 */
export function isIncompatible(i: Intersection): boolean {
  return i.low - i.high > 1e-9 * Math.max(1, Math.abs(i.high));
}
