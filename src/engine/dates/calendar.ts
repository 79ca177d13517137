import type { DatePrecision } from '../types';

export const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const SHORT_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** Month number 1-12 of a month name or its abbreviation ("Sept." too), or 0. */
export function monthNumber(name: string): number {
  const w = name.toLowerCase().replace(/\.$/, '');
  const full = MONTHS.indexOf(w);
  if (full >= 0) return full + 1;
  const short = SHORT_MONTHS.indexOf(w === 'sept' ? 'sep' : w);
  return short >= 0 ? short + 1 : 0;
}

/** A calendar date to a given precision. */
export interface PartialDate {
  year: number;
  month?: number;
  day?: number;
}

/** Parses "2024", "2024-03" or "2024-03-21"; null for anything else. */
export function parsePartialDate(value: string | null | undefined): PartialDate | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(value ?? '');
  if (!m) return null;
  const date: PartialDate = { year: Number(m[1]) };
  if (m[2]) date.month = Number(m[2]);
  if (m[3]) date.day = Number(m[3]);
  return date;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** e.g. { year: 2024, month: 3 } -> "2024-03". */
export function formatPartialDate(d: PartialDate): string {
  if (d.month === undefined) return String(d.year);
  if (d.day === undefined) return `${d.year}-${pad(d.month)}`;
  return `${d.year}-${pad(d.month)}-${pad(d.day)}`;
}

export function precisionOf(d: PartialDate): DatePrecision {
  return d.day !== undefined ? 'day' : d.month !== undefined ? 'month' : 'year';
}

/**
 * The year a month (and day) without a year most likely refers to, given the article date: news
 * reports the past, so a month after the article's month is last year's.
 * e.g. "16 December" in an article of January 2023 -> 2022.
 */
export function pastYearFor(month: number, day: number | undefined, ref: PartialDate): number {
  if (ref.month === undefined) return ref.year;
  if (month < ref.month) return ref.year;
  if (month > ref.month) return ref.year - 1;
  if (day !== undefined && ref.day !== undefined && day > ref.day) return ref.year - 1;
  return ref.year;
}

/** A day-precise date moved by `days` (negative: earlier). */
export function shiftDays(ref: PartialDate, days: number): PartialDate {
  const d = new Date(Date.UTC(ref.year, (ref.month ?? 1) - 1, ref.day ?? 1) + days * 86_400_000);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** A month-precise date moved by `months` (negative: earlier). */
export function shiftMonths(ref: PartialDate, months: number): PartialDate {
  const index = ref.year * 12 + (ref.month ?? 1) - 1 + months;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** Days since 1970 of a date, its first day when only the month or the year is known. */
export const dayIndex = (d: PartialDate) => Date.UTC(d.year, (d.month ?? 1) - 1, d.day ?? 1) / 86_400_000;

/** The last given weekday on or before a day-precise reference date; the reference itself otherwise. */
export function lastWeekday(name: string, ref: PartialDate): PartialDate {
  const wanted = WEEKDAYS.indexOf(name.toLowerCase());
  if (wanted < 0 || ref.month === undefined || ref.day === undefined) return ref;
  const t = Date.UTC(ref.year, ref.month - 1, ref.day);
  const back = (new Date(t).getUTCDay() - wanted + 7) % 7;
  const d = new Date(t - back * 86_400_000);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}
