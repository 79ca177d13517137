import type { Claim, Interval } from '../types';

export type Agreement = 'agree' | 'unknown' | 'disagree';

/** Days since 1970 of an as-of date, at its middle when only the month or the year is known; null when unknown. */
export function dayOf(asOf: string | null): number | null {
  if (!asOf) return null;
  const [y, m, d] = asOf.split('-').map(Number) as [number, number | undefined, number | undefined];
  if (m === undefined) return Date.UTC(y, 6, 1) / 86_400_000;
  if (d === undefined) return Date.UTC(y, m - 1, 15) / 86_400_000;
  return Date.UTC(y, m - 1, d) / 86_400_000;
}

/** The days an as-of date covers, as [first, last] days since 1970: a day, a whole month, a whole year; null when unknown. */
export function spanOf(asOf: string | null): [number, number] | null {
  if (!asOf) return null;
  const [y, m, d] = asOf.split('-').map(Number) as [number, number | undefined, number | undefined];
  const day = (yy: number, mm: number, dd: number) => Date.UTC(yy, mm, dd) / 86_400_000;
  if (m === undefined) return [day(y, 0, 1), day(y, 11, 31)];
  if (d === undefined) return [day(y, m - 1, 1), day(y, m, 0)];
  return [day(y, m - 1, d), day(y, m - 1, d)];
}

/** How far apart in time two claims can be and still count as "the same time": a day, a month, a year. */
export function sameTimeWindow(a: Claim, b: Claim): number {
  const coarse = (c: Claim) => (c.asOf?.length === 4 ? 183 : c.asOf?.length === 7 ? 16 : 1);
  return Math.max(coarse(a), coarse(b));
}

/** A claim's value as one number on the scale it is compared in: the middle of its interval (or its open end). */
export function pointOf(c: Claim): number | null {
  const v: Interval = c.frame.compareValue ?? c.value;
  if (v.low !== null && v.high !== null) return (v.low + v.high) / 2;
  return v.low ?? v.high;
}

/** Places agree when equal, are unknown when either is unsaid, and disagree otherwise ("Turkey" vs "Syria", "all" vs "Syria"). */
export function comparePlaces(a: string | null, b: string | null): Agreement {
  if (a === null || b === null) return 'unknown';
  return a === b ? 'agree' : 'disagree';
}

/** Stemmed cue words shared by two claims: what a percentage or a duration is about. */
export function sharedCues(a: Claim, b: Claim): number {
  const theirs = new Set(b.frame.cues);
  return a.frame.cues.filter((w) => theirs.has(w)).length;
}

/**
 * How far apart two values are, as the absolute log of their ratio: 0 for equal values, ln 2 for a value twice
 * the other. Infinity when either has no value or they are compared in different units.
 */
export function valueDistance(a: Claim, b: Claim): number {
  if (a.frame.compareUnit !== b.frame.compareUnit) return Infinity;
  const x = pointOf(a);
  const y = pointOf(b);
  if (x === null || y === null) return Infinity;
  if (x <= 0 || y <= 0) return x === y ? 0 : Infinity;
  return Math.abs(Math.log(x / y));
}
